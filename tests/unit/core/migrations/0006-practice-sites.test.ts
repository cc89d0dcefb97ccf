import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0006 } from '../../../../electron/core/db/migrations/0006-practice-sites';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0006 adds practice sites and placements. The test builds version 5 in a file with a
 * participant and an attendance-free class, reopens it so the migration runs, and checks
 * that existing rows are untouched and the new tables keep their rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 5 });
  expect(old.pragma('user_version', { simple: true })).toBe(5);
  old.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A2 arbeid', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`,
  ).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 6 });
});
afterEach(() => db.close());

const site = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO practice_site (id, name, org_number, contacts, created_at, updated_at)
     VALUES (@id, @name, @org, @contacts, @stamp, @stamp)`,
  ).run({ id, name: 'Solsikken barnehage', org: '123456785', contacts: '[]', stamp, ...extra });

const placement = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO placement (id, participant_id, site_id, start_date, end_date, weekdays, created_at, updated_at)
     VALUES (@id, @participant, @site, @start, @end, @weekdays, @stamp, @stamp)`,
  ).run({ id, participant: 'p1', site: 's1', start: '2026-08-24', end: '2027-01-29', weekdays: '["mon","tue"]', stamp, ...extra });

describe('migration 0006-practice-sites', () => {
  it('is version 6, keeps existing rows and adds empty practice tables', () => {
    expect(migration0006).toMatchObject({ version: 6, name: 'practice-sites' });
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT name FROM course').pluck().all()).toEqual(['Norsk A2 arbeid']);
    expect(db.prepare('SELECT given_name FROM participant').pluck().all()).toEqual(['Hodan']);
    expect(db.prepare('SELECT count(*) FROM practice_site').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM placement').pluck().get()).toBe(0);
  });

  it('checks the site: a name, 9 digits or no org number, contacts as a JSON array', () => {
    expect(() => site('s0', { name: '' })).toThrow(/CHECK/);
    expect(() => site('s2', { org: '12345678' })).toThrow(/CHECK/);
    expect(() => site('s3', { org: '12345678a' })).toThrow(/CHECK/);
    expect(() => site('s4', { contacts: '{}' })).toThrow(/CHECK/);
    expect(() => site('s5', { contacts: 'nope' })).toThrow(/CHECK/);
    site('s6', { org: null });
    site('s1');
    expect(db.prepare("SELECT contacts, address, note FROM practice_site WHERE id = 's1'").get()).toEqual({
      contacts: '[]', address: '', note: '',
    });
  });

  it('checks the placement: known participant and site, end not before start, weekdays as a JSON array', () => {
    site('s1');
    expect(() => placement('x1', { participant: 'missing' })).toThrow(/FOREIGN KEY/);
    expect(() => placement('x2', { site: 'missing' })).toThrow(/FOREIGN KEY/);
    expect(() => placement('x3', { end: '2026-08-23' })).toThrow(/CHECK/);
    expect(() => placement('x4', { weekdays: '"mon"' })).toThrow(/CHECK/);
    placement('x5', { end: '2026-08-24' });
  });

  it('removes placements with their participant or their site', () => {
    site('s1');
    site('s2', { name: 'Kafé Nordlys' });
    placement('x1');
    placement('x2', { site: 's2' });
    db.prepare("DELETE FROM practice_site WHERE id = 's2'").run();
    expect(db.prepare('SELECT id FROM placement').pluck().all()).toEqual(['x1']);
    db.prepare("DELETE FROM participant WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) FROM placement').pluck().get()).toBe(0);
  });
});
