import type { Database } from 'better-sqlite3';
import { weekdayOf } from '../../../../shared/domain/calendar/dates';
import type { WeekPattern } from '../../../../shared/domain/courses';
import { invalidField } from '../../db/errors';

/** What planning needs to know about a class: its period and which weekdays are school days. */
export interface CoursePlan {
  id: string;
  startDate: string;
  endDate: string;
  pattern: WeekPattern;
}

export function coursePlan(db: Database, courseId: string, path = 'courseId'): CoursePlan {
  const row = db
    .prepare('SELECT id, start_date, end_date, week_pattern FROM course WHERE id = ? AND deleted_at IS NULL')
    .get(courseId) as { id: string; start_date: string; end_date: string; week_pattern: string } | undefined;
  if (!row) throw invalidField(path, 'unknownCourse');
  return { id: row.id, startDate: row.start_date, endDate: row.end_date, pattern: JSON.parse(row.week_pattern) as WeekPattern };
}

/** The class pattern's kind of day for a date; weekends are never school days. */
export function patternKind(plan: CoursePlan, date: string): 'school' | 'practice' | 'none' {
  const weekday = weekdayOf(date);
  if (weekday === 'sat' || weekday === 'sun') return 'none';
  return plan.pattern[weekday];
}
