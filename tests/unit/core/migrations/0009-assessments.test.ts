import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0009 } from '../../../../electron/core/db/migrations/0009-assessments';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0009 adds levels (assessments), Norskprøven sittings, evidence links, the level audit
 * trail, targets and achieved goals. The test builds version 8 with a participant, a class
 * and a lesson, reopens it so the migration runs, and checks the new tables' rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 8 });
  expect(old.pragma('user_version', { simple: true })).toBe(8);
  old.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A2 arbeid', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO lesson (id, course_id, date, start_time, end_time, title, created_at, updated_at)
     VALUES ('l1', 'c1', '2026-09-14', '09:00', '11:00', 'Økt', ?, ?)`,
  ).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 9 });
});
afterEach(() => db.close());

const sitting = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO norskproven_sitting (id, participant_id, date, test, created_at, updated_at) VALUES (@id, 'p1', @date, @test, @stamp, @stamp)`,
  ).run({ id, date: '2026-03-10', test: 'a1-b2', stamp, ...extra });

const assessment = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO assessment (id, participant_id, skill, level, source, date, sitting_id, level_pair, checklist, created_at, updated_at)
     VALUES (@id, 'p1', @skill, @level, @source, @date, @sitting, @pair, @checklist, @stamp, @stamp)`,
  ).run({ id, skill: 'muntlig', level: 'A2', source: 'observation', date: '2026-09-14', sitting: null, pair: null, checklist: '[]', stamp, ...extra });

describe('migration 0009-assessments', () => {
  it('is version 9, keeps existing rows and adds empty level tables', () => {
    expect(migration0009).toMatchObject({ version: 9, name: 'assessments' });
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare('SELECT given_name FROM participant').pluck().all()).toEqual(['Hodan']);
    expect(db.prepare('SELECT title FROM lesson').pluck().all()).toEqual(['Økt']);
    for (const table of ['assessment', 'norskproven_sitting', 'assessment_lesson', 'assessment_material', 'level_audit', 'level_target', 'goal_achievement']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });

  it('checks skills, levels and sources, and keeps official results off between-levels', () => {
    expect(() => assessment('a1', { skill: 'snakke' })).toThrow(/CHECK/);
    expect(() => assessment('a2', { level: 'A3' })).toThrow(/CHECK/);
    expect(() => assessment('a3', { source: 'guess' })).toThrow(/CHECK/);
    expect(() => assessment('a4', { date: '14.09.2026' })).toThrow(/CHECK/);
    expect(() => assessment('a5', { level: 'A1/A2', source: 'mock' })).toThrow(/CHECK/);
    expect(() => assessment('a6', { checklist: '{}' })).toThrow(/CHECK/);
    assessment('a7', { level: 'A1/A2' });
  });

  it('ties official results to a sitting, one live result per part, and pairs to official results only', () => {
    sitting('s1');
    expect(() => assessment('o0', { source: 'official' })).toThrow(/CHECK/);
    expect(() => assessment('o1', { sitting: 's1' })).toThrow(/CHECK/);
    expect(() => assessment('o2', { pair: 'A1-A2' })).toThrow(/CHECK/);
    expect(() => assessment('o3', { source: 'official', sitting: 'missing' })).toThrow(/FOREIGN KEY/);
    assessment('o4', { source: 'official', sitting: 's1', pair: 'A1-A2' });
    expect(() => assessment('o5', { source: 'official', sitting: 's1', pair: 'A1-A2' })).toThrow(/UNIQUE/);
    db.prepare(`UPDATE assessment SET deleted_at = ? WHERE id = 'o4'`).run(stamp);
    assessment('o6', { source: 'official', sitting: 's1', pair: 'A2-B1' });
    expect(() => sitting('s2', { test: 'b1' })).toThrow(/CHECK/);
  });

  it('links evidence to lessons and material, and removes links and audit lines with their rows', () => {
    assessment('a1');
    db.prepare(`INSERT INTO assessment_lesson (assessment_id, lesson_id, created_at) VALUES ('a1', 'l1', ?)`).run(stamp);
    expect(() => db.prepare(`INSERT INTO assessment_material (assessment_id, material_id, created_at) VALUES ('a1', 'nope', ?)`).run(stamp)).toThrow(/FOREIGN KEY/);
    db.prepare(
      `INSERT INTO level_audit (id, assessment_id, participant_id, action, new_level, changed_at) VALUES ('x1', 'a1', 'p1', 'create', 'A2', ?)`,
    ).run(stamp);
    expect(() =>
      db.prepare(`INSERT INTO level_audit (id, assessment_id, participant_id, action, changed_at) VALUES ('x2', 'a1', 'p1', 'guess', ?)`).run(stamp),
    ).toThrow(/CHECK/);
    db.prepare("DELETE FROM lesson WHERE id = 'l1'").run();
    expect(db.prepare('SELECT count(*) FROM assessment_lesson').pluck().get()).toBe(0);
    db.prepare("DELETE FROM participant WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM level_audit').pluck().get()).toBe(0);
  });

  it('keeps targets to whole levels', () => {
    const target = (id: string, level: string) =>
      db.prepare(
        `INSERT INTO level_target (id, participant_id, skill, level, due_date, created_at, updated_at) VALUES (?, 'p1', 'muntlig', ?, '2027-03-31', ?, ?)`,
      ).run(id, level, stamp, stamp);
    expect(() => target('t1', 'A1/A2')).toThrow(/CHECK/);
    target('t2', 'A2');
    expect(db.prepare("SELECT dropped, note FROM level_target WHERE id = 't2'").get()).toEqual({ dropped: 0, note: '' });
  });
});
