import type { Database } from 'better-sqlite3';
import { addDays, eachDay, isWeekend } from '../../../../shared/domain/calendar/dates';
import { holidayNamesNb, norwegianPublicHolidays, type HolidayKey } from '../../../../shared/domain/calendar/norwegian-holidays';

/**
 * The planner's one question: which days are closed, and which are school days. Every
 * planning operation (create from pattern, bump, copy by school-day index) goes through
 * these functions, so holidays, breaks and closures are respected in one place.
 */

export interface ClosedDay {
  date: string;
  kind: 'holiday' | 'break' | 'closure';
  /** A holiday's Bokmål name, or the name the centre gave the break or closure. */
  name: string;
  /** Set for public holidays: the UI shows `calendar.holidays.<holidayKey>`. */
  holidayKey?: HolidayKey;
}

interface ClosureRow {
  start_date: string;
  end_date: string;
  kind: 'break' | 'closure';
  name: string;
}

/** Which kind names a day when several apply: the holiday's own name beats the break around it. */
const rank: Record<ClosedDay['kind'], number> = { holiday: 3, closure: 2, break: 1 };

function put(closed: Map<string, ClosedDay>, day: ClosedDay): void {
  const existing = closed.get(day.date);
  if (!existing || rank[day.kind] > rank[existing.kind]) closed.set(day.date, day);
}

/**
 * Public holidays plus the centre's breaks and closures in [from, to], inclusive. With a
 * `courseId`, that class's own closures count too; without one, only whole-centre ones.
 * Deleted closures and closures of a deleted school year are ignored.
 */
export function closedDays(db: Database, from: string, to: string, courseId?: string): Map<string, ClosedDay> {
  const closed = new Map<string, ClosedDay>();
  if (to < from) return closed;
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const holiday of norwegianPublicHolidays(year)) {
      if (holiday.date < from || holiday.date > to) continue;
      put(closed, { date: holiday.date, kind: 'holiday', name: holidayNamesNb[holiday.key], holidayKey: holiday.key });
    }
  }
  const rows = db
    .prepare(
      `SELECT c.start_date, c.end_date, c.kind, c.name FROM closure c
       JOIN school_year y ON y.id = c.school_year_id AND y.deleted_at IS NULL
       WHERE c.deleted_at IS NULL AND c.start_date <= ? AND c.end_date >= ?
         AND (c.course_id IS NULL OR c.course_id = ?)
       ORDER BY c.start_date, c.id`,
    )
    .all(to, from, courseId ?? null) as ClosureRow[];
  for (const row of rows) {
    const start = row.start_date < from ? from : row.start_date;
    const end = row.end_date > to ? to : row.end_date;
    for (const date of eachDay(start, end)) put(closed, { date, kind: row.kind, name: row.name });
  }
  return closed;
}

/** A weekday (Monday–Friday) that is not closed. */
export function isSchoolDay(date: string, closed: ReadonlyMap<string, ClosedDay>): boolean {
  return !isWeekend(date) && !closed.has(date);
}

/**
 * The first school day strictly after (direction 1) or before (-1) `date`. `closed` must
 * cover the days searched; a closed run longer than a year means the map is wrong, so that
 * throws instead of looping for ever.
 */
export function nextSchoolDay(date: string, closed: ReadonlyMap<string, ClosedDay>, direction: 1 | -1): string {
  let day = date;
  for (let step = 0; step < 400; step += 1) {
    day = addDays(day, direction);
    if (isSchoolDay(day, closed)) return day;
  }
  throw new RangeError(`No school day within 400 days ${direction === 1 ? 'after' : 'before'} ${date}`);
}

/** Every school day in [from, to], inclusive, in date order. */
export function schoolDaysBetween(from: string, to: string, closed: ReadonlyMap<string, ClosedDay>): string[] {
  return eachDay(from, to).filter((date) => isSchoolDay(date, closed));
}
