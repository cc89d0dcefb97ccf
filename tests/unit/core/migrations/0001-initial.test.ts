import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/connection';
import { migration0001 } from '../../../../electron/core/db/migrations/0001-initial';

/**
 * 0001 builds the first schema on an empty database: staff, course, course_staff,
 * participant, enrolment and setting. There is no earlier schema and no earlier data, so
 * this test starts from a fresh database (version 0) and checks tables and constraints.
 */
const stamp = '2026-08-01T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  expect(db.pragma('user_version', { simple: true })).toBe(0);
  migrate(db, [migration0001]);
});
afterEach(() => db.close());

const tableNames = () =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
const columns = (table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name);

const insertStaff = (id: string, extra: Partial<Record<'role' | 'position_percent' | 'name' | 'languages', unknown>> = {}) =>
  db.prepare(
    `INSERT INTO staff (id, name, role, languages, position_percent, created_at, updated_at)
     VALUES (@id, @name, @role, @languages, @position_percent, @stamp, @stamp)`,
  ).run({ id, name: 'Kari', role: 'teacher', languages: '[]', position_percent: 100, stamp, ...extra });

const insertCourse = (id: string, startDate = '2026-08-17', endDate = '2027-06-18', extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES (@id, @name, @start, @end, 'A1', 'A2', @track, @pattern, @stamp, @stamp)`,
  ).run({ id, name: 'Norsk A1', start: startDate, end: endDate, track: 1, pattern: '{}', stamp, ...extra });

const insertParticipant = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO participant (id, given_name, programme, start_date, end_date, mother_tongues, consent_photo, created_at, updated_at)
     VALUES (@id, @given, 'introduction', @start, @end, @tongues, @consent, @stamp, @stamp)`,
  ).run({ id, given: 'Hodan', start: null, end: null, tongues: '["so"]', consent: 0, stamp, ...extra });

const enrol = (id: string, courseId: string, participantId: string) =>
  db.prepare(
    'INSERT INTO enrolment (id, course_id, participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, courseId, participantId, stamp, stamp);

const assign = (courseId: string, staffId: string, role = 'teacher') =>
  db.prepare(
    'INSERT INTO course_staff (course_id, staff_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(courseId, staffId, role, stamp, stamp);

describe('migration 0001-initial', () => {
  it('is version 1 and sets user_version', () => {
    expect(migration0001.version).toBe(1);
    expect(migration0001.name).toBe('initial');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('creates the first tables, all STRICT, with text ids and timestamps', () => {
    expect(tableNames()).toEqual(['course', 'course_staff', 'enrolment', 'participant', 'setting', 'staff']);
    for (const table of ['course', 'enrolment', 'participant', 'staff']) {
      expect(columns(table)).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
      const id = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; pk: number }[])
        .find((column) => column.name === 'id');
      expect(id).toMatchObject({ type: 'TEXT', pk: 1 });
    }
    const strict = db.prepare('PRAGMA table_list').all() as { name: string; strict: number }[];
    for (const table of tableNames()) {
      expect(strict.find((row) => row.name === table)?.strict, table).toBe(1);
    }
  });

  it('creates the lookup indexes', () => {
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all();
    expect(indexes).toEqual(['course_staff_by_staff', 'enrolment_by_participant']);
  });

  it('refuses a course that ends before it starts, and accepts a one-day course', () => {
    expect(() => insertCourse('c1', '2026-08-17', '2026-08-16')).toThrow(/CHECK constraint failed/);
    expect(() => insertCourse('c2', '2026-08-17', '2026-08-17')).not.toThrow();
  });

  it('refuses a participant whose end date is before the start date, but allows open dates', () => {
    expect(() => insertParticipant('p1', { start: '2026-08-17', end: '2026-08-01' })).toThrow(/CHECK constraint failed/);
    expect(() => insertParticipant('p2', { start: null, end: '2026-08-01' })).not.toThrow();
    expect(() => insertParticipant('p3', { start: '2026-08-17', end: null })).not.toThrow();
  });

  it('checks names, roles, position, track, consent and JSON columns', () => {
    expect(() => insertStaff('s1', { name: '' })).toThrow(/CHECK/);
    expect(() => insertStaff('s2', { name: 'x'.repeat(201) })).toThrow(/CHECK/);
    expect(() => insertStaff('s3', { role: 'principal' })).toThrow(/CHECK/);
    expect(() => insertStaff('s4', { position_percent: 101 })).toThrow(/CHECK/);
    expect(() => insertStaff('s5', { languages: 'not json' })).toThrow(/CHECK/);
    expect(() => insertCourse('c1', '2026-01-01', '2026-02-01', { track: 4 })).toThrow(/CHECK/);
    expect(() => insertCourse('c2', '2026-01-01', '2026-02-01', { pattern: '{' })).toThrow(/CHECK/);
    expect(() => insertParticipant('p1', { given: '' })).toThrow(/CHECK/);
    expect(() => insertParticipant('p2', { consent: 2 })).toThrow(/CHECK/);
    expect(() => insertParticipant('p3', { tongues: '[' })).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(0);
  });

  it('is STRICT about types', () => {
    expect(() => insertStaff('s1', { position_percent: 'half' })).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('keeps enrolments and course staff pointing at real rows, and cascades deletion', () => {
    insertStaff('s1');
    insertCourse('c1');
    insertParticipant('p1');
    insertParticipant('p2');
    expect(() => enrol('e0', 'missing-course', 'p1')).toThrow(/FOREIGN KEY/);
    expect(() => enrol('e0', 'c1', 'missing-participant')).toThrow(/FOREIGN KEY/);
    expect(() => assign('c1', 'missing-staff')).toThrow(/FOREIGN KEY/);
    enrol('e1', 'c1', 'p1');
    enrol('e2', 'c1', 'p2');
    assign('c1', 's1');
    expect(() => enrol('e3', 'c1', 'p1')).toThrow(/UNIQUE/);
    expect(() => assign('c1', 's1', 'headmaster')).toThrow(/CHECK/);

    db.prepare("DELETE FROM participant WHERE id = 'p2'").run();
    expect(db.prepare('SELECT id FROM enrolment').pluck().all()).toEqual(['e1']);

    db.prepare("DELETE FROM course WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) FROM enrolment').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM course_staff').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM participant').pluck().get()).toBe(1);

    insertCourse('c2');
    assign('c2', 's1', 'assistant');
    db.prepare("DELETE FROM staff WHERE id = 's1'").run();
    expect(db.prepare('SELECT count(*) FROM course_staff').pluck().get()).toBe(0);
  });

  it('fills defaults for optional columns', () => {
    insertParticipant('p1');
    expect(db.prepare("SELECT family_name, note, search_text, consent_share_with_site, deleted_at FROM participant").get()).toEqual({
      family_name: '', note: '', search_text: '', consent_share_with_site: 0, deleted_at: null,
    });
  });

  it('stores one value per setting key', () => {
    const put = db.prepare('INSERT INTO setting (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)');
    put.run('uiLanguage', '"nb"', stamp, stamp);
    expect(() => put.run('uiLanguage', '"nn"', stamp, stamp)).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it('does nothing when applied to a database already at version 1', () => {
    insertStaff('s1');
    expect(() => migrate(db, [migration0001])).not.toThrow();
    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
  });
});
