import type { Migration } from './types';

/**
 * Sensitive notes (health, family situation, concerns about negative social control) live
 * apart from everything else, encrypted: the text column holds AES-256-GCM ciphertext only.
 * Nothing joins this table into lists, search, exports or printouts. Every opening, change
 * and deletion is written to sensitive_note_log.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'sensitive-notes',
  up(db) {
    db.exec(`
      CREATE TABLE sensitive_note (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        category TEXT NOT NULL CHECK (category IN ('health', 'family', 'social_control', 'other')),
        ciphertext BLOB NOT NULL CHECK (length(ciphertext) > 28),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX sensitive_note_by_participant ON sensitive_note(participant_id, created_at);

      CREATE TABLE sensitive_note_log (
        id TEXT PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES sensitive_note(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('create', 'open', 'update', 'delete', 'restore')),
        role TEXT NOT NULL,
        staff_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sensitive_note_log_by_participant ON sensitive_note_log(participant_id, at);
    `);
  },
};
