import type { Database } from 'better-sqlite3';
import { addDays } from '../../../../shared/domain/calendar/dates';
import { isComplete, translationQueueHorizonDays, type TranslationTaskStatus } from '../../../../shared/domain/translation-queue';
import { insertTask, tasksBySubject, updateTaskRow, type TaskSubject } from '../../repositories/translation-tasks';
import { dueDateFor } from './due-date';
import {
  pickAssignee,
  supportLanguageResolver,
  supportedLessonsBetween,
  supportedLessonsOfTheme,
  type SupportedLesson,
} from './support-needs';
import { termCountsForTasks } from './term-counts';

interface Need extends TaskSubject {
  courseId: string;
  language: string;
  /** The lesson the words are first needed for. */
  first: SupportedLesson;
}

/**
 * What the plan needs in the coming weeks: for each lesson with support from today to the
 * horizon, one subject per language: its theme when it has one (the theme's key words serve
 * all its lessons), the lesson itself otherwise. A theme's task is due before the theme's
 * first lesson with support in that language, even when that lesson lies before today.
 */
export function translationNeeds(db: Database, today: string): Need[] {
  const languagesOf = supportLanguageResolver(db);
  const needs = new Map<string, Need>();
  for (const lesson of supportedLessonsBetween(db, today, addDays(today, translationQueueHorizonDays))) {
    const subject: TaskSubject = lesson.themeId ? { themeId: lesson.themeId, lessonId: null } : { themeId: null, lessonId: lesson.id };
    for (const language of languagesOf(lesson)) {
      const key = `${subject.themeId ?? ''}|${subject.lessonId ?? ''}|${language}`;
      if (!needs.has(key)) needs.set(key, { ...subject, courseId: lesson.courseId, language, first: lesson });
    }
  }
  const themeLessons = new Map<string, SupportedLesson[]>();
  for (const need of needs.values()) {
    if (!need.themeId) continue;
    let lessons = themeLessons.get(need.themeId);
    if (!lessons) {
      lessons = supportedLessonsOfTheme(db, need.themeId);
      themeLessons.set(need.themeId, lessons);
    }
    const first = lessons.find((lesson) => languagesOf(lesson).includes(need.language));
    if (first && first.date < need.first.date) need.first = first;
  }
  return [...needs.values()];
}

/**
 * Makes the tasks the plan needs and keeps them in step, without ever making a second task
 * for a subject and language (a deleted one stays deleted). Idempotent: a second run with the
 * same plan changes nothing. Due dates follow a moved lesson until someone chose the date.
 */
export function syncTranslationTasks(db: Database, today: string, leadDays: number): void {
  const needs = translationNeeds(db, today);
  const existingOf = tasksBySubject(db, needs);
  for (const need of needs) {
    const dueDate = dueDateFor(need.first.date, leadDays);
    const existing = existingOf(need, need.language);
    if (!existing) {
      insertTask(db, {
        courseId: need.courseId,
        themeId: need.themeId,
        lessonId: need.lessonId,
        language: need.language,
        dueDate,
        dueFixed: false,
        assigneeId: pickAssignee(db, need.courseId, need.first.support, need.language),
        note: '',
        origin: 'auto',
      });
    } else if (existing.deleted_at === null && existing.due_fixed === 0 && existing.status !== 'done' && existing.due_date !== dueDate) {
      updateTaskRow(db, existing.id, { dueDate });
    }
  }
  refreshAutomaticStatus(db, today);
}

/**
 * A task whose every word has a translation is done by itself; one that was done that way
 * opens again when a word is added. A task a person marked done stays done. Only tasks
 * due in the last four weeks or later are looked at: older ones are history.
 */
export function refreshAutomaticStatus(db: Database, today: string): void {
  const rows = db
    .prepare(
      `SELECT id, status, auto_done FROM translation_task
       WHERE deleted_at IS NULL AND due_date >= ? AND (status <> 'done' OR auto_done = 1)`,
    )
    .all(addDays(today, -translationQueueHorizonDays)) as {
    id: string;
    status: TranslationTaskStatus;
    auto_done: number;
  }[];
  const countsOf = termCountsForTasks(db, rows.map((row) => row.id));
  for (const row of rows) {
    const complete = isComplete(countsOf(row.id));
    if (complete && row.status !== 'done') updateTaskRow(db, row.id, { status: 'done', autoDone: true });
    else if (!complete && row.auto_done === 1) updateTaskRow(db, row.id, { status: 'open', autoDone: false });
  }
}
