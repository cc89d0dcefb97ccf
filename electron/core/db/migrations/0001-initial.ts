import type { Migration } from './types';

/**
 * Staff, classes (course), participants and enrolments. Ids are UUIDv7 text; language
 * lists are JSON arrays of ISO 639 codes; `deleted_at` marks a tombstone that the UI can
 * undo; `search_text` holds the names folded by normalizeForSearch.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role TEXT NOT NULL CHECK (role IN ('teacher', 'assistant', 'admin')),
        languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        position_percent INTEGER NOT NULL CHECK (position_percent BETWEEN 0 AND 100),
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE course (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL CHECK (end_date >= start_date),
        level_from TEXT NOT NULL,
        level_to TEXT NOT NULL,
        track INTEGER NOT NULL CHECK (track IN (1, 2, 3)),
        week_pattern TEXT NOT NULL CHECK (json_valid(week_pattern)),
        note TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE course_staff (
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('teacher', 'assistant')),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (course_id, staff_id, role)
      ) STRICT;
      CREATE INDEX course_staff_by_staff ON course_staff(staff_id);

      CREATE TABLE participant (
        id TEXT PRIMARY KEY,
        given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
        family_name TEXT NOT NULL DEFAULT '',
        mother_tongues TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mother_tongues)),
        programme TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        consent_photo INTEGER NOT NULL DEFAULT 0 CHECK (consent_photo IN (0, 1)),
        consent_share_with_site INTEGER NOT NULL DEFAULT 0 CHECK (consent_share_with_site IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE enrolment (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        UNIQUE (course_id, participant_id)
      ) STRICT;
      CREATE INDEX enrolment_by_participant ON enrolment(participant_id);
    `);
  },
};
