import type { Migration } from './types';

/**
 * The translation queue: one task per subject (a theme, or a lesson without a theme) and
 * language, for the mother-tongue assistants. The subject is exactly one of theme_id and
 * lesson_id. One row per subject and language ever, deleted or not: the sync that makes
 * tasks from the plan looks the pair up and never makes a second one, so a task someone
 * deleted stays deleted (until restored, or made again by hand, which revives the row).
 *
 * due_fixed is 1 once a person chose the due date; the sync then leaves it alone instead of
 * following the lesson when it moves. auto_done is 1 while the status is 'done' because
 * every word got translated (not because someone said so), so the sync may reopen it when a
 * new word is added.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'translation-queue',
  up(db) {
    db.exec(`
      CREATE TABLE translation_task (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        theme_id TEXT REFERENCES theme(id) ON DELETE CASCADE,
        lesson_id TEXT REFERENCES lesson(id) ON DELETE CASCADE,
        language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12),
        due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        due_fixed INTEGER NOT NULL DEFAULT 0 CHECK (due_fixed IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'inProgress', 'done')),
        auto_done INTEGER NOT NULL DEFAULT 0 CHECK (auto_done IN (0, 1)),
        assignee_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((theme_id IS NULL) <> (lesson_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX translation_task_by_subject ON translation_task(ifnull(theme_id, ''), ifnull(lesson_id, ''), language);
      CREATE INDEX translation_task_by_course ON translation_task(course_id, due_date);
      CREATE INDEX translation_task_by_theme ON translation_task(theme_id);
      -- Reading the queue looks for the coming weeks' lessons with support in every class;
      -- without this it would read every lesson of every year each time.
      CREATE INDEX lesson_supported_by_date ON lesson(date) WHERE mother_tongue_support IS NOT NULL AND deleted_at IS NULL;
      CREATE INDEX translation_task_by_lesson ON translation_task(lesson_id);
    `);
  },
};
