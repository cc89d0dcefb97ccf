import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0010 } from '../../../../electron/core/db/migrations/0010-glossaries';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0010 adds glossary terms, their theme and lesson links and their translations. The test
 * builds version 9 in a file with a class, a theme and a staff member, reopens it so the
 * migration runs, and checks that existing rows are untouched and the new tables keep their rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 9 });
  expect(old.pragma('user_version', { simple: true })).toBe(9);
  old.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A2 barnehage', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO theme (id, course_id, name, start_date, end_date, key_words, created_at, updated_at)
     VALUES ('t1', 'c1', 'På jobb i barnehagen', '2026-09-01', '2026-10-30', '["bleie"]', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(`INSERT INTO staff (id, name, role, position_percent, created_at, updated_at) VALUES ('s1', 'Amina Yusuf', 'assistant', 40, ?, ?)`).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 10 });
});
afterEach(() => db.close());

const term = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(`INSERT INTO glossary_term (id, term, word_class, created_at, updated_at) VALUES (@id, @term, @wordClass, @stamp, @stamp)`)
    .run({ id, term: 'bleie', wordClass: 'noun', stamp, ...extra });

const translation = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO glossary_translation (id, term_id, language, text, direction, status, author_id, created_at, updated_at, deleted_at)
     VALUES (@id, @termId, @language, @text, @direction, @status, @author, @stamp, @stamp, @deleted)`,
  ).run({ id, termId: 'g1', language: 'ar', text: 'حفاضة', direction: 'auto', status: 'draft', author: 's1', stamp, deleted: null, ...extra });

describe('migration 0010-glossaries', () => {
  it('is version 10, keeps existing rows and adds empty glossary tables', () => {
    expect(migration0010).toMatchObject({ version: 10, name: 'glossaries' });
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare('SELECT name FROM theme').pluck().all()).toEqual(['På jobb i barnehagen']);
    expect(db.prepare('SELECT name FROM staff').pluck().all()).toEqual(['Amina Yusuf']);
    for (const table of ['glossary_term', 'glossary_term_theme', 'glossary_term_lesson', 'glossary_translation']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });

  it('checks a term: a word of 1–200 characters and a known word class', () => {
    expect(() => term('g0', { term: '' })).toThrow(/CHECK/);
    expect(() => term('g0', { wordClass: 'substantiv' })).toThrow(/CHECK/);
    term('g1');
    term('g2', { wordClass: null });
    expect(db.prepare('SELECT count(*) FROM glossary_term').pluck().get()).toBe(2);
  });

  it('checks a translation: direction, status, an existing term and one live translation per language', () => {
    term('g1');
    expect(() => translation('x1', { direction: 'up' })).toThrow(/CHECK/);
    expect(() => translation('x2', { status: 'done' })).toThrow(/CHECK/);
    expect(() => translation('x3', { termId: 'nope' })).toThrow(/FOREIGN KEY/);
    translation('x4');
    expect(() => translation('x5')).toThrow(/UNIQUE/);
    translation('x6', { deleted: stamp });
    translation('x7', { language: 'ti', text: 'ዳይፐር' });
    expect(db.prepare('SELECT count(*) FROM glossary_translation').pluck().get()).toBe(3);
  });

  it('drops links with their theme and keeps the translation when its author goes', () => {
    term('g1');
    db.prepare(`INSERT INTO glossary_term_theme (term_id, theme_id) VALUES ('g1', 't1')`).run();
    expect(() => db.prepare(`INSERT INTO glossary_term_theme (term_id, theme_id) VALUES ('g1', 'nope')`).run()).toThrow(/FOREIGN KEY/);
    translation('x1');
    db.prepare(`DELETE FROM staff WHERE id = 's1'`).run();
    expect(db.prepare(`SELECT author_id FROM glossary_translation WHERE id = 'x1'`).pluck().get()).toBeNull();
    db.prepare(`DELETE FROM theme WHERE id = 't1'`).run();
    expect(db.prepare('SELECT count(*) FROM glossary_term_theme').pluck().get()).toBe(0);
  });
});
