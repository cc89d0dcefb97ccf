import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0011 adds sensitive notes and their log. The test builds version 10 with a participant,
 * migrates, and checks the participant is untouched and the new tables keep their rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 10 });
  expect(old.pragma('user_version', { simple: true })).toBe(10);
  old.prepare(`INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 11 });
});
afterEach(() => db.close());

const note = (id: string, extra: Record<string, unknown> = {}) =>
  db
    .prepare(`INSERT INTO sensitive_note (id, participant_id, category, ciphertext, created_at, updated_at) VALUES (@id, 'p1', @category, @cipher, @stamp, @stamp)`)
    .run({ id, category: 'health', cipher: Buffer.alloc(40, 1), stamp, ...extra });

describe('migration 0011: sensitive notes', () => {
  it('keeps existing participants and stores a note with its log', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.prepare('SELECT given_name FROM participant').pluck().all()).toEqual(['Hodan']);
    note('n1');
    db.prepare(`INSERT INTO sensitive_note_log (id, note_id, participant_id, action, role, at) VALUES ('l1', 'n1', 'p1', 'open', 'teacher', ?)`).run(stamp);
    expect(db.prepare('SELECT count(*) FROM sensitive_note_log').pluck().get()).toBe(1);
  });

  it('refuses unknown categories, empty ciphertext and notes of unknown participants', () => {
    expect(() => note('n2', { category: 'gossip' })).toThrow(/CHECK/u);
    expect(() => note('n3', { cipher: Buffer.alloc(10) })).toThrow(/CHECK/u);
    expect(() => db.prepare(`INSERT INTO sensitive_note (id, participant_id, category, ciphertext, created_at, updated_at) VALUES ('n4', 'nobody', 'other', ?, ?, ?)`).run(Buffer.alloc(40), stamp, stamp)).toThrow(/FOREIGN KEY/u);
  });

  it('removes a participant’s notes and log when the participant is purged', () => {
    note('n1');
    db.prepare(`INSERT INTO sensitive_note_log (id, note_id, participant_id, action, role, at) VALUES ('l1', 'n1', 'p1', 'create', 'teacher', ?)`).run(stamp);
    db.prepare(`DELETE FROM participant WHERE id = 'p1'`).run();
    expect(db.prepare('SELECT count(*) FROM sensitive_note').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM sensitive_note_log').pluck().get()).toBe(0);
  });
});
