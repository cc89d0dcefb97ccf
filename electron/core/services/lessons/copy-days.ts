import type { Database } from 'better-sqlite3';
import { eachDay } from '../../../../shared/domain/calendar/dates';
import type { CopySkipReason } from '../../../../shared/domain/copy-plan';
import { closedDays, type ClosedDay } from '../calendar/school-days';
import { patternKind, type CoursePlan } from './course-plan';

/**
 * Day arithmetic for copying a plan between classes. A school day of a class is a day its
 * week pattern marks 'school' that is not a holiday, break or closure (of the centre or of
 * that class). Copy by school-day index means: the n-th such day of the source class in the
 * source period becomes the n-th such day of the target class from the target start.
 */

export const isClassSchoolDay = (plan: CoursePlan, closed: ReadonlyMap<string, ClosedDay>, date: string): boolean =>
  patternKind(plan, date) === 'school' && !closed.has(date);

/** Why a lesson cannot go to `date` in the target class, or null when it can. */
export function blockedReason(
  plan: CoursePlan,
  closed: ReadonlyMap<string, ClosedDay>,
  date: string,
): { reason: CopySkipReason; name: string } | null {
  if (date < plan.startDate || date > plan.endDate) return { reason: 'outsideCourse', name: '' };
  const closure = closed.get(date);
  if (closure) return { reason: closure.kind, name: closure.name };
  const kind = patternKind(plan, date);
  if (kind === 'practice') return { reason: 'practiceDay', name: '' };
  if (kind === 'none') return { reason: 'noSchoolDay', name: '' };
  return null;
}

/** The school days of a class in [from, to], in order; a date's position is its school-day index. */
export function sourceSchoolDays(db: Database, plan: CoursePlan, from: string, to: string): string[] {
  const closed = closedDays(db, from, to, plan.id);
  return eachDay(from, to).filter((date) => isClassSchoolDay(plan, closed, date));
}

/**
 * The first `count` school days of the target class on or after `start`, stopping at the end
 * of its course period (so the answer can be shorter than `count`).
 */
export function targetSchoolDays(db: Database, plan: CoursePlan, start: string, count: number): string[] {
  if (start > plan.endDate || count === 0) return [];
  const closed = closedDays(db, start, plan.endDate, plan.id);
  const days: string[] = [];
  for (const date of eachDay(start, plan.endDate)) {
    if (days.length >= count) break;
    if (isClassSchoolDay(plan, closed, date)) days.push(date);
  }
  return days;
}

/** Maps each source school day to the target school day with the same index (none when the target runs out). */
export function indexMap(source: readonly string[], target: readonly string[]): Map<string, string | null> {
  return new Map(source.map((date, index) => [date, target[index] ?? null]));
}
