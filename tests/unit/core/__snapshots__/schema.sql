-- Schema guard snapshot: the fully migrated Språkbro schema, as stored in sqlite_schema
-- (ordered by name, whitespace folded). Checked by tests/unit/core/schema-guard.test.ts.
-- Do not edit by hand. Change the schema only with a new migration
-- (electron/core/db/migrations/NNNN-name.ts and tests/unit/core/migrations/NNNN-name.test.ts),
-- never by editing an old one, then regenerate this file and review the diff:
--   npx vitest run --config tests/vitest.config.ts tests/unit/core/schema-guard.test.ts --update
--
-- user_version = 1

-- table course on course
CREATE TABLE course (id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date), level_from TEXT NOT NULL, level_to TEXT NOT NULL, track INTEGER NOT NULL CHECK (track IN (1, 2, 3)), week_pattern TEXT NOT NULL CHECK (json_valid(week_pattern)), note TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- table course_staff on course_staff
CREATE TABLE course_staff (course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE, staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE, role TEXT NOT NULL CHECK (role IN ('teacher', 'assistant')), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (course_id, staff_id, role)) STRICT;
-- index course_staff_by_staff on course_staff
CREATE INDEX course_staff_by_staff ON course_staff(staff_id);
-- table enrolment on enrolment
CREATE TABLE enrolment (id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, UNIQUE (course_id, participant_id)) STRICT;
-- index enrolment_by_participant on enrolment
CREATE INDEX enrolment_by_participant ON enrolment(participant_id);
-- table participant on participant
CREATE TABLE participant (id TEXT PRIMARY KEY, given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200), family_name TEXT NOT NULL DEFAULT '', mother_tongues TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mother_tongues)), programme TEXT NOT NULL, start_date TEXT, end_date TEXT CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date), consent_photo INTEGER NOT NULL DEFAULT 0 CHECK (consent_photo IN (0, 1)), consent_share_with_site INTEGER NOT NULL DEFAULT 0 CHECK (consent_share_with_site IN (0, 1)), note TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- table setting on setting
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
-- index sqlite_autoindex_course_1 on course (made by SQLite)
-- index sqlite_autoindex_course_staff_1 on course_staff (made by SQLite)
-- index sqlite_autoindex_enrolment_1 on enrolment (made by SQLite)
-- index sqlite_autoindex_enrolment_2 on enrolment (made by SQLite)
-- index sqlite_autoindex_participant_1 on participant (made by SQLite)
-- index sqlite_autoindex_setting_1 on setting (made by SQLite)
-- index sqlite_autoindex_staff_1 on staff (made by SQLite)
-- table staff on staff
CREATE TABLE staff (id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), role TEXT NOT NULL CHECK (role IN ('teacher', 'assistant', 'admin')), languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)), position_percent INTEGER NOT NULL CHECK (position_percent BETWEEN 0 AND 100), email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
