import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Closure, ClosureKind } from '../../../shared/domain/calendar/school-calendar';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { stripUndefined } from '../db/json';
import { findSchoolYear } from './school-years';

interface ClosureRow {
  id: string;
  school_year_id: string;
  start_date: string;
  end_date: string;
  kind: ClosureKind;
  name: string;
  course_id: string | null;
  created_at: string;
  updated_at: string;
}

const toClosure = (row: ClosureRow): Closure => ({
  id: row.id,
  schoolYearId: row.school_year_id,
  startDate: row.start_date,
  endDate: row.end_date,
  kind: row.kind,
  name: row.name,
  courseId: row.course_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The live breaks and closures of a live school year, in date order. */
export function listClosures(db: Database, schoolYearId: string): Closure[] {
  if (!findSchoolYear(db, schoolYearId)) throw invalidField('schoolYearId', 'unknownSchoolYear');
  const rows = db
    .prepare('SELECT * FROM closure WHERE school_year_id = ? AND deleted_at IS NULL ORDER BY start_date, end_date, id')
    .all(schoolYearId) as ClosureRow[];
  return rows.map(toClosure);
}

export function getClosure(db: Database, id: string): Closure {
  const row = db.prepare('SELECT * FROM closure WHERE id = ? AND deleted_at IS NULL').get(id) as ClosureRow | undefined;
  if (!row) throw notFound();
  return toClosure(row);
}

interface ClosureDraft {
  schoolYearId: string;
  startDate: string;
  endDate: string;
  courseId: string | null;
}

/** End not before start, both inside the (live) school year, and a class that exists. */
function check(db: Database, draft: ClosureDraft): void {
  const year = findSchoolYear(db, draft.schoolYearId);
  if (!year) throw invalidField('schoolYearId', 'unknownSchoolYear');
  if (draft.endDate < draft.startDate) throw invalidField('endDate', 'endBeforeStart');
  if (draft.startDate < year.startDate || draft.startDate > year.endDate) throw invalidField('startDate', 'outsideSchoolYear');
  if (draft.endDate > year.endDate) throw invalidField('endDate', 'outsideSchoolYear');
  if (draft.courseId !== null) {
    const course = db.prepare('SELECT 1 FROM course WHERE id = ? AND deleted_at IS NULL').get(draft.courseId);
    if (!course) throw invalidField('courseId', 'unknownCourse');
  }
}

export function createClosure(db: Database, input: ParsedInput<'calendar.closures.create'>): Closure {
  check(db, input);
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO closure (id, school_year_id, start_date, end_date, kind, name, course_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.schoolYearId, input.startDate, input.endDate, input.kind, input.name, input.courseId, stamp, stamp);
  return getClosure(db, id);
}

export function updateClosure(db: Database, input: ParsedInput<'calendar.closures.update'>): Closure {
  const current = getClosure(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  check(db, next);
  db.prepare(
    'UPDATE closure SET start_date = ?, end_date = ?, kind = ?, name = ?, course_id = ?, updated_at = ? WHERE id = ?',
  ).run(next.startDate, next.endDate, next.kind, next.name, next.courseId, now(), input.id);
  return getClosure(db, input.id);
}
