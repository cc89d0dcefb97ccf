import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0008 } from '../../../../electron/core/db/migrations/0008-materials';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0008 adds material, its goals and the lessons that use it. The test builds version 7 in a
 * file with a participant, a site with a placement and a lesson, reopens it so the migration
 * runs, and checks that existing rows are untouched and the new tables keep their rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
const hash = (char: string) => char.repeat(64);
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 7 });
  expect(old.pragma('user_version', { simple: true })).toBe(7);
  old.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES ('c1', 'Norsk A2 arbeid', '2026-08-17', '2027-06-18', 'A1', 'A2', 1, '{}', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(`INSERT INTO practice_site (id, name, created_at, updated_at) VALUES ('s1', 'Kafé Nordlys', ?, ?)`).run(stamp, stamp);
  old.prepare(
    `INSERT INTO placement (id, participant_id, site_id, start_date, end_date, created_at, updated_at)
     VALUES ('pl1', 'p1', 's1', '2026-08-24', '2027-01-29', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO lesson (id, course_id, date, start_time, end_time, title, body_html, created_at, updated_at)
     VALUES ('l1', 'c1', '2026-09-14', '09:00', '11:00', 'Kjøkkenet', '<p>Tekst</p>', ?, ?)`,
  ).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 8 });
});
afterEach(() => db.close());

const material = (id: string, extra: Record<string, unknown> = {}) =>
  db.prepare(
    `INSERT INTO material (id, sha256, kind, media_type, original_name, size, date, participant_id, placement_id, site_id, tags,
       created_at, updated_at)
     VALUES (@id, @sha, @kind, @type, @name, @size, @date, @participant, @placement, @site, @tags, @stamp, @stamp)`,
  ).run({
    id, sha: hash('a'), kind: 'image', type: 'image/jpeg', name: 'bilde.jpg', size: 10, date: '2026-09-14',
    participant: 'p1', placement: 'pl1', site: 's1', tags: '[]', stamp, ...extra,
  });

describe('migration 0008-materials', () => {
  it('is version 8, keeps existing rows and adds empty material tables', () => {
    expect(migration0008).toMatchObject({ version: 8, name: 'materials' });
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT title, body_html FROM lesson').get()).toEqual({ title: 'Kjøkkenet', body_html: '<p>Tekst</p>' });
    expect(db.prepare('SELECT id FROM placement').pluck().all()).toEqual(['pl1']);
    for (const table of ['material', 'material_goal', 'lesson_material']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });

  it('checks a material: a SHA-256, a known kind, a size, a date, tags as a JSON array', () => {
    material('m1');
    expect(db.prepare("SELECT others_appear, others_consent, has_thumbnail, caption, date_from_exif FROM material").get()).toEqual({
      others_appear: 0, others_consent: 0, has_thumbnail: 0, caption: '', date_from_exif: 0,
    });
    expect(() => material('m2', { sha: 'abc' })).toThrow(/CHECK/);
    expect(() => material('m3', { sha: hash('A') })).toThrow(/CHECK/);
    expect(() => material('m4', { sha: hash('b'), kind: 'svg' })).toThrow(/CHECK/);
    expect(() => material('m5', { sha: hash('c'), size: 0 })).toThrow(/CHECK/);
    expect(() => material('m6', { sha: hash('d'), date: '14.09.2026' })).toThrow(/CHECK/);
    expect(() => material('m7', { sha: hash('e'), tags: '{}' })).toThrow(/CHECK/);
    expect(() => material('m8', { sha: hash('f'), participant: 'nobody' })).toThrow(/FOREIGN KEY/);
  });

  it('keeps each file once: the same SHA-256 twice is refused', () => {
    material('m1');
    expect(() => material('m2')).toThrow(/UNIQUE/);
  });

  it('links goals and lessons, and drops links and material with their owners', () => {
    material('m1');
    material('m2', { sha: hash('b'), participant: null, placement: null });
    db.prepare(
      `INSERT INTO goal (id, source, level, skill, domain, text_nb, created_at, updated_at)
       VALUES ('g1', 'teacher', 'A2', 'lese', 'arbeidsliv', 'Jeg kan lese en vaktliste', ?, ?)`,
    ).run(stamp, stamp);
    db.prepare(
      `INSERT INTO material_goal (material_id, goal_id, position, created_at, updated_at) VALUES ('m1', 'g1', 0, ?, ?)`,
    ).run(stamp, stamp);
    expect(() =>
      db.prepare(`INSERT INTO material_goal (material_id, goal_id, created_at, updated_at) VALUES ('m1', 'nope', ?, ?)`).run(stamp, stamp),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO lesson_material (lesson_id, material_id, created_at) VALUES ('l1', 'm1', @s), ('l1', 'm2', @s)`).run({ s: stamp });
    // A placement or site that goes leaves the material with its participant.
    db.prepare("DELETE FROM placement WHERE id = 'pl1'").run();
    db.prepare("DELETE FROM practice_site WHERE id = 's1'").run();
    expect(db.prepare("SELECT participant_id, placement_id, site_id FROM material WHERE id = 'm1'").get()).toEqual({
      participant_id: 'p1', placement_id: null, site_id: null,
    });
    // The participant's material goes with them when they are purged, and its links with it.
    db.prepare("DELETE FROM participant WHERE id = 'p1'").run();
    expect(db.prepare('SELECT id FROM material').pluck().all()).toEqual(['m2']);
    expect(db.prepare('SELECT count(*) FROM material_goal').pluck().get()).toBe(0);
    expect(db.prepare('SELECT material_id FROM lesson_material').pluck().all()).toEqual(['m2']);
    db.prepare("DELETE FROM lesson WHERE id = 'l1'").run();
    expect(db.prepare('SELECT count(*) FROM lesson_material').pluck().get()).toBe(0);
  });
});
