import type { Database } from 'better-sqlite3';
import { eachDay, isoWeekOf, isoWeekYear, weekdayOf } from '../../../../shared/domain/calendar/dates';
import type { CalendarDay } from '../../../../shared/domain/calendar/school-calendar';
import { invalidField } from '../../db/errors';
import { closedDays } from './school-days';

/** Each day of [from, to] with its ISO week, weekday and, when closed, why. */
export function calendarDays(db: Database, from: string, to: string, courseId?: string): CalendarDay[] {
  if (courseId !== undefined && !db.prepare('SELECT 1 FROM course WHERE id = ? AND deleted_at IS NULL').get(courseId)) {
    throw invalidField('courseId', 'unknownCourse');
  }
  const closed = closedDays(db, from, to, courseId);
  return eachDay(from, to).map((date) => {
    const day: CalendarDay = { date, isoWeek: isoWeekOf(date), isoWeekYear: isoWeekYear(date), weekday: weekdayOf(date) };
    const reason = closed.get(date);
    if (reason) day.closed = reason;
    return day;
  });
}
