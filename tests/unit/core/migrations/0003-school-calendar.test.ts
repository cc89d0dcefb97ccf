import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0003 } from '../../../../electron/core/db/migrations/0003-school-calendar';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0003 adds school_year and closure. The test builds the schema before it (targetVersion 2:
 * 0001 plus the goal catalogue's 0002 when present), stores a class in it, migrates, and
 * checks that the old data is untouched and the new tables hold their constraints.
 */
const stamp = '2026-08-01T10:00:00.000Z';
let db: Database;
let file: string;

beforeEach(() => {
  file = join(tempDir(), 'before-0003.db');
  const before = openDatabase(file, { targetVersion: 2 });
  expect(before.pragma('user_version', { simple: true })).toBeLessThan(3);
  before.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A1', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(stamp, stamp);
  before.close();
  db = openDatabase(file, { targetVersion: 3 });
});
afterEach(() => db.close());

const insertYear = (id: string, start = '2026-08-17', end = '2027-06-18', name = '2026/2027') =>
  db.prepare(
    'INSERT INTO school_year (id, name, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, name, start, end, stamp, stamp);

const insertClosure = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO closure (id, school_year_id, start_date, end_date, kind, name, course_id, created_at, updated_at)
     VALUES (@id, @year, @start, @end, @kind, @name, @course, @stamp, @stamp)`,
  ).run({ id, year: 'y1', start: '2026-09-28', end: '2026-10-02', kind: 'break', name: 'Høstferie', course: null, stamp, ...extra });

describe('migration 0003-school-calendar', () => {
  it('is version 3 and keeps the existing data', () => {
    expect(migration0003).toMatchObject({ version: 3, name: 'school-calendar' });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT name FROM course').pluck().all()).toEqual(['Norsk A1']);
  });

  it('creates STRICT tables with text ids, timestamps and tombstones', () => {
    const strict = db.prepare('PRAGMA table_list').all() as { name: string; strict: number }[];
    for (const table of ['school_year', 'closure']) {
      expect(strict.find((row) => row.name === table)?.strict, table).toBe(1);
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
    }
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('school_year', 'closure') AND sql IS NOT NULL ORDER BY name")
      .pluck()
      .all();
    expect(indexes).toEqual(['closure_by_course', 'closure_by_dates', 'closure_by_school_year', 'school_year_by_dates']);
  });

  it('checks names, date order and kinds', () => {
    expect(() => insertYear('y0', '2026-08-17', '2026-08-16')).toThrow(/CHECK/);
    expect(() => insertYear('y0', '2026-08-17', '2027-06-18', '')).toThrow(/CHECK/);
    insertYear('y1');
    expect(() => insertClosure('k1', { start: '2026-10-02', end: '2026-09-28' })).toThrow(/CHECK/);
    expect(() => insertClosure('k2', { kind: 'holiday' })).toThrow(/CHECK/);
    expect(() => insertClosure('k3', { name: '' })).toThrow(/CHECK/);
    expect(() => insertClosure('k4', { start: '2026-11-13', end: '2026-11-13', kind: 'closure', name: 'Planleggingsdag' })).not.toThrow();
  });

  it('keeps closures pointing at a real school year and class, and cascades deletion', () => {
    insertYear('y1');
    expect(() => insertClosure('k1', { year: 'missing' })).toThrow(/FOREIGN KEY/);
    expect(() => insertClosure('k1', { course: 'missing' })).toThrow(/FOREIGN KEY/);
    insertClosure('k1');
    insertClosure('k2', { course: 'c1', kind: 'closure', name: 'Tur' });
    db.prepare("DELETE FROM course WHERE id = 'c1'").run();
    expect(db.prepare('SELECT id FROM closure').pluck().all()).toEqual(['k1']);
    db.prepare("DELETE FROM school_year WHERE id = 'y1'").run();
    expect(db.prepare('SELECT count(*) FROM closure').pluck().get()).toBe(0);
  });
});
