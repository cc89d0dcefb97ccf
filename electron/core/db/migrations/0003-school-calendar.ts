import type { Migration } from './types';

/**
 * The school calendar: a school year (e.g. "2026/2027") and the centre's breaks (ferier) and
 * closure days (planleggingsdager) inside it. Public holidays are computed, never stored.
 * A closure with `course_id` set closes only that class; NULL closes the whole centre.
 * A single closed day has start_date = end_date.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'school-calendar',
  up(db) {
    db.exec(`
      CREATE TABLE school_year (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL CHECK (end_date >= start_date),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX school_year_by_dates ON school_year(start_date, end_date);

      CREATE TABLE closure (
        id TEXT PRIMARY KEY,
        school_year_id TEXT NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL CHECK (end_date >= start_date),
        kind TEXT NOT NULL CHECK (kind IN ('break', 'closure')),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        course_id TEXT REFERENCES course(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX closure_by_school_year ON closure(school_year_id);
      CREATE INDEX closure_by_dates ON closure(start_date, end_date);
      CREATE INDEX closure_by_course ON closure(course_id) WHERE course_id IS NOT NULL;
    `);
  },
};
