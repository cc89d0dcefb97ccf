import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { withStatementCache } from '../../../../electron/core/db/statement-cache';

describe('statement cache', () => {
  it('compiles each SQL text once and hands a statement back in its default mode', () => {
    const db = withStatementCache(openDatabase(':memory:'));
    db.exec('CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)');
    db.prepare('INSERT INTO item (name) VALUES (?)').run('hammer');
    const sql = 'SELECT id, name FROM item';
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql).pluck().get()).toBe(1);
    // An earlier caller's pluck() does not leak into the next one.
    expect(db.prepare(sql).get()).toEqual({ id: 1, name: 'hammer' });
    expect(db.prepare(sql).raw().all()).toEqual([[1, 'hammer']]);
    expect(db.prepare(sql).all()).toEqual([{ id: 1, name: 'hammer' }]);
  });

  it('leaves transactions, pragmas and getters to the connection', () => {
    const db = withStatementCache(openDatabase(':memory:'));
    db.exec('CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)');
    const insert = db.transaction((name: string) => {
      expect(db.inTransaction).toBe(true);
      db.prepare('INSERT INTO item (name) VALUES (?)').run(name);
      if (name === 'broken') throw new Error('roll back');
    });
    insert('saw');
    expect(() => insert('broken')).toThrow('roll back');
    expect(db.prepare('SELECT name FROM item').pluck().all()).toEqual(['saw']);
    expect(db.open).toBe(true);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
