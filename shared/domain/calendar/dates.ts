/**
 * Pure calendar arithmetic on ISO dates (YYYY-MM-DD). Shared has neither date-fns nor the
 * DOM, so every step goes through a day number (days since 1970-01-01, UTC): no time zone
 * or daylight-saving change can move a date by one.
 */

export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

const msPerDay = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / msPerDay;
}

/** The ISO date of a day number. */
export function fromDayNumber(days: number): string {
  const date = new Date(days * msPerDay);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** YYYY-MM-DD from year, month (1–12) and day. Date.UTC takes month 0–11 and rolls over, so this normalises too. */
export function isoOf(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export const addDays = (iso: string, days: number): string => fromDayNumber(dayNumber(iso) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** Monday = 0 … Sunday = 6. 1970-01-01 was a Thursday (index 3). */
const weekdayIndex = (days: number): number => (((days + 3) % 7) + 7) % 7;

export const weekdayOf = (iso: string): WeekdayKey => weekdayKeys[weekdayIndex(dayNumber(iso))]!;

export const isWeekend = (iso: string): boolean => weekdayIndex(dayNumber(iso)) >= 5;

/** The Monday on or before the date. */
export const mondayOf = (iso: string): string => {
  const days = dayNumber(iso);
  return fromDayNumber(days - weekdayIndex(days));
};

/**
 * The ISO 8601 week-numbering year: the year of the week's Thursday. 2021-01-03 belongs to
 * 2020, 2024-12-30 to 2025.
 */
export function isoWeekYear(iso: string): number {
  const thursday = dayNumber(mondayOf(iso)) + 3;
  return Number(fromDayNumber(thursday).slice(0, 4));
}

/** ISO 8601 week number (1–53); week 1 is the week holding the year's first Thursday. */
export function isoWeekOf(iso: string): number {
  const thursday = dayNumber(mondayOf(iso)) + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  return Math.floor((thursday - dayNumber(isoOf(year, 1, 1))) / 7) + 1;
}

/** The Monday of ISO week `week` of ISO year `year`. Week 1 holds 4 January. */
export function mondayOfIsoWeek(year: number, week: number): string {
  return addDays(mondayOf(isoOf(year, 1, 4)), (week - 1) * 7);
}

/** How many ISO weeks a year has: 53 when it starts or (leap year) ends on a Thursday. */
export const isoWeeksInYear = (year: number): number => isoWeekOf(isoOf(year, 12, 28));

/** Every date from `from` to `to`, inclusive; empty when `to` is before `from`. */
export function eachDay(from: string, to: string): string[] {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const days: string[] = [];
  for (let day = start; day <= end; day += 1) days.push(fromDayNumber(day));
  return days;
}
