import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { newId } from '../../../../electron/core/db/ids';
import {
  closedDays,
  isSchoolDay,
  nextSchoolDay,
  schoolDaysBetween,
} from '../../../../electron/core/services/calendar/school-days';

const stamp = '2026-08-01T10:00:00.000Z';
let db: Database;
let yearId: string;

const addYear = (start: string, end: string, deleted = false) => {
  const id = newId();
  db.prepare(
    'INSERT INTO school_year (id, name, start_date, end_date, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, `${start.slice(0, 4)}/${end.slice(0, 4)}`, start, end, stamp, stamp, deleted ? stamp : null);
  return id;
};
const addClosure = (start: string, end: string, kind: 'break' | 'closure', name: string, courseId: string | null = null, deleted = false, schoolYearId = yearId) =>
  db.prepare(
    `INSERT INTO closure (id, school_year_id, start_date, end_date, kind, name, course_id, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), schoolYearId, start, end, kind, name, courseId, stamp, stamp, deleted ? stamp : null);
const addCourse = () => {
  const id = newId();
  db.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES (?, 'Norsk A2', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(id, stamp, stamp);
  return id;
};

beforeEach(() => {
  db = openDatabase(':memory:');
  yearId = addYear('2026-08-17', '2027-06-18');
});
afterEach(() => db.close());

describe('closedDays', () => {
  it('lists public holidays in the range, weekends included, with their keys', () => {
    const closed = closedDays(db, '2027-05-01', '2027-05-31');
    expect([...closed.values()]).toEqual([
      { date: '2027-05-01', kind: 'holiday', name: 'Arbeidernes dag', holidayKey: 'labourDay' },
      { date: '2027-05-06', kind: 'holiday', name: 'Kristi himmelfartsdag', holidayKey: 'ascensionDay' },
      { date: '2027-05-16', kind: 'holiday', name: 'Første pinsedag', holidayKey: 'whitSunday' },
      // 17 May 2027 is both Grunnlovsdag and Andre pinsedag; one entry, the first in the list.
      { date: '2027-05-17', kind: 'holiday', name: 'Grunnlovsdag', holidayKey: 'constitutionDay' },
    ]);
  });

  it('adds the centre’s breaks and closures, day by day, clipped to the range', () => {
    addClosure('2026-09-28', '2026-10-02', 'break', 'Høstferie');
    addClosure('2026-11-13', '2026-11-13', 'closure', 'Planleggingsdag');
    const closed = closedDays(db, '2026-09-30', '2026-11-30');
    expect([...closed.keys()]).toEqual(['2026-09-30', '2026-10-01', '2026-10-02', '2026-11-13']);
    expect(closed.get('2026-10-01')).toEqual({ date: '2026-10-01', kind: 'break', name: 'Høstferie' });
    expect(closed.get('2026-11-13')).toEqual({ date: '2026-11-13', kind: 'closure', name: 'Planleggingsdag' });
  });

  it('names a holiday inside a break by the holiday, and a closure inside a break by the closure', () => {
    addClosure('2026-12-21', '2027-01-02', 'break', 'Juleferie');
    addClosure('2026-12-23', '2026-12-23', 'closure', 'Stengt');
    const closed = closedDays(db, '2026-12-18', '2027-01-05');
    expect(closed.get('2026-12-21')?.name).toBe('Juleferie');
    expect(closed.get('2026-12-23')?.kind).toBe('closure');
    expect(closed.get('2026-12-25')).toMatchObject({ kind: 'holiday', holidayKey: 'christmasDay' });
    expect(closed.get('2027-01-01')).toMatchObject({ kind: 'holiday', holidayKey: 'newYearsDay' });
    expect(closed.has('2026-12-18')).toBe(false);
    expect(closed.has('2027-01-04')).toBe(false);
  });

  it('counts a class’s own closures only for that class', () => {
    const course = addCourse();
    const other = addCourse();
    addClosure('2027-02-10', '2027-02-10', 'closure', 'Ekskursjon', course);
    expect(closedDays(db, '2027-02-08', '2027-02-12').has('2027-02-10')).toBe(false);
    expect(closedDays(db, '2027-02-08', '2027-02-12', other).has('2027-02-10')).toBe(false);
    expect(closedDays(db, '2027-02-08', '2027-02-12', course).get('2027-02-10')?.name).toBe('Ekskursjon');
  });

  it('ignores deleted closures and the closures of a deleted school year', () => {
    addClosure('2027-02-22', '2027-02-26', 'break', 'Vinterferie', null, true);
    const gone = addYear('2027-08-16', '2028-06-20', true);
    addClosure('2027-10-04', '2027-10-08', 'break', 'Høstferie', null, false, gone);
    const kinds = [...closedDays(db, '2027-02-01', '2027-10-31').values()].map((day) => day.kind);
    expect(new Set(kinds)).toEqual(new Set(['holiday']));
  });

  it('is empty when the range is reversed', () => {
    expect(closedDays(db, '2027-05-31', '2027-05-01').size).toBe(0);
  });
});

describe('school days', () => {
  it('are weekdays that are not closed', () => {
    const closed = closedDays(db, '2027-03-20', '2027-04-05');
    expect(isSchoolDay('2027-03-24', closed)).toBe(true);
    expect(isSchoolDay('2027-03-25', closed)).toBe(false); // skjærtorsdag
    expect(isSchoolDay('2027-03-27', closed)).toBe(false); // Saturday
  });

  it('skip Easter forwards and backwards', () => {
    const closed = closedDays(db, '2027-03-15', '2027-04-10');
    expect(nextSchoolDay('2027-03-24', closed, 1)).toBe('2027-03-30');
    expect(nextSchoolDay('2027-03-30', closed, -1)).toBe('2027-03-24');
    expect(schoolDaysBetween('2027-03-22', '2027-04-02', closed)).toEqual([
      '2027-03-22', '2027-03-23', '2027-03-24', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02',
    ]);
  });

  it('skip Christmas, a planning day and the turn of ISO week 53', () => {
    addClosure('2026-12-21', '2027-01-01', 'break', 'Juleferie');
    addClosure('2027-01-04', '2027-01-04', 'closure', 'Planleggingsdag');
    const closed = closedDays(db, '2026-12-01', '2027-01-31');
    expect(nextSchoolDay('2026-12-18', closed, 1)).toBe('2027-01-05');
    expect(nextSchoolDay('2027-01-05', closed, -1)).toBe('2026-12-18');
    // Week 53 of 2026 (28 Dec – 3 Jan) has no school day at all.
    expect(schoolDaysBetween('2026-12-28', '2027-01-03', closed)).toEqual([]);
    // Without the break, week 53 has four school days: 1 January is a holiday.
    db.prepare('UPDATE closure SET deleted_at = ?').run(stamp);
    const open = closedDays(db, '2026-12-28', '2027-01-03');
    expect([...open.keys()]).toEqual(['2027-01-01']);
    expect(schoolDaysBetween('2026-12-28', '2027-01-03', open)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
  });

  it('refuses to search for ever in a map that closes everything', () => {
    const everything = new Map(
      Array.from({ length: 500 }, (_, index) => {
        const date = new Date(Date.UTC(2027, 0, 1 + index)).toISOString().slice(0, 10);
        return [date, { date, kind: 'closure' as const, name: 'Stengt' }];
      }),
    );
    expect(() => nextSchoolDay('2026-12-31', everything, 1)).toThrow(RangeError);
  });
});
