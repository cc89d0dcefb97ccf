import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0005 } from '../../../../electron/core/db/migrations/0005-attendance';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0005 adds attendance. The test builds the schema before it (version 4) in a file with a
 * class, a participant and a lesson, reopens it so the migration runs, and checks that the
 * existing rows are untouched and the new table keeps its rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 4 });
  expect(old.pragma('user_version', { simple: true })).toBe(4);
  old.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A1', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO lesson (id, course_id, date, start_time, end_time, title, created_at, updated_at)
     VALUES ('l1', 'c1', '2026-09-14', '09:00', '11:30', 'Økt', ?, ?)`,
  ).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 5 });
});
afterEach(() => db.close());

const insert = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO attendance (id, lesson_id, participant_id, status, minutes_attended, created_at, updated_at)
     VALUES (@id, @lesson, @participant, @status, @minutes, @stamp, @stamp)`,
  ).run({ id, lesson: 'l1', participant: 'p1', status: 'present', minutes: null, stamp, ...extra });

describe('migration 0005-attendance', () => {
  it('is version 5, keeps existing rows and adds the attendance table', () => {
    expect(migration0005).toMatchObject({ version: 5, name: 'attendance' });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT title FROM lesson').pluck().all()).toEqual(['Økt']);
    expect(db.prepare('SELECT given_name FROM participant').pluck().all()).toEqual(['Hodan']);
    expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);
  });

  it('checks status, minutes for partial only, references and one row per lesson and participant', () => {
    expect(() => insert('a1', { status: 'late' })).toThrow(/CHECK/);
    expect(() => insert('a2', { status: 'partial' })).toThrow(/CHECK/);
    expect(() => insert('a3', { status: 'partial', minutes: 0 })).toThrow(/CHECK/);
    expect(() => insert('a4', { status: 'present', minutes: 30 })).toThrow(/CHECK/);
    expect(() => insert('a5', { lesson: 'missing' })).toThrow(/FOREIGN KEY/);
    expect(() => insert('a6', { participant: 'missing' })).toThrow(/FOREIGN KEY/);
    insert('a7', { status: 'partial', minutes: 45 });
    expect(() => insert('a8', { status: 'absent' })).toThrow(/UNIQUE/);
  });

  it('goes with its lesson and its participant', () => {
    insert('a1');
    db.prepare("DELETE FROM lesson WHERE id = 'l1'").run();
    expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);
  });
});
