import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0017 adds the privacy log. The test builds the schema before it with a participant,
 * migrates, and checks that the participant is untouched, that an export entry loses the
 * participant id when the participant is deleted, and that a delete entry can never name one.
 */
const stamp = '2026-11-24T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 16 });
  expect(old.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'privacy_log'`).pluck().get()).toBe(0);
  old.prepare(`INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 17 });
});
afterEach(() => db.close());

const entry = (id: string, action: string, participantId: string | null, detail = '{}') =>
  db
    .prepare(`INSERT INTO privacy_log (id, action, participant_id, detail, role, at) VALUES (?, ?, ?, ?, 'teacher', ?)`)
    .run(id, action, participantId, detail, stamp);

describe('migration 0017: privacy log', () => {
  it('keeps existing participants and logs an export', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(17);
    expect(db.prepare('SELECT given_name FROM participant').pluck().all()).toEqual(['Hodan']);
    entry('l1', 'export', 'p1');
    expect(db.prepare('SELECT action FROM privacy_log').pluck().all()).toEqual(['export']);
  });

  it('clears the participant id when the participant goes, and never stores one on a deletion', () => {
    entry('l1', 'export_sensitive', 'p1');
    db.prepare(`DELETE FROM participant WHERE id = 'p1'`).run();
    expect(db.prepare('SELECT participant_id FROM privacy_log').pluck().all()).toEqual([null]);
    db.prepare(`INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p2', 'Selam', 'kvp', ?, ?)`).run(stamp, stamp);
    expect(() => entry('l2', 'delete', 'p2')).toThrow(/CHECK/u);
    entry('l3', 'delete', null, '{"rows":12,"files":2}');
  });

  it('refuses unknown actions and detail that is not a JSON object', () => {
    expect(() => entry('l4', 'print', null)).toThrow(/CHECK/u);
    expect(() => entry('l5', 'export', null, '[1]')).toThrow(/CHECK/u);
    expect(() => entry('l6', 'export', 'nobody')).toThrow(/FOREIGN KEY/u);
  });
});
