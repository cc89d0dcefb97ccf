import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { daysBetween, eachDay } from '../../../../shared/domain/calendar/dates';
import { planningRangeMaxDays, type LessonGeneratePreview } from '../../../../shared/domain/lessons';
import { invalidField } from '../../db/errors';
import { now } from '../../db/ids';
import { insertLesson } from '../../repositories/lessons';
import { closedDays } from '../calendar/school-days';
import { coursePlan, patternKind } from './course-plan';

/** Title of generated lessons when the teacher gives none (content is Norwegian-first). */
const defaultTitle = 'Økt';

/**
 * «Lag økter fra mønsteret»: one lesson on every school day of the class pattern in the
 * period (clipped to the course), skipping holidays, breaks and closures, and days that
 * already have a planned lesson, so running it twice never doubles a day. Without
 * `confirm` it only answers what it would do.
 */
export function generateLessons(db: Database, input: ParsedInput<'lessons.generate'>): LessonGeneratePreview {
  if (daysBetween(input.from, input.to) > planningRangeMaxDays) throw invalidField('to', 'rangeTooLong');
  const plan = coursePlan(db, input.courseId);
  const from = input.from < plan.startDate ? plan.startDate : input.from;
  const to = input.to > plan.endDate ? plan.endDate : input.to;
  if (to < from) throw invalidField('from', 'outsideCourse');
  const closed = closedDays(db, from, to, plan.id);
  const planned = new Set(
    db
      .prepare(
        `SELECT DISTINCT date FROM lesson WHERE course_id = ? AND date BETWEEN ? AND ?
         AND deleted_at IS NULL AND status = 'planned'`,
      )
      .pluck()
      .all(plan.id, from, to) as string[],
  );
  const title = input.titlePrefix ?? defaultTitle;
  // A generated lesson belongs to the theme that spans its day, when one does.
  const themes = db
    .prepare(
      `SELECT id, start_date, end_date FROM theme WHERE course_id = ? AND deleted_at IS NULL
       AND start_date <= ? AND end_date >= ? ORDER BY start_date, id`,
    )
    .all(plan.id, to, from) as { id: string; start_date: string; end_date: string }[];
  const themeOf = (date: string) => themes.find((theme) => theme.start_date <= date && theme.end_date >= date)?.id ?? null;
  const result: LessonGeneratePreview = { confirmed: input.confirm, lessons: [], skipped: [], createdIds: [] };
  for (const date of eachDay(from, to)) {
    if (patternKind(plan, date) !== 'school') continue;
    const closure = closed.get(date);
    if (closure) result.skipped.push({ date, reason: closure.kind, name: closure.name });
    else if (planned.has(date)) result.skipped.push({ date, reason: 'hasLesson', name: '' });
    else result.lessons.push({ date, startTime: input.startTime, endTime: input.endTime, title });
  }
  if (input.confirm) {
    const stamp = now();
    for (const lesson of result.lessons) {
      result.createdIds.push(
        insertLesson(db, {
          ...lesson, courseId: plan.id, themeId: themeOf(lesson.date), goalIds: [], support: null, bodyHtml: '', locked: false, status: 'planned',
        }, stamp),
      );
    }
  }
  return result;
}
