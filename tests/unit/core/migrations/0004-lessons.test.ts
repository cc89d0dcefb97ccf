import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/connection';
import { migrations } from '../../../../electron/core/db/migrations';
import { migration0004 } from '../../../../electron/core/db/migrations/0004-lessons';

/**
 * 0004 adds themes, lessons, their goal links and lesson versions. The test builds the
 * schema before it (version 3) with a class and a goal in it, migrates, and checks that
 * existing data is untouched and the new tables keep their rules.
 */
const stamp = '2026-08-01T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.filter((migration) => migration.version < 4));
  expect(db.pragma('user_version', { simple: true })).toBe(3);
  db.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A1', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(stamp, stamp);
  db.prepare(
    `INSERT INTO goal (id, source, level, skill, domain, text_nb, created_at, updated_at)
     VALUES ('g1', 'teacher', 'A1', 'lese', 'arbeidsliv', 'Kan lese en vaktliste', ?, ?)`,
  ).run(stamp, stamp);
  migrate(db, migrations.filter((migration) => migration.version <= 4));
});
afterEach(() => db.close());

const insertLesson = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO lesson (id, course_id, theme_id, date, start_time, end_time, title, status, locked, mother_tongue_support, created_at, updated_at)
     VALUES (@id, @course, @theme, '2026-09-14', @start, @end, @title, @status, @locked, @support, @stamp, @stamp)`,
  ).run({ id, course: 'c1', theme: null, start: '09:00', end: '11:00', title: 'Økt', status: 'planned', locked: 0, support: null, stamp, ...extra });

describe('migration 0004-lessons', () => {
  it('is version 4, keeps existing rows and adds the planning tables', () => {
    expect(migration0004).toMatchObject({ version: 4, name: 'lessons' });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT name FROM course').pluck().all()).toEqual(['Norsk A1']);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['theme', 'theme_goal', 'lesson', 'lesson_goal', 'lesson_version']));
  });

  it('checks times, status, lock, title and JSON', () => {
    expect(() => insertLesson('l1', { end: '08:00' })).toThrow(/CHECK/);
    expect(() => insertLesson('l2', { start: '9:00' })).toThrow(/CHECK/);
    expect(() => insertLesson('l3', { status: 'done' })).toThrow(/CHECK/);
    expect(() => insertLesson('l4', { locked: 2 })).toThrow(/CHECK/);
    expect(() => insertLesson('l5', { title: '' })).toThrow(/CHECK/);
    expect(() => insertLesson('l6', { support: '{' })).toThrow(/CHECK/);
    expect(() => insertLesson('l7', { course: 'missing' })).toThrow(/FOREIGN KEY/);
    expect(() => insertLesson('l8', { support: '{"assistantIds":[],"languages":["ar"]}' })).not.toThrow();
  });

  it('links goals by id, cascades a lesson’s links and versions, and unlinks a removed theme', () => {
    db.prepare(
      `INSERT INTO theme (id, course_id, name, start_date, end_date, key_words, created_at, updated_at)
       VALUES ('t1', 'c1', 'Barnehagen', '2026-09-01', '2026-10-01', '["bleie"]', ?, ?)`,
    ).run(stamp, stamp);
    insertLesson('l1', { theme: 't1' });
    const link = db.prepare('INSERT INTO lesson_goal (lesson_id, goal_id, created_at, updated_at) VALUES (?, ?, ?, ?)');
    link.run('l1', 'g1', stamp, stamp);
    expect(() => link.run('l1', 'no-such-goal', stamp, stamp)).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO lesson_version (id, lesson_id, body_html, created_at) VALUES ('v1', 'l1', '<p>a</p>', ?)").run(stamp);
    db.prepare("DELETE FROM theme WHERE id = 't1'").run();
    expect(db.prepare("SELECT theme_id FROM lesson WHERE id = 'l1'").pluck().get()).toBeNull();
    db.prepare("DELETE FROM lesson WHERE id = 'l1'").run();
    expect(db.prepare('SELECT count(*) FROM lesson_goal').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM lesson_version').pluck().get()).toBe(0);
    expect(() =>
      db.prepare(
        `INSERT INTO theme (id, course_id, name, start_date, end_date, key_words, created_at, updated_at)
         VALUES ('t2', 'c1', 'x', '2026-09-01', '2026-08-01', '[]', ?, ?)`,
      ).run(stamp, stamp),
    ).toThrow(/CHECK/);
  });
});
