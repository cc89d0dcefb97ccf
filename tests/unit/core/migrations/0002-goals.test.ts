import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0002 } from '../../../../electron/core/db/migrations/0002-goals';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0002 adds the goal table, its FTS5 index with the triggers that keep it in step, and the
 * catalogue state row. It starts from a version-1 database that already holds staff,
 * classes and participants, which must come through untouched.
 */
const stamp = '2026-08-01T10:00:00.000Z';
let file: string;
let db: Database;

beforeEach(() => {
  file = join(tempDir(), 'v1.db');
  const v1 = openDatabase(file, { targetVersion: 1 });
  expect(v1.pragma('user_version', { simple: true })).toBe(1);
  v1.prepare(`INSERT INTO staff (id, name, role, languages, position_percent, created_at, updated_at)
              VALUES ('s1', 'Kari Nordmann', 'teacher', '["nb"]', 80, ?, ?)`).run(stamp, stamp);
  v1.prepare(`INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
              VALUES ('c1', 'Norsk A1', '2026-08-17', '2027-06-18', 'A1', 'A2', 2, '{}', ?, ?)`).run(stamp, stamp);
  v1.prepare(`INSERT INTO setting (key, value, created_at, updated_at) VALUES ('uiLanguage', '"nn"', ?, ?)`).run(stamp, stamp);
  v1.close();
  db = openDatabase(file, { targetVersion: 2 });
});
afterEach(() => db.close());

const insertGoal = (id: string, values: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO goal (id, source, catalogue_version, level, skill, domain, trade, text_nb, text_en, status, grep_code, created_at, updated_at)
     VALUES (@id, @source, @version, @level, @skill, @domain, @trade, @nb, @en, @status, @code, @stamp, @stamp)`,
  ).run({
    id, source: 'teacher', version: null, level: 'A1', skill: 'lese', domain: 'bolig', trade: null,
    nb: 'Jeg kan lese en lapp', en: 'I can read a note', status: 'active', code: null, stamp, ...values,
  });
const match = (query: string) =>
  db.prepare(
    `SELECT k.goal_id FROM goal_fts f JOIN goal_search_key k ON k.rowid = f.rowid WHERE goal_fts MATCH ? ORDER BY k.goal_id`,
  ).pluck().all(query);

describe('migration 0002-goals', () => {
  it('is version 2 and keeps the data of version 1', () => {
    expect(migration0002).toMatchObject({ version: 2, name: 'goals' });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT name, languages, position_percent FROM staff').get()).toEqual({
      name: 'Kari Nordmann', languages: '["nb"]', position_percent: 80,
    });
    expect(db.prepare('SELECT name FROM course').pluck().all()).toEqual(['Norsk A1']);
    expect(db.prepare("SELECT value FROM setting WHERE key = 'uiLanguage'").pluck().get()).toBe('"nn"');
  });

  it('creates STRICT goal tables, an FTS5 table and its triggers', () => {
    const tables = db.prepare('PRAGMA table_list').all() as { name: string; strict: number; type: string }[];
    for (const name of ['goal', 'goal_catalogue_state', 'goal_search_key']) {
      expect(tables.find((table) => table.name === name)?.strict, name).toBe(1);
    }
    expect(tables.find((table) => table.name === 'goal_fts')?.type).toBe('virtual');
    const triggers = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").pluck().all();
    expect(triggers).toEqual(['goal_fts_after_insert', 'goal_fts_after_update', 'goal_fts_before_delete']);
  });

  it('checks levels, skills, domains, trades, status, source and text length', () => {
    expect(() => insertGoal('g1', { level: 'A3' })).toThrow(/CHECK/);
    expect(() => insertGoal('g2', { skill: 'snakke' })).toThrow(/CHECK/);
    expect(() => insertGoal('g3', { domain: 'skole' })).toThrow(/CHECK/);
    expect(() => insertGoal('g4', { trade: 'fiske' })).toThrow(/CHECK/);
    expect(() => insertGoal('g5', { status: 'deleted' })).toThrow(/CHECK/);
    expect(() => insertGoal('g6', { source: 'web' })).toThrow(/CHECK/);
    expect(() => insertGoal('g7', { nb: '' })).toThrow(/CHECK/);
    expect(() => insertGoal('g8', { nb: 'x'.repeat(501) })).toThrow(/CHECK/);
    // A catalogue goal carries its release; other goals do not.
    expect(() => insertGoal('g9', { source: 'catalogue' })).toThrow(/CHECK/);
    expect(() => insertGoal('g10', { version: '2026.1' })).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM goal').pluck().get()).toBe(0);
    expect(() => insertGoal('sb-goal-0001', { source: 'catalogue', version: '2026.1', trade: 'renhold' })).not.toThrow();
  });

  it('keeps the search index in step on insert, update and delete', () => {
    insertGoal('g1', { nb: 'Jeg kan lese en vaktliste' });
    insertGoal('g2', { nb: 'Jeg kan melde fra om en feil', code: 'K1234' });
    expect(match('"vaktl"*')).toEqual(['g1']);
    expect(match('"K1234"')).toEqual(['g2']);
    db.prepare("UPDATE goal SET text_nb = 'Jeg kan lese en timeliste' WHERE id = 'g1'").run();
    expect(match('"vaktl"*')).toEqual([]);
    expect(match('"timel"*')).toEqual(['g1']);
    // Changes to other columns leave the index alone.
    db.prepare("UPDATE goal SET status = 'retired' WHERE id = 'g1'").run();
    expect(match('"timel"*')).toEqual(['g1']);
    db.prepare("DELETE FROM goal WHERE id = 'g1'").run();
    expect(match('"timel"*')).toEqual([]);
    expect(db.prepare('SELECT goal_id FROM goal_search_key').pluck().all()).toEqual(['g2']);
    db.prepare("INSERT INTO goal_fts(goal_fts) VALUES ('integrity-check')").run();
  });

  it('keeps å, æ and ø apart from a, ae and o', () => {
    insertGoal('g1', { nb: 'Jeg kan måle og veie' });
    insertGoal('g2', { nb: 'Jeg kan male et rom' });
    insertGoal('g3', { nb: 'Jeg kan bære tunge esker' });
    expect(match('"mål"*')).toEqual(['g1']);
    expect(match('"mal"*')).toEqual(['g2']);
    expect(match('"BÆR"*')).toEqual(['g3']);
    expect(match('"baer"*')).toEqual([]);
  });

  it('keeps search working after VACUUM, which may renumber the rowids of the goal table', () => {
    for (let i = 0; i < 50; i++) insertGoal(`g${i}`, { nb: `Jeg kan oppgave nummer${i}` });
    db.prepare("DELETE FROM goal WHERE id IN ('g1', 'g2', 'g3', 'g10')").run();
    db.exec('VACUUM');
    expect(match('"nummer42"')).toEqual(['g42']);
    expect(match('"nummer2"')).toEqual([]);
  });

  it('allows a Grep id once among goals that are not in the bin', () => {
    insertGoal('g1');
    db.prepare("UPDATE goal SET grep_id = 'uuid-1' WHERE id = 'g1'").run();
    insertGoal('g2');
    expect(() => db.prepare("UPDATE goal SET grep_id = 'uuid-1' WHERE id = 'g2'").run()).toThrow(/UNIQUE/);
    db.prepare("UPDATE goal SET deleted_at = ? WHERE id = 'g1'").run(stamp);
    expect(() => db.prepare("UPDATE goal SET grep_id = 'uuid-1' WHERE id = 'g2'").run()).not.toThrow();
  });
});
