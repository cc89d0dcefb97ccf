import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0018 } from '../../../../electron/core/db/migrations/0018-user-languages';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0018 adds the languages users add beside the built-in list. The test builds version 17 with
 * a glossary term and a translation, reopens it so the migration runs, and checks that the
 * glossary is untouched and the new table keeps its rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 17 });
  old.prepare(`INSERT INTO glossary_term (id, term, word_class, created_at, updated_at) VALUES ('g1', 'bleie', 'noun', ?, ?)`).run(stamp, stamp);
  old.prepare(
    `INSERT INTO glossary_translation (id, term_id, language, text, created_at, updated_at) VALUES ('x1', 'g1', 'ti', 'ዳይፐር', ?, ?)`,
  ).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 18 });
});
afterEach(() => db.close());

const language = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO user_language (id, code, name, direction, created_at, updated_at, deleted_at)
     VALUES (@id, @code, @name, @direction, @stamp, @stamp, @deleted)`,
  ).run({ id, code: 'ha', name: 'hausa', direction: 'ltr', stamp, deleted: null, ...extra });

describe('migration 0018-user-languages', () => {
  it('is version 18, keeps the glossary and adds an empty language table', () => {
    expect(migration0018).toMatchObject({ version: 18, name: 'user-languages' });
    expect(db.pragma('user_version', { simple: true })).toBe(18);
    expect(db.prepare('SELECT text FROM glossary_translation').pluck().all()).toEqual(['ዳይፐር']);
    expect(db.prepare('SELECT count(*) FROM user_language').pluck().get()).toBe(0);
  });

  it('takes two or three lower-case letters, a name and a direction', () => {
    for (const code of ['H', 'HA', 'h1', 'hausa', 'ha-NG', '']) expect(() => language(`bad-${code}`, { code }), code).toThrow(/CHECK/);
    expect(() => language('n0', { name: '' })).toThrow(/CHECK/);
    expect(() => language('d0', { direction: 'auto' })).toThrow(/CHECK/);
    language('l1');
    language('l2', { code: 'syr', name: 'syrisk', direction: 'rtl' });
    expect(db.prepare('SELECT code FROM user_language ORDER BY code').pluck().all()).toEqual(['ha', 'syr']);
  });

  it('keeps one live row per code; a deleted one may be added again', () => {
    language('l1', { deleted: stamp });
    language('l2');
    expect(() => language('l3')).toThrow(/UNIQUE/);
  });
});
