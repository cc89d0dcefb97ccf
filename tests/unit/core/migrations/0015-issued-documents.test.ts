import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrations } from '../../../../electron/core/db/migrations';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0015 adds the register of issued documents and the centre's document texts. The test
 * builds the schema just before it with a participant and a class, migrates, and checks
 * the old rows are untouched and the new tables keep their rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
const previous = Math.max(...migrations.map((step) => step.version).filter((version) => version < 15));
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: previous });
  expect(old.pragma('user_version', { simple: true })).toBe(previous);
  old.prepare(`INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`).run(stamp, stamp);
  old
    .prepare(`INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at) VALUES ('c1', 'Norsk A2', '2026-08-17', '2026-12-18', 'A1', 'A2', 2, '[]', ?, ?)`)
    .run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 15 });
});
afterEach(() => db.close());

const issue = (id: string, extra: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO issued_document (id, seq, serial, kind, language, participant_id, course_id, participant_name, course_name, snapshot, issued_on, revoked_at, revoke_reason, created_at, updated_at)
       VALUES (@id, @seq, @serial, @kind, 'nb', 'p1', 'c1', 'Hodan', 'Norsk A2', @snapshot, '2026-12-18', @revokedAt, @reason, @stamp, @stamp)`,
    )
    .run({ id, seq: 1, serial: 'SB-2026-000001', kind: 'diploma', snapshot: '{}', revokedAt: null, reason: null, stamp, ...extra });

describe('migration 0015: issued documents', () => {
  it('keeps existing rows and stores an issued document and a text block', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(15);
    expect(db.prepare('SELECT given_name FROM participant').pluck().all()).toEqual(['Hodan']);
    issue('d1');
    db.prepare(`INSERT INTO document_text (kind, language, texts, created_at, updated_at) VALUES ('diploma', 'nn', '{"title":"Diplom"}', ?, ?)`).run(stamp, stamp);
    expect(db.prepare('SELECT serial FROM issued_document').pluck().all()).toEqual(['SB-2026-000001']);
  });

  it('refuses a repeated serial or running number, unknown kinds, bad snapshots and a revocation without reason', () => {
    issue('d1');
    expect(() => issue('d2', { seq: 2 })).toThrow(/UNIQUE/u);
    expect(() => issue('d3', { serial: 'SB-2026-000003' })).toThrow(/UNIQUE/u);
    expect(() => issue('d4', { seq: 4, serial: 'SB-2026-000004', kind: 'fagbrev' })).toThrow(/CHECK/u);
    expect(() => issue('d5', { seq: 5, serial: 'SB-2026-000005', snapshot: 'not json' })).toThrow(/CHECK/u);
    expect(() => issue('d6', { seq: 6, serial: 'SB-2026-000006', revokedAt: stamp })).toThrow(/CHECK/u);
    expect(() => issue('d7', { seq: 7, serial: '123' })).toThrow(/CHECK/u);
  });

  it('removes a participant’s documents when the participant is purged, and keeps them when the class goes', () => {
    issue('d1');
    db.prepare(`DELETE FROM course WHERE id = 'c1'`).run();
    expect(db.prepare('SELECT course_id, course_name FROM issued_document').get()).toEqual({ course_id: null, course_name: 'Norsk A2' });
    db.prepare(`DELETE FROM participant WHERE id = 'p1'`).run();
    expect(db.prepare('SELECT count(*) FROM issued_document').pluck().get()).toBe(0);
  });
});
