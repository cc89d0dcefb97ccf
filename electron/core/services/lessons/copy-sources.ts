import type { Database } from 'better-sqlite3';
import { addDays, daysBetween, isoWeeksInYear, mondayOfIsoWeek } from '../../../../shared/domain/calendar/dates';
import { copyMaxLessons, copyPeriodMaxDays } from '../../../../shared/domain/copy-plan';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { Lesson } from '../../../../shared/domain/lessons';
import type { Theme } from '../../../../shared/domain/themes';
import { ApiFailure, invalidField } from '../../db/errors';
import { selectLesson, toLesson, type LessonRow } from '../../repositories/lessons';
import { getTheme } from '../../repositories/themes';
import { coursePlan, type CoursePlan } from './course-plan';

export type CopyInput = ParsedInput<'lessons.copyPreview'>;

/** What a copy reads from the source class: its lessons and, for theme and period, its themes. */
export interface CopySource {
  plan: CoursePlan;
  lessons: Lesson[];
  themes: Theme[];
  /** The source period for copy by school-day index (theme and period). */
  from: string;
  to: string;
}

/** The input field that names the source, for 'sourceEmpty' and 'tooManyLessons'. */
export const sourcePath: Record<CopyInput['kind'], string> = { day: 'date', week: 'isoWeek', theme: 'themeId', period: 'from' };

function liveLessons(db: Database, courseId: string, from: string, to: string): Lesson[] {
  const rows = db
    .prepare(
      `${selectLesson} WHERE l.course_id = ? AND l.date BETWEEN ? AND ? AND l.deleted_at IS NULL
       ORDER BY l.date, l.slot_index, l.start_time, l.id`,
    )
    .all(courseId, from, to) as LessonRow[];
  return rows.map(toLesson);
}

function themeOrFail(db: Database, id: string): Theme {
  try {
    return getTheme(db, id);
  } catch (error) {
    if (error instanceof ApiFailure && error.code === 'not_found') throw invalidField('themeId', 'unknownTheme');
    throw error;
  }
}

/** The Monday of an ISO week, refusing week 53 of a year that has only 52. */
export function checkedMonday(isoYear: number, isoWeek: number, path: string): string {
  if (isoWeek > isoWeeksInYear(isoYear)) throw invalidField(path, 'invalidValue');
  return mondayOfIsoWeek(isoYear, isoWeek);
}

export function readSource(db: Database, input: CopyInput): CopySource {
  let source: CopySource;
  if (input.kind === 'theme') {
    const theme = themeOrFail(db, input.themeId);
    const plan = coursePlan(db, theme.courseId, 'themeId');
    const lessons = (
      db
        .prepare(`${selectLesson} WHERE l.theme_id = ? AND l.deleted_at IS NULL ORDER BY l.date, l.slot_index, l.start_time, l.id`)
        .all(theme.id) as LessonRow[]
    ).map(toLesson);
    source = { plan, lessons, themes: [theme], from: theme.startDate, to: theme.endDate };
  } else {
    const plan = coursePlan(db, input.sourceCourseId, 'sourceCourseId');
    if (input.kind === 'day') {
      source = { plan, lessons: liveLessons(db, plan.id, input.date, input.date), themes: [], from: input.date, to: input.date };
    } else if (input.kind === 'week') {
      const monday = checkedMonday(input.isoYear, input.isoWeek, 'isoWeek');
      const sunday = addDays(monday, 6);
      source = { plan, lessons: liveLessons(db, plan.id, monday, sunday), themes: [], from: monday, to: sunday };
    } else {
      if (daysBetween(input.from, input.to) > copyPeriodMaxDays) throw invalidField('to', 'rangeTooLong');
      const themes = (
        db
          .prepare(
            `SELECT id FROM theme WHERE course_id = ? AND deleted_at IS NULL AND start_date <= ? AND end_date >= ?
             ORDER BY start_date, name, id`,
          )
          .pluck()
          .all(plan.id, input.to, input.from) as string[]
      ).map((id) => getTheme(db, id));
      source = { plan, lessons: liveLessons(db, plan.id, input.from, input.to), themes, from: input.from, to: input.to };
    }
  }
  if (source.lessons.length > copyMaxLessons) throw invalidField(sourcePath[input.kind], 'tooManyLessons');
  if (source.lessons.length === 0 && source.themes.length === 0) throw invalidField(sourcePath[input.kind], 'sourceEmpty');
  return source;
}
