import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { SchoolYear } from '../../../shared/domain/calendar/school-calendar';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { stripUndefined } from '../db/json';

interface SchoolYearRow {
  id: string;
  name: string;
  start_date: string;
  end_date: string;
  created_at: string;
  updated_at: string;
}

const toSchoolYear = (row: SchoolYearRow): SchoolYear => ({
  id: row.id,
  name: row.name,
  startDate: row.start_date,
  endDate: row.end_date,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Live school years, the latest first: the one being planned sits on top. */
export function listSchoolYears(db: Database): SchoolYear[] {
  const rows = db
    .prepare('SELECT * FROM school_year WHERE deleted_at IS NULL ORDER BY start_date DESC, id')
    .all() as SchoolYearRow[];
  return rows.map(toSchoolYear);
}

export function findSchoolYear(db: Database, id: string): SchoolYear | undefined {
  const row = db.prepare('SELECT * FROM school_year WHERE id = ? AND deleted_at IS NULL').get(id) as SchoolYearRow | undefined;
  return row && toSchoolYear(row);
}

export function getSchoolYear(db: Database, id: string): SchoolYear {
  const year = findSchoolYear(db, id);
  if (!year) throw notFound();
  return year;
}

export function createSchoolYear(db: Database, input: ParsedInput<'calendar.schoolYears.create'>): SchoolYear {
  const id = newId();
  const stamp = now();
  db.prepare(
    'INSERT INTO school_year (id, name, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, input.name, input.startDate, input.endDate, stamp, stamp);
  return getSchoolYear(db, id);
}

/**
 * A school year may shrink only as long as its live breaks and closures still fit inside,
 * so no closure silently stops counting.
 */
export function updateSchoolYear(db: Database, input: ParsedInput<'calendar.schoolYears.update'>): SchoolYear {
  const current = getSchoolYear(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  if (next.endDate < next.startDate) throw invalidField('endDate', 'endBeforeStart');
  const outside = db
    .prepare(
      `SELECT min(start_date) AS first, max(end_date) AS last FROM closure
       WHERE school_year_id = ? AND deleted_at IS NULL`,
    )
    .get(input.id) as { first: string | null; last: string | null };
  if (outside.first !== null && outside.first < next.startDate) throw invalidField('startDate', 'outsideSchoolYear');
  if (outside.last !== null && outside.last > next.endDate) throw invalidField('endDate', 'outsideSchoolYear');
  db.prepare('UPDATE school_year SET name = ?, start_date = ?, end_date = ?, updated_at = ? WHERE id = ?').run(
    next.name, next.startDate, next.endDate, now(), input.id,
  );
  return getSchoolYear(db, input.id);
}
