import type { Migration } from './types';

/**
 * Attendance: one row per lesson and participant. minutes_attended is set for 'partial'
 * only; that it stays below the lesson's length is checked in core, because the length
 * lives on the lesson and a lesson's times may change after the fact.
 * recorded_by names the staff member who recorded it, once the app knows who is signed in.
 * Clearing a record leaves a tombstone (deleted_at), so a later sync can carry the removal.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'attendance',
  up(db) {
    db.exec(`
      CREATE TABLE attendance (
        id TEXT PRIMARY KEY,
        lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'valid_absence', 'partial')),
        minutes_attended INTEGER CHECK (
          (status = 'partial' AND minutes_attended IS NOT NULL AND minutes_attended > 0)
          OR (status <> 'partial' AND minutes_attended IS NULL)
        ),
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        UNIQUE (lesson_id, participant_id)
      ) STRICT;
      CREATE INDEX attendance_by_participant ON attendance(participant_id, lesson_id);
    `);
  },
};
