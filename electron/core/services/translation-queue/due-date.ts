import { addDays, weekdayOf } from '../../../../shared/domain/calendar/dates';

/**
 * When a task is due: `leadDays` calendar days before the lesson, moved back to the Friday
 * before when that falls on a weekend. Calendar days rather than school days, because the
 * assistants work part-time on their own days, and the teacher thinks «a week before»;
 * holidays are not skipped (a due date on a holiday is still a clear day to aim for).
 */
export function dueDateFor(lessonDate: string, leadDays: number): string {
  const due = addDays(lessonDate, -leadDays);
  const weekday = weekdayOf(due);
  if (weekday === 'sat') return addDays(due, -1);
  if (weekday === 'sun') return addDays(due, -2);
  return due;
}
