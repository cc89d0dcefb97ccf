import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0014 adds exchange packages. The test builds version 13 with a class, an assistant and a
 * glossary translation, migrates, and checks they are untouched and the new tables keep their rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
const secret = 'a'.repeat(43);
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 13 });
  expect(old.pragma('user_version', { simple: true })).toBeLessThanOrEqual(13);
  old.prepare(`INSERT INTO staff (id, name, role, position_percent, created_at, updated_at) VALUES ('s1', 'Selam Tesfay', 'assistant', 50, ?, ?)`).run(stamp, stamp);
  old.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A1', '2026-08-17', '2027-06-18', 'A1', 'A2', 2, '{}', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(`INSERT INTO glossary_term (id, term, created_at, updated_at) VALUES ('t1', 'bleie', ?, ?)`).run(stamp, stamp);
  old.prepare(`INSERT INTO glossary_translation (id, term_id, language, text, created_at, updated_at) VALUES ('tr1', 't1', 'ar', 'حفاضة', ?, ?)`).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 14 });
});
afterEach(() => db.close());

const send = (id: string, extra: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO exchange_package_sent (id, course_id, assistant_id, assistant_name, secret, from_date, to_date, created_at, updated_at)
       VALUES (@id, 'c1', 's1', 'Selam Tesfay', @secret, @from, '2026-09-27', @stamp, @stamp)`,
    )
    .run({ id, secret, from: '2026-09-14', stamp, ...extra });

describe('migration 0014: exchange packages', () => {
  it('keeps the glossary and stores a package sent with its base translations and a merge', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(14);
    expect(db.prepare('SELECT text FROM glossary_translation').pluck().all()).toEqual(['حفاضة']);
    send('p1');
    db.prepare(
      `INSERT INTO exchange_base_translation (package_id, term_id, language, text, transliteration, example, direction, status)
       VALUES ('p1', 't1', 'ar', 'حفاضة', '', '', 'auto', 'draft')`,
    ).run();
    db.prepare(`INSERT INTO exchange_merge (id, package_id, changes, created_at, updated_at) VALUES ('m1', 'p1', '[]', ?, ?)`).run(stamp, stamp);
    db.prepare(`INSERT INTO exchange_identity (singleton, install_id, created_at) VALUES (1, 'i1', ?)`).run(stamp);
    expect(db.prepare('SELECT count(*) FROM exchange_base_translation').pluck().get()).toBe(1);
  });

  it('refuses a second install id, a short secret, a period ending before it starts and an unknown class', () => {
    db.prepare(`INSERT INTO exchange_identity (singleton, install_id, created_at) VALUES (1, 'i1', ?)`).run(stamp);
    expect(() => db.prepare(`INSERT INTO exchange_identity (singleton, install_id, created_at) VALUES (2, 'i2', ?)`).run(stamp)).toThrow(/CHECK/u);
    expect(() => send('p2', { secret: 'short' })).toThrow(/CHECK/u);
    expect(() => send('p3', { from: '2026-10-01' })).toThrow(/CHECK/u);
    expect(() =>
      db.prepare(
        `INSERT INTO exchange_package_sent (id, course_id, assistant_name, secret, from_date, to_date, created_at, updated_at)
         VALUES ('p4', 'nope', 'X', ?, '2026-09-14', '2026-09-20', ?, ?)`,
      ).run(secret, stamp, stamp),
    ).toThrow(/FOREIGN KEY/u);
  });

  it('removes a class’s packages with their base translations and merges when the class is purged', () => {
    send('p1');
    db.prepare(
      `INSERT INTO exchange_base_translation (package_id, term_id, language, text, transliteration, example, direction, status)
       VALUES ('p1', 't1', 'ar', 'حفاضة', '', '', 'auto', 'draft')`,
    ).run();
    db.prepare(`INSERT INTO exchange_merge (id, package_id, changes, created_at, updated_at) VALUES ('m1', 'p1', '[]', ?, ?)`).run(stamp, stamp);
    db.prepare(`DELETE FROM course WHERE id = 'c1'`).run();
    expect(db.prepare('SELECT count(*) FROM exchange_package_sent').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM exchange_base_translation').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM exchange_merge').pluck().get()).toBe(0);
  });

  it('stores a received package on the assistant’s side', () => {
    db.prepare(
      `INSERT INTO exchange_package_received (id, centre_id, secret, course_name, assistant_name, from_date, to_date, plans, received_at, created_at, updated_at)
       VALUES ('p9', 'i1', ?, 'Norsk A1', 'Selam Tesfay', '2026-09-14', '2026-09-27', '{}', ?, ?, ?)`,
    ).run(secret, stamp, stamp, stamp);
    expect(db.prepare('SELECT term_ids FROM exchange_package_received').pluck().get()).toBe('[]');
  });
});
