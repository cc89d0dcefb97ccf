import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { addDays, isoWeeksInYear, mondayOfIsoWeek, weekdayOf } from '../../../../shared/domain/calendar/dates';
import type { LessonCard, LessonWeek, WeekDay } from '../../../../shared/domain/lessons';
import { invalidField } from '../../db/errors';
import { lessonGoalIds, toLesson, type LessonRow } from '../../repositories/lessons';
import { closedDays } from '../calendar/school-days';
import { coursePlan, patternKind } from './course-plan';

/**
 * One class's week, Monday to Friday: each day's kind from the class pattern, whether the
 * centre is closed, and its lessons as cards (no lesson text, which the cards never show).
 */
export function lessonWeek(db: Database, input: ParsedInput<'lessons.week'>): LessonWeek {
  if (input.isoWeek > isoWeeksInYear(input.isoYear)) throw invalidField('isoWeek', 'invalidValue');
  const plan = coursePlan(db, input.courseId);
  const monday = mondayOfIsoWeek(input.isoYear, input.isoWeek);
  const friday = addDays(monday, 4);
  const closed = closedDays(db, monday, friday, plan.id);
  const rows = db
    .prepare(
      `SELECT l.*, ${lessonGoalIds}, t.name AS theme_name FROM lesson l
       LEFT JOIN theme t ON t.id = l.theme_id AND t.deleted_at IS NULL
       WHERE l.course_id = ? AND l.date BETWEEN ? AND ? AND l.deleted_at IS NULL
       ORDER BY l.date, l.slot_index, l.start_time, l.id`,
    )
    .all(plan.id, monday, friday) as (LessonRow & { theme_name: string | null })[];
  const byDate = new Map<string, LessonCard[]>();
  for (const row of rows) {
    const { bodyHtml: _body, ...lesson } = toLesson(row);
    const cards = byDate.get(row.date) ?? [];
    cards.push({ ...lesson, themeName: row.theme_name });
    byDate.set(row.date, cards);
  }
  const days: WeekDay[] = [0, 1, 2, 3, 4].map((offset) => {
    const date = addDays(monday, offset);
    const closure = closed.get(date);
    return {
      date,
      weekday: weekdayOf(date) as WeekDay['weekday'],
      kind: patternKind(plan, date),
      inCourse: date >= plan.startDate && date <= plan.endDate,
      ...(closure ? { closed: closure } : {}),
      lessons: byDate.get(date) ?? [],
    };
  });
  return { courseId: plan.id, isoYear: input.isoYear, isoWeek: input.isoWeek, days };
}
