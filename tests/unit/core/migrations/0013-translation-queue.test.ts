import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0013 } from '../../../../electron/core/db/migrations/0013-translation-queue';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0013 adds the translation queue. The test builds the schema before it in a file with a
 * class, a theme, a lesson and an assistant, reopens it so the migration runs, and checks
 * that existing rows are untouched and that the new table keeps its rules: exactly one
 * subject, known status, and one row per subject and language, deleted or not.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: migration0013.version - 1 });
  expect(old.pragma('user_version', { simple: true })).toBeLessThan(13);
  old.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A2 barnehage', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO theme (id, course_id, name, start_date, end_date, created_at, updated_at)
     VALUES ('t1', 'c1', 'På jobb i barnehagen', '2026-09-01', '2026-10-30', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO lesson (id, course_id, theme_id, date, start_time, end_time, title, mother_tongue_support, created_at, updated_at)
     VALUES ('l1', 'c1', 't1', '2026-09-21', '09:00', '11:30', 'Bleieskift', '{"assistantIds":[],"languages":["ar"]}', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(`INSERT INTO staff (id, name, role, languages, position_percent, created_at, updated_at) VALUES ('s1', 'Amina Yusuf', 'assistant', '["ar"]', 40, ?, ?)`).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 13 });
});
afterEach(() => db.close());

const task = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO translation_task (id, course_id, theme_id, lesson_id, language, due_date, status, assignee_id, origin, created_at, updated_at, deleted_at)
     VALUES (@id, 'c1', @themeId, @lessonId, @language, @dueDate, @status, @assignee, @origin, @stamp, @stamp, @deleted)`,
  ).run({ id, themeId: 't1', lessonId: null, language: 'ar', dueDate: '2026-09-14', status: 'open', assignee: 's1', origin: 'auto', stamp, deleted: null, ...extra });

describe('migration 0013-translation-queue', () => {
  it('is version 13, keeps existing rows and adds an empty queue', () => {
    expect(migration0013).toMatchObject({ version: 13, name: 'translation-queue' });
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(db.prepare('SELECT title FROM lesson').pluck().all()).toEqual(['Bleieskift']);
    expect(db.prepare('SELECT name FROM staff').pluck().all()).toEqual(['Amina Yusuf']);
    expect(db.prepare('SELECT count(*) FROM translation_task').pluck().get()).toBe(0);
    // The queue's look for lessons with support in the coming weeks has its own index.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM lesson WHERE date BETWEEN '2026-09-14' AND '2026-10-12'
      AND mother_tongue_support IS NOT NULL AND deleted_at IS NULL`).all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toContain('lesson_supported_by_date');
  });

  it('wants exactly one subject, a known status and origin, and a date', () => {
    expect(() => task('x1', { themeId: null })).toThrow(/CHECK/);
    expect(() => task('x2', { lessonId: 'l1' })).toThrow(/CHECK/);
    expect(() => task('x3', { status: 'started' })).toThrow(/CHECK/);
    expect(() => task('x4', { origin: 'import' })).toThrow(/CHECK/);
    expect(() => task('x5', { dueDate: '14.09.2026' })).toThrow(/CHECK/);
    expect(() => task('x6', { themeId: 'nope' })).toThrow(/FOREIGN KEY/);
    task('x7');
    task('x8', { themeId: null, lessonId: 'l1', status: 'inProgress', origin: 'manual' });
    expect(db.prepare('SELECT count(*) FROM translation_task').pluck().get()).toBe(2);
  });

  it('keeps one row per subject and language, even when one is deleted', () => {
    task('x1');
    expect(() => task('x2')).toThrow(/UNIQUE/);
    db.prepare(`UPDATE translation_task SET deleted_at = ? WHERE id = 'x1'`).run(stamp);
    expect(() => task('x3')).toThrow(/UNIQUE/);
    task('x4', { language: 'ti' });
    task('x5', { themeId: null, lessonId: 'l1' });
    expect(db.prepare('SELECT count(*) FROM translation_task').pluck().get()).toBe(3);
  });

  it('goes with its class or subject, and keeps the task when its assignee goes', () => {
    task('x1');
    task('x2', { themeId: null, lessonId: 'l1' });
    db.prepare(`DELETE FROM staff WHERE id = 's1'`).run();
    expect(db.prepare('SELECT assignee_id FROM translation_task ORDER BY id').pluck().all()).toEqual([null, null]);
    db.prepare(`DELETE FROM lesson WHERE id = 'l1'`).run();
    expect(db.prepare('SELECT id FROM translation_task').pluck().all()).toEqual(['x1']);
    db.prepare(`DELETE FROM course WHERE id = 'c1'`).run();
    expect(db.prepare('SELECT count(*) FROM translation_task').pluck().get()).toBe(0);
  });
});
