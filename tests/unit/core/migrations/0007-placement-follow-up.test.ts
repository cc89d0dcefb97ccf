import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migration0007 } from '../../../../electron/core/db/migrations/0007-placement-follow-up';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0007 adds the follow-up of a placement. The test builds version 6 in a file with a
 * participant, a site and a placement, reopens it so the migration runs, and checks that the
 * placement is kept (with 6 hours a day) and that the new tables keep their rules.
 */
const stamp = '2026-09-14T10:00:00.000Z';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 6 });
  old.prepare(`INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`).run(stamp, stamp);
  old.prepare(`INSERT INTO practice_site (id, name, created_at, updated_at) VALUES ('s1', 'Solsikken barnehage', ?, ?)`).run(stamp, stamp);
  old.prepare(
    `INSERT INTO placement (id, participant_id, site_id, start_date, end_date, weekdays, created_at, updated_at)
     VALUES ('x1', 'p1', 's1', '2026-08-24', '2027-01-29', '["mon","tue"]', ?, ?)`,
  ).run(stamp, stamp);
  old.prepare(
    `INSERT INTO goal (id, source, level, skill, domain, text_nb, text_en, status, created_at, updated_at)
     VALUES ('g1', 'teacher', 'A2', 'lese', 'arbeidsliv', 'Jeg kan lese en vaktliste', '', 'active', ?, ?)`,
  ).run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 7 });
});
afterEach(() => db.close());

const insert = (sql: string, values: Record<string, unknown>) => db.prepare(sql).run({ stamp, ...values });
const task = (id: string, extra: Record<string, unknown> = {}) =>
  insert(
    `INSERT INTO buddy_task (id, placement_id, text, given_on, due_on, status, answered_on, created_at, updated_at)
     VALUES (@id, @placement, @text, @given, @due, @status, @answered, @stamp, @stamp)`,
    { id, placement: 'x1', text: 'Vis vaktlista', given: '2026-09-08', due: null, status: 'given', answered: null, ...extra },
  );

describe('migration 0007-placement-follow-up', () => {
  it('is version 7, keeps the placement and gives it 6 hours a day', () => {
    expect(migration0007).toMatchObject({ version: 7, name: 'placement-follow-up' });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
    expect(db.prepare('SELECT id, weekdays, hours_per_day FROM placement').all()).toEqual([{ id: 'x1', weekdays: '["mon","tue"]', hours_per_day: 6 }]);
    for (const table of ['training_plan', 'training_plan_goal', 'status_meeting', 'site_visit', 'buddy_task']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(() => db.prepare("UPDATE placement SET hours_per_day = 0 WHERE id = 'x1'").run()).toThrow(/CHECK/);
  });

  it('keys training-plan goals by (placement_id, goal_id) and refuses unknown goals and task lists that are not arrays', () => {
    const goal = (goalId: string, position = 0) =>
      insert('INSERT INTO training_plan_goal (placement_id, goal_id, position, created_at, updated_at) VALUES (@p, @g, @pos, @stamp, @stamp)', { p: 'x1', g: goalId, pos: position });
    goal('g1');
    expect(() => goal('g1', 1)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => goal('missing')).toThrow(/FOREIGN KEY/);
    const plan = (tasks: string) =>
      insert('INSERT INTO training_plan (placement_id, tasks, created_at, updated_at) VALUES (@p, @tasks, @stamp, @stamp)', { p: 'x1', tasks });
    expect(() => plan('{}')).toThrow(/CHECK/);
    plan('[{"text":"Dekke på","status":"planned"}]');
    expect(db.prepare('SELECT agreed_on, agreed_with, note FROM training_plan').get()).toEqual({ agreed_on: null, agreed_with: '', note: '' });
  });

  it('checks buddy tasks: text, status, due and answer dates', () => {
    expect(() => task('t0', { text: '' })).toThrow(/CHECK/);
    expect(() => task('t1', { status: 'lost' })).toThrow(/CHECK/);
    expect(() => task('t2', { due: '2026-09-01' })).toThrow(/CHECK/);
    expect(() => task('t3', { answered: '2026-09-10' })).toThrow(/CHECK/);
    expect(() => task('t4', { status: 'answered', answered: '2026-09-01' })).toThrow(/CHECK/);
    task('t5', { status: 'answered', answered: '2026-09-10', due: '2026-09-15' });
    expect(() => task('t6', { placement: 'missing' })).toThrow(/FOREIGN KEY/);
  });

  it('removes the follow-up with its placement', () => {
    insert(`INSERT INTO status_meeting (id, placement_id, date, attendees, created_at, updated_at) VALUES ('m1', 'x1', '2026-11-20', '["buddy"]', @stamp, @stamp)`, {});
    expect(() => insert(`INSERT INTO status_meeting (id, placement_id, date, attendees, created_at, updated_at) VALUES ('m2', 'x1', '2026-11-20', 'buddy', @stamp, @stamp)`, {})).toThrow(/CHECK|JSON/);
    insert(`INSERT INTO site_visit (id, placement_id, date, created_at, updated_at) VALUES ('v1', 'x1', '2026-09-15', @stamp, @stamp)`, {});
    insert(`INSERT INTO training_plan_goal (placement_id, goal_id, created_at, updated_at) VALUES ('x1', 'g1', @stamp, @stamp)`, {});
    task('t1');
    db.prepare("DELETE FROM placement WHERE id = 'x1'").run();
    for (const table of ['training_plan_goal', 'status_meeting', 'site_visit', 'buddy_task']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });
});
