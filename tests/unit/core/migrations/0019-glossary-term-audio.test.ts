import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0019 } from '../../../../electron/core/db/migrations/0019-glossary-term-audio';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0019 gives a glossary term an optional audio recording from the material store. The test
 * builds version 18 with a term that has a picture, reopens it so the migration runs, and
 * checks that the term keeps its picture, has no audio yet, and that the new link follows
 * the material.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

const material = (target: Database, id: string, kind: string) =>
  target
    .prepare(
      `INSERT INTO material (id, sha256, kind, media_type, original_name, size, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 10, ?, ?)`,
    )
    .run(id, id.padEnd(64, '0'), kind, kind === 'audio' ? 'audio/wav' : 'image/png', `${id}.bin`, stamp, stamp);

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 18 });
  material(old, 'a1', 'image');
  old.prepare(`INSERT INTO glossary_term (id, term, material_id, created_at, updated_at) VALUES ('g1', 'bleie', 'a1', ?, ?)`).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 19 });
});
afterEach(() => db.close());

describe('migration 0019-glossary-term-audio', () => {
  it('is version 19 and keeps the term and its picture, without audio', () => {
    expect(migration0019).toMatchObject({ version: 19, name: 'glossary-term-audio' });
    expect(db.pragma('user_version', { simple: true })).toBe(19);
    expect(db.prepare('SELECT term, material_id, audio_material_id FROM glossary_term').get()).toEqual({
      term: 'bleie',
      material_id: 'a1',
      audio_material_id: null,
    });
  });

  it('links only to an existing material and lets go when the material is removed for good', () => {
    expect(() => db.prepare(`UPDATE glossary_term SET audio_material_id = 'nope' WHERE id = 'g1'`).run()).toThrow(/FOREIGN KEY/);
    material(db, 'b2', 'audio');
    db.prepare(`UPDATE glossary_term SET audio_material_id = 'b2' WHERE id = 'g1'`).run();
    db.prepare(`DELETE FROM material WHERE id = 'b2'`).run();
    expect(db.prepare('SELECT audio_material_id FROM glossary_term').pluck().get()).toBeNull();
  });
});
