import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import {
  isComplete,
  type LessonTranslationStatus,
  type TermCounts,
  type TranslationQueue,
  type TranslationTask,
} from '../../../../shared/domain/translation-queue';
import { ApiFailure, invalidField } from '../../db/errors';
import { getLesson } from '../../repositories/lessons';
import { readSettings } from '../../repositories/settings';
import {
  findTaskBySubject,
  getTaskRow,
  insertTask,
  listTaskRows,
  reviveTask,
  setTaskDeleted,
  tasksForSubjects,
  updateTaskRow,
  type TaskListRow,
  type TaskSubject,
} from '../../repositories/translation-tasks';
import { localToday } from '../printing/layout';
import { requireOwnCourse } from './own-classes';
import { dueDateFor } from './due-date';
import { supportLanguageResolver, supportedLessonsOfTheme } from './support-needs';
import { syncTranslationTasks } from './sync';
import { termCounts, termCountsForTasks } from './term-counts';

function toTask(row: TaskListRow, today: string, terms: TermCounts): TranslationTask {
  return {
    id: row.id,
    courseId: row.course_id,
    courseName: row.course_name,
    subject: row.theme_id ? 'theme' : 'lesson',
    themeId: row.theme_id,
    lessonId: row.lesson_id,
    subjectName: row.subject_name,
    lessonDate: row.lesson_date,
    language: row.language,
    dueDate: row.due_date,
    status: row.status,
    assigneeId: row.assignee_name === null ? null : row.assignee_id,
    assigneeName: row.assignee_name,
    note: row.note,
    origin: row.origin,
    overdue: row.status !== 'done' && row.due_date < today,
    terms,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The queue: brought in step with the plan first, then filtered, in due order. */
export function translationQueue(db: Database, input: ParsedInput<'translationTasks.list'>, limit?: string): TranslationQueue {
  const today = input.today ?? localToday();
  syncTranslationTasks(db, today, readSettings(db).translationLeadDays);
  const rows = listTaskRows(db, { ...input, today, ownClassesOf: limit });
  const countsOf = termCountsForTasks(db, rows.map((row) => row.id));
  return { today, tasks: rows.map((row) => toTask(row, today, countsOf(row.id))) };
}

export function getTranslationTask(db: Database, id: string, today = localToday()): TranslationTask {
  getTaskRow(db, id);
  const [row] = listTaskRows(db, { id, includeDone: true, today });
  // The task is live but its class or subject is in the bin.
  if (!row) throw new ApiFailure('not_found');
  return toTask(row, today, termCountsForTasks(db, [id])(id));
}

function checkAssignee(db: Database, assigneeId: string | null | undefined): void {
  if (!assigneeId) return;
  const live = db.prepare('SELECT 1 FROM staff WHERE id = ? AND deleted_at IS NULL').pluck().get(assigneeId);
  if (!live) throw invalidField('assigneeId', 'unknownStaff');
}

/** The class, the subject and the usual due date of a theme or lesson a task is made for by hand. */
function subjectOf(db: Database, input: { themeId?: string; lessonId?: string }, leadDays: number): TaskSubject & { courseId: string; dueDate: string } {
  if (input.themeId) {
    const theme = db
      .prepare(`SELECT t.course_id, t.start_date FROM theme t JOIN course c ON c.id = t.course_id AND c.deleted_at IS NULL
        WHERE t.id = ? AND t.deleted_at IS NULL`)
      .get(input.themeId) as { course_id: string; start_date: string } | undefined;
    if (!theme) throw invalidField('themeId', 'unknownTheme');
    const first = supportedLessonsOfTheme(db, input.themeId)[0]?.date ?? theme.start_date;
    return { themeId: input.themeId, lessonId: null, courseId: theme.course_id, dueDate: dueDateFor(first, leadDays) };
  }
  const lesson = db
    .prepare('SELECT course_id, date FROM lesson WHERE id = ? AND deleted_at IS NULL')
    .get(input.lessonId) as { course_id: string; date: string } | undefined;
  if (!lesson) throw invalidField('lessonId', 'invalidValue');
  return { themeId: null, lessonId: input.lessonId ?? null, courseId: lesson.course_id, dueDate: dueDateFor(lesson.date, leadDays) };
}

/**
 * A task made by hand. A live task for the same subject and language already exists: a
 * conflict (the user opens that one). A deleted one is made live again with the new details.
 */
export function createTranslationTask(db: Database, input: ParsedInput<'translationTasks.create'>, limit?: string): TranslationTask {
  const subject = subjectOf(db, input, readSettings(db).translationLeadDays);
  requireOwnCourse(db, limit, subject.courseId);
  checkAssignee(db, input.assigneeId);
  const task = {
    courseId: subject.courseId,
    themeId: subject.themeId,
    lessonId: subject.lessonId,
    language: input.language,
    dueDate: input.dueDate ?? subject.dueDate,
    dueFixed: input.dueDate !== undefined,
    assigneeId: input.assigneeId,
    note: input.note,
    origin: 'manual' as const,
  };
  const existing = findTaskBySubject(db, subject, input.language);
  if (existing && existing.deleted_at === null) throw new ApiFailure('conflict');
  const id = existing ? (reviveTask(db, existing.id, task), existing.id) : insertTask(db, task);
  return getTranslationTask(db, id);
}

/** Status, assignee, note or due date. A status set here is the person's: the sync will not undo it. */
export function updateTranslationTask(db: Database, input: ParsedInput<'translationTasks.update'>, limit?: string): TranslationTask {
  requireOwnCourse(db, limit, getTaskRow(db, input.id).course_id);
  checkAssignee(db, input.assigneeId);
  updateTaskRow(db, input.id, {
    status: input.status,
    autoDone: input.status === undefined ? undefined : false,
    assigneeId: input.assigneeId,
    note: input.note,
    dueDate: input.dueDate,
    dueFixed: input.dueDate === undefined ? undefined : true,
  });
  return getTranslationTask(db, input.id);
}

export function deleteTranslationTask(db: Database, id: string, limit?: string): void {
  requireOwnCourse(db, limit, getTaskRow(db, id).course_id);
  setTaskDeleted(db, id, true);
}

export function restoreTranslationTask(db: Database, id: string, limit?: string): TranslationTask {
  const row = db.prepare('SELECT course_id FROM translation_task WHERE id = ?').get(id) as { course_id: string } | undefined;
  if (row) requireOwnCourse(db, limit, row.course_id);
  setTaskDeleted(db, id, false);
  return getTranslationTask(db, id);
}

/**
 * For the lesson page: each support language of the lesson, whether its words (those of the
 * lesson and of its theme) all have a translation, and the task that covers it.
 */
export function lessonTranslationStatus(db: Database, lessonId: string): LessonTranslationStatus {
  const lesson = getLesson(db, lessonId);
  if (!lesson.support || lesson.status !== 'planned') return { languages: [], readyCount: 0 };
  const themeLive = lesson.themeId
    ? db.prepare('SELECT 1 FROM theme WHERE id = ? AND deleted_at IS NULL').pluck().get(lesson.themeId) !== undefined
    : false;
  const themeId = themeLive ? lesson.themeId : null;
  const languages = supportLanguageResolver(db)({ id: lesson.id, courseId: lesson.courseId, themeId, date: lesson.date, support: lesson.support });
  const tasks = tasksForSubjects(db, { themeId, lessonId: lesson.id });
  const entries = languages.map((language) => {
    const terms = termCounts(db, { themeId, lessonId: lesson.id }, language);
    const task = tasks.find((candidate) => candidate.language === language && (themeId ? candidate.theme_id === themeId : candidate.lesson_id === lesson.id))
      ?? tasks.find((candidate) => candidate.language === language);
    return { language, terms, ready: isComplete(terms), taskId: task?.id ?? null, status: task?.status ?? null };
  });
  return { languages: entries, readyCount: entries.filter((entry) => entry.ready).length };
}
