import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0012 adds PINs for profiles and the last profile used. The test builds version 11 with
 * staff, migrates, and checks the staff are untouched and the new tables keep their rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 11 });
  expect(old.pragma('user_version', { simple: true })).toBe(11);
  const staff = old.prepare(`INSERT INTO staff (id, name, role, position_percent, created_at, updated_at) VALUES (?, ?, ?, 100, ?, ?)`);
  staff.run('s1', 'Ingrid Haugland', 'teacher', stamp, stamp);
  staff.run('s2', 'Nadia Karim', 'assistant', stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 12 });
});
afterEach(() => db.close());

const pin = (staffId: string, extra: Record<string, unknown> = {}) =>
  db
    .prepare(`INSERT INTO staff_pin (staff_id, hash, salt, cost, created_at, updated_at) VALUES (@staffId, @hash, @salt, @cost, @stamp, @stamp)`)
    .run({ staffId, hash: Buffer.alloc(32, 1), salt: Buffer.alloc(16, 2), cost: 16384, stamp, ...extra });

describe('migration 0012: profiles', () => {
  it('keeps the staff, with nobody signed in and no PIN', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare('SELECT name FROM staff ORDER BY id').pluck().all()).toEqual(['Ingrid Haugland', 'Nadia Karim']);
    expect(db.prepare('SELECT count(*) FROM staff_pin').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM profile_state').pluck().get()).toBe(0);
  });

  it('stores one PIN hash per staff member, of the right size, and only for known staff', () => {
    pin('s2');
    expect(() => pin('s2')).toThrow(/UNIQUE|PRIMARY KEY/u);
    expect(() => pin('s1', { hash: Buffer.from('1234') })).toThrow(/CHECK/u);
    expect(() => pin('s1', { salt: Buffer.alloc(4) })).toThrow(/CHECK/u);
    expect(() => pin('s1', { cost: 1 })).toThrow(/CHECK/u);
    expect(() => pin('nobody')).toThrow(/FOREIGN KEY/u);
  });

  it('keeps one last-used profile, forgotten when that staff member is purged', () => {
    db.prepare(`INSERT INTO profile_state (id, last_staff_id, updated_at) VALUES (1, 's2', ?)`).run(stamp);
    expect(() => db.prepare(`INSERT INTO profile_state (id, last_staff_id, updated_at) VALUES (2, 's1', ?)`).run(stamp)).toThrow(/CHECK/u);
    pin('s2');
    db.prepare(`DELETE FROM staff WHERE id = 's2'`).run();
    expect(db.prepare('SELECT last_staff_id FROM profile_state').pluck().get()).toBeNull();
    expect(db.prepare('SELECT count(*) FROM staff_pin').pluck().get()).toBe(0);
  });
});
