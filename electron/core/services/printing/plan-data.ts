import type { Database } from 'better-sqlite3';
import { languageName } from '../../../../shared/domain/languages';
import type { Lesson, MotherTongueSupport } from '../../../../shared/domain/lessons';
import type { Staff } from '../../../../shared/domain/staff';
import { lessonGoalIds, toLesson, type LessonRow } from '../../repositories/lessons';
import { readSettings } from '../../repositories/settings';
import { listStaff } from '../../repositories/staff';
import { closedDays, type ClosedDay } from '../calendar/school-days';
import { documentTexts, type DocumentTexts } from './texts';

/** The texts in the language the user has chosen for the UI. */
export const textsFor = (db: Database): DocumentTexts => documentTexts(readSettings(db).uiLanguage);

/** Staff by id; people deleted since simply drop out of the printout. */
export function staffById(db: Database): Map<string, Staff> {
  return new Map(listStaff(db, {}).map((person) => [person.id, person]));
}

/** "Amina Yusuf, arabisk" or the translated "not chosen who": who supports a lesson. */
export function supportWho(support: MotherTongueSupport, staff: ReadonlyMap<string, Staff>, texts: DocumentTexts): string {
  const names = support.assistantIds.map((id) => staff.get(id)?.name).filter((name): name is string => Boolean(name));
  const languages = support.languages.map((code) => languageName(code, texts.language));
  const parts = [...names, ...languages];
  return parts.length > 0 ? parts.join(', ') : texts.t('printing.doc.supportUnnamed');
}

/** A closed day's name in the UI language (public holidays are translated, the centre's own breaks are not). */
export function closedName(day: ClosedDay | { kind: ClosedDay['kind']; name: string; holidayKey?: string }, texts: DocumentTexts): string {
  if (!day.holidayKey) return day.name;
  const key = `calendar.holidays.${day.holidayKey}`;
  const translated = texts.t(key);
  return translated === key ? day.name : translated;
}

export { closedDays };

export type LessonWithTheme = Lesson & { themeName: string | null };

/** A class's lessons in [from, to], in day order, with their theme's name. */
export function lessonsBetween(db: Database, courseId: string, from: string, to: string): LessonWithTheme[] {
  const rows = db
    .prepare(
      `SELECT l.*, ${lessonGoalIds}, t.name AS theme_name FROM lesson l
       LEFT JOIN theme t ON t.id = l.theme_id AND t.deleted_at IS NULL
       WHERE l.course_id = ? AND l.date BETWEEN ? AND ? AND l.deleted_at IS NULL
       ORDER BY l.date, l.slot_index, l.start_time, l.id`,
    )
    .all(courseId, from, to) as (LessonRow & { theme_name: string | null })[];
  return rows.map((row) => ({ ...toLesson(row), themeName: row.theme_name }));
}
