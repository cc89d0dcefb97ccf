import type { Database } from 'better-sqlite3';
import { addDays, eachDay } from '../../../../shared/domain/calendar/dates';
import type { Lesson } from '../../../../shared/domain/lessons';
import { invalidField } from '../../db/errors';
import { now } from '../../db/ids';
import { getLesson, insertLesson } from '../../repositories/lessons';
import { closedDays } from '../calendar/school-days';
import { coursePlan, patternKind } from './course-plan';

/**
 * A lesson that cannot take place is marked cancelled (it stays in the plan as a record)
 * and a copy of it (title, times, theme, goals, support, text) is planned on the first
 * free school day after the class's last planned lesson, inside the course period. A
 * free school day is a school day of the pattern, not closed, with no planned lesson.
 */
export function cancelToEnd(db: Database, id: string): { cancelled: Lesson; replacement: Lesson } {
  const lesson = getLesson(db, id);
  if (lesson.status === 'cancelled') throw invalidField('id', 'invalidValue');
  const plan = coursePlan(db, lesson.courseId);
  const last = db
    .prepare(
      `SELECT max(date) FROM lesson WHERE course_id = ? AND id != ? AND deleted_at IS NULL AND status = 'planned'`,
    )
    .pluck()
    .get(plan.id, id) as string | null;
  // Never back onto the cancelled lesson's own day or before it.
  const after = last !== null && last > lesson.date ? last : lesson.date;
  const first = addDays(after, 1);
  if (first > plan.endDate) throw invalidField('id', 'noFreeSchoolDay');
  const closed = closedDays(db, first, plan.endDate, plan.id);
  const target = eachDay(first, plan.endDate).find((date) => patternKind(plan, date) === 'school' && !closed.has(date));
  if (!target) throw invalidField('id', 'noFreeSchoolDay');

  const stamp = now();
  db.prepare("UPDATE lesson SET status = 'cancelled', updated_at = ? WHERE id = ?").run(stamp, id);
  const replacementId = insertLesson(db, { ...lesson, date: target, locked: false, status: 'planned' }, stamp);
  return { cancelled: getLesson(db, id), replacement: getLesson(db, replacementId) };
}
