import type { Migration } from './types';

/**
 * Local profiles. A profile is a staff member; this adds what sign-in needs:
 * - staff_pin: the optional PIN of a profile, as an scrypt hash with its own salt and cost
 *   (never the PIN). A removed PIN is deleted, not tombstoned: a secret has nothing to undo.
 * - profile_state: one row, the profile signed in last on this PC, so a profile without a
 *   PIN is chosen again at the next start and the start screen offers it first.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'profiles',
  up(db) {
    db.exec(`
      CREATE TABLE staff_pin (
        staff_id TEXT PRIMARY KEY REFERENCES staff(id) ON DELETE CASCADE,
        hash BLOB NOT NULL CHECK (length(hash) = 32),
        salt BLOB NOT NULL CHECK (length(salt) = 16),
        cost INTEGER NOT NULL CHECK (cost >= 1024),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE profile_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_staff_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
