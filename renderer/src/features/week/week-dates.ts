import { addDays, isoWeekOf, isoWeekYear, isoWeeksInYear, mondayOfIsoWeek } from '../../../../shared/domain/calendar/dates';

export interface WeekRef {
  isoYear: number;
  isoWeek: number;
}

/** Today's date on this computer, as an ISO date (local time, not UTC: school days start at midnight here). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const weekOf = (date: string): WeekRef => ({ isoYear: isoWeekYear(date), isoWeek: isoWeekOf(date) });

/** The week `weeks` weeks before or after; crosses years with 52 and 53 weeks correctly. */
export const shiftWeek = (week: WeekRef, weeks: number): WeekRef =>
  weekOf(addDays(mondayOfIsoWeek(week.isoYear, week.isoWeek), weeks * 7));

export const mondayOf = (week: WeekRef): string => mondayOfIsoWeek(week.isoYear, week.isoWeek);

/** A week from URL parameters, or undefined when they do not name a real ISO week. */
export function parseWeek(year: string | null, week: string | null): WeekRef | undefined {
  const isoYear = Number(year);
  const isoWeek = Number(week);
  if (!Number.isInteger(isoYear) || !Number.isInteger(isoWeek) || isoYear < 1900 || isoYear > 2200) return undefined;
  if (isoWeek < 1 || isoWeek > isoWeeksInYear(isoYear)) return undefined;
  return { isoYear, isoWeek };
}
