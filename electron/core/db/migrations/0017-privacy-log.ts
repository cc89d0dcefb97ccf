import type { Migration } from './types';

/**
 * The privacy log: each export of a participant's data and each complete deletion. A
 * deletion removes every row about the person, so this is the one trace left, and it holds
 * no name: participant_id is cleared when the participant row goes (ON DELETE SET NULL), and
 * the delete entry keeps only counts.
 */
export const migration0017: Migration = {
  version: 17,
  name: 'privacy-log',
  up(db) {
    db.exec(`
      CREATE TABLE privacy_log (
        id TEXT PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('export', 'export_sensitive', 'delete')),
        participant_id TEXT REFERENCES participant(id) ON DELETE SET NULL,
        detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail) AND json_type(detail) = 'object'),
        role TEXT NOT NULL,
        at TEXT NOT NULL,
        CHECK (action <> 'delete' OR participant_id IS NULL)
      ) STRICT;
      CREATE INDEX privacy_log_by_participant ON privacy_log(participant_id, at);
    `);
  },
};
