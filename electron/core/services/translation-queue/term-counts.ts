import type { Database } from 'better-sqlite3';
import type { TermCounts } from '../../../../shared/domain/translation-queue';
import type { TaskSubject } from '../../repositories/translation-tasks';

/**
 * The glossary terms of a theme and/or a lesson (live terms linked to either), and how many
 * have a live translation in `language`, and how many of those are checked.
 */
export function termCounts(db: Database, subject: TaskSubject, language: string): TermCounts {
  const row = db
    .prepare(
      `WITH linked AS (
         SELECT term_id FROM glossary_term_theme WHERE theme_id = @themeId
         UNION SELECT term_id FROM glossary_term_lesson WHERE lesson_id = @lessonId
       )
       SELECT count(*) AS total, count(tr.id) AS translated, coalesce(sum(tr.status = 'checked'), 0) AS checked
       FROM linked JOIN glossary_term g ON g.id = linked.term_id AND g.deleted_at IS NULL
       LEFT JOIN glossary_translation tr ON tr.term_id = g.id AND tr.language = @language AND tr.deleted_at IS NULL`,
    )
    .get({ themeId: subject.themeId, lessonId: subject.lessonId, language }) as TermCounts;
  return { total: row.total, translated: row.translated, checked: row.checked };
}

const zero: TermCounts = { total: 0, translated: 0, checked: 0 };

/** The same counts for many tasks in one query (the queue shows hundreds at a time). */
export function termCountsForTasks(db: Database, taskIds: readonly string[]): (taskId: string) => TermCounts {
  const rows = db
    .prepare(
      `WITH tasks AS (
         SELECT id, theme_id, lesson_id, language FROM translation_task WHERE id IN (SELECT value FROM json_each(?))
       ),
       linked AS (
         SELECT tasks.id AS task_id, tasks.language, gt.term_id FROM tasks JOIN glossary_term_theme gt ON gt.theme_id = tasks.theme_id
         UNION SELECT tasks.id, tasks.language, gl.term_id FROM tasks JOIN glossary_term_lesson gl ON gl.lesson_id = tasks.lesson_id
       )
       SELECT linked.task_id AS id, count(*) AS total, count(tr.id) AS translated, coalesce(sum(tr.status = 'checked'), 0) AS checked
       FROM linked JOIN glossary_term g ON g.id = linked.term_id AND g.deleted_at IS NULL
       LEFT JOIN glossary_translation tr ON tr.term_id = g.id AND tr.language = linked.language AND tr.deleted_at IS NULL
       GROUP BY linked.task_id`,
    )
    .all(JSON.stringify(taskIds)) as (TermCounts & { id: string })[];
  const byTask = new Map(rows.map(({ id, ...counts }) => [id, counts]));
  return (taskId) => byTask.get(taskId) ?? zero;
}
