import type { Migration } from './types';

/**
 * Lesson planning: themes (a unit of several weeks with key words and goals), lessons (one
 * planned session on a date, ordered within the day by slot_index), the goals each links
 * to, and the version history of a lesson's text.
 *
 * Goal ids are TEXT: catalogue goals have readable ids ("sb-goal-…"), teacher goals UUIDv7.
 * Goals are never removed (retired or tombstoned instead), so a link always stays readable.
 * mother_tongue_support is NULL (no support) or JSON {"assistantIds": [...], "languages": [...]}.
 * body_html is sanitised by core before it is stored.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'lessons',
  up(db) {
    db.exec(`
      CREATE TABLE theme (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL CHECK (end_date >= start_date),
        key_words TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_words) AND json_type(key_words) = 'array'),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX theme_by_course ON theme(course_id, start_date);

      CREATE TABLE theme_goal (
        theme_id TEXT NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        goal_id TEXT NOT NULL REFERENCES goal(id),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (theme_id, goal_id)
      ) STRICT;

      CREATE TABLE lesson (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        end_time TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]' AND end_time > start_time),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body_html TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        slot_index INTEGER NOT NULL DEFAULT 0 CHECK (slot_index >= 0),
        mother_tongue_support TEXT CHECK (mother_tongue_support IS NULL OR json_valid(mother_tongue_support)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX lesson_by_course_date ON lesson(course_id, date, slot_index);
      CREATE INDEX lesson_by_theme ON lesson(theme_id) WHERE theme_id IS NOT NULL;

      CREATE TABLE lesson_goal (
        lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
        goal_id TEXT NOT NULL REFERENCES goal(id),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (lesson_id, goal_id)
      ) STRICT;
      CREATE INDEX lesson_goal_by_goal ON lesson_goal(goal_id);

      CREATE TABLE lesson_version (
        id TEXT PRIMARY KEY,
        lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
        body_html TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX lesson_version_by_lesson ON lesson_version(lesson_id, created_at);
    `);
  },
};
