import type { Database } from 'better-sqlite3';
import type { TranslationTaskStatus } from '../../../shared/domain/translation-queue';
import { notFound } from '../db/errors';
import { newId, now } from '../db/ids';

/** A translation task as stored. Exactly one of theme_id and lesson_id is set. */
export interface TranslationTaskRow {
  id: string;
  course_id: string;
  theme_id: string | null;
  lesson_id: string | null;
  language: string;
  due_date: string;
  due_fixed: number;
  status: TranslationTaskStatus;
  auto_done: number;
  assignee_id: string | null;
  note: string;
  origin: 'auto' | 'manual';
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface TaskSubject {
  themeId: string | null;
  lessonId: string | null;
}

/** The one row (deleted or not) for a subject and language; there is never a second. */
export function findTaskBySubject(db: Database, subject: TaskSubject, language: string): TranslationTaskRow | undefined {
  return db
    .prepare(
      `SELECT * FROM translation_task
       WHERE ifnull(theme_id, '') = ifnull(?, '') AND ifnull(lesson_id, '') = ifnull(?, '') AND language = ?`,
    )
    .get(subject.themeId, subject.lessonId, language) as TranslationTaskRow | undefined;
}

const subjectKey = (subject: TaskSubject, language: string) => `${subject.themeId ?? ''}|${subject.lessonId ?? ''}|${language}`;

/** The rows (deleted or not) of many subjects at once, looked up by subject and language. */
export function tasksBySubject(db: Database, subjects: readonly TaskSubject[]): (subject: TaskSubject, language: string) => TranslationTaskRow | undefined {
  const themeIds = [...new Set(subjects.map((subject) => subject.themeId).filter((id) => id !== null))];
  const lessonIds = [...new Set(subjects.map((subject) => subject.lessonId).filter((id) => id !== null))];
  const rows = db
    .prepare(
      `SELECT * FROM translation_task
       WHERE theme_id IN (SELECT value FROM json_each(?)) OR lesson_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(themeIds), JSON.stringify(lessonIds)) as TranslationTaskRow[];
  const byKey = new Map(rows.map((row) => [subjectKey({ themeId: row.theme_id, lessonId: row.lesson_id }, row.language), row]));
  return (subject, language) => byKey.get(subjectKey(subject, language));
}

export function getTaskRow(db: Database, id: string): TranslationTaskRow {
  const row = db.prepare('SELECT * FROM translation_task WHERE id = ? AND deleted_at IS NULL').get(id) as TranslationTaskRow | undefined;
  if (!row) throw notFound();
  return row;
}

export interface NewTask extends TaskSubject {
  courseId: string;
  language: string;
  dueDate: string;
  dueFixed: boolean;
  assigneeId: string | null;
  note: string;
  origin: 'auto' | 'manual';
}

export function insertTask(db: Database, task: NewTask): string {
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO translation_task (id, course_id, theme_id, lesson_id, language, due_date, due_fixed, assignee_id, note, origin, created_at, updated_at)
     VALUES (@id, @courseId, @themeId, @lessonId, @language, @dueDate, @dueFixed, @assigneeId, @note, @origin, @stamp, @stamp)`,
  ).run({ ...task, id, dueFixed: task.dueFixed ? 1 : 0, stamp });
  return id;
}

/** Makes a deleted task live again as a new task by hand (the pair keeps its one row). */
export function reviveTask(db: Database, id: string, task: NewTask): void {
  db.prepare(
    `UPDATE translation_task SET deleted_at = NULL, status = 'open', auto_done = 0, due_date = @dueDate, due_fixed = @dueFixed,
       assignee_id = @assigneeId, note = @note, origin = @origin, updated_at = @stamp WHERE id = @id`,
  ).run({ ...task, id, dueFixed: task.dueFixed ? 1 : 0, stamp: now() });
}

export interface TaskChanges {
  status?: TranslationTaskStatus;
  autoDone?: boolean;
  assigneeId?: string | null;
  note?: string;
  dueDate?: string;
  dueFixed?: boolean;
}

const columns: Record<keyof TaskChanges, string> = {
  status: 'status',
  autoDone: 'auto_done',
  assigneeId: 'assignee_id',
  note: 'note',
  dueDate: 'due_date',
  dueFixed: 'due_fixed',
};

export function updateTaskRow(db: Database, id: string, changes: TaskChanges): void {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [key, column] of Object.entries(columns) as [keyof TaskChanges, string][]) {
    const value = changes[key];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
  }
  if (sets.length === 0) return;
  db.prepare(`UPDATE translation_task SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now(), id);
}

/** Bin and back, as everywhere: the row stays, so an undo is exact. */
export function setTaskDeleted(db: Database, id: string, deleted: boolean): void {
  const stamp = now();
  const result = db
    .prepare(`UPDATE translation_task SET deleted_at = ?, updated_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?`)
    .run(deleted ? stamp : null, stamp, id, deleted ? 1 : 0);
  if (result.changes === 0) throw notFound();
}

/** A task with what the list shows about its class, subject and assignee. */
export interface TaskListRow extends TranslationTaskRow {
  course_name: string;
  subject_name: string;
  lesson_date: string | null;
  assignee_name: string | null;
  assignee_languages: string | null;
}

export interface TaskFilter {
  /** One task only (for answering a change). */
  id?: string;
  /** Only the classes this staff member is an assistant in (a signed-in assistant's limit). */
  ownClassesOf?: string;
  assistantId?: string;
  language?: string;
  courseId?: string;
  dueBefore?: string;
  includeDone: boolean;
  today: string;
}

/**
 * Live tasks whose class and subject are live too. With an assistant: only the classes they
 * work in as assistant, and there the languages they cover or the tasks given to them.
 */
export function listTaskRows(db: Database, filter: TaskFilter): TaskListRow[] {
  const where = [
    't.deleted_at IS NULL',
    '(t.theme_id IS NULL OR th.id IS NOT NULL)',
    '(t.lesson_id IS NULL OR l.id IS NOT NULL)',
  ];
  const params: Record<string, unknown> = { today: filter.today };
  if (filter.id) {
    where.push('t.id = @id');
    params.id = filter.id;
  }
  if (filter.ownClassesOf) {
    where.push(`t.course_id IN (SELECT course_id FROM course_staff WHERE staff_id = @ownClassesOf AND role = 'assistant')`);
    params.ownClassesOf = filter.ownClassesOf;
  }
  if (filter.assistantId) {
    where.push(`t.course_id IN (SELECT course_id FROM course_staff WHERE staff_id = @assistantId AND role = 'assistant')`);
    where.push(`(t.assignee_id = @assistantId OR t.language IN (
      SELECT value FROM staff me, json_each(me.languages) WHERE me.id = @assistantId AND me.deleted_at IS NULL))`);
    params.assistantId = filter.assistantId;
  }
  if (filter.language) {
    where.push('t.language = @language');
    params.language = filter.language;
  }
  if (filter.courseId) {
    where.push('t.course_id = @courseId');
    params.courseId = filter.courseId;
  }
  if (filter.dueBefore) {
    where.push('t.due_date <= @dueBefore');
    params.dueBefore = filter.dueBefore;
  }
  if (!filter.includeDone) where.push(`t.status <> 'done'`);
  return db
    .prepare(
      `SELECT t.*, c.name AS course_name, coalesce(th.name, l.title) AS subject_name,
         CASE WHEN t.lesson_id IS NOT NULL THEN l.date ELSE (
           SELECT min(tl.date) FROM lesson tl WHERE tl.theme_id = t.theme_id AND tl.deleted_at IS NULL
             AND tl.status = 'planned' AND tl.mother_tongue_support IS NOT NULL AND tl.date >= @today
         ) END AS lesson_date,
         s.name AS assignee_name, s.languages AS assignee_languages
       FROM translation_task t
       JOIN course c ON c.id = t.course_id AND c.deleted_at IS NULL
       LEFT JOIN theme th ON th.id = t.theme_id AND th.deleted_at IS NULL
       LEFT JOIN lesson l ON l.id = t.lesson_id AND l.deleted_at IS NULL
       LEFT JOIN staff s ON s.id = t.assignee_id AND s.deleted_at IS NULL
       WHERE ${where.join(' AND ')}
       ORDER BY t.due_date, c.name, subject_name, t.language, t.id`,
    )
    .all(params) as TaskListRow[];
}

/** Live tasks of a lesson and of its theme, for the lesson page. */
export function tasksForSubjects(db: Database, subjects: TaskSubject): TranslationTaskRow[] {
  return db
    .prepare(
      `SELECT * FROM translation_task WHERE deleted_at IS NULL AND (lesson_id = ? OR theme_id = ?)`,
    )
    .all(subjects.lessonId, subjects.themeId) as TranslationTaskRow[];
}
