import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/connection';
import { latestSchemaVersion, migrations } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migrations/types';
import { hashDatabase } from '../helpers/db-dump';

const migrationsDir = fileURLToPath(new URL('../../../electron/core/db/migrations/', import.meta.url));
const testsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

const open: Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});
function freshDb(): Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  open.push(db);
  return db;
}

const version = (db: Database) => db.pragma('user_version', { simple: true });
const tables = (db: Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

describe('the migration list', () => {
  it('numbers migrations 1, 2, 3, … without gaps, in order', () => {
    expect(migrations.map((step) => step.version)).toEqual(migrations.map((_step, index) => index + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('has one file per migration, named NNNN-name.ts after its version and name', () => {
    const files = readdirSync(migrationsDir).filter((file) => /^\d{4}-.+\.ts$/.test(file)).sort();
    const expected = migrations.map((step) => `${String(step.version).padStart(4, '0')}-${step.name}.ts`);
    expect(files).toEqual(expected);
  });

  it('has a test file for every migration (DESIGN.md "Data and files")', () => {
    for (const step of migrations) {
      const name = `${String(step.version).padStart(4, '0')}-${step.name}.test.ts`;
      expect(existsSync(`${testsDir}${name}`), `tests/unit/core/migrations/${name}`).toBe(true);
    }
  });
});

describe('migrate', () => {
  const createTable = (version: number, table: string): Migration => ({
    version,
    name: `make-${table}`,
    up: (db) => db.exec(`CREATE TABLE ${table} (id TEXT PRIMARY KEY) STRICT`),
  });
  const failing = (version: number): Migration => ({
    version,
    name: 'broken',
    up: (db) => {
      db.exec("CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT; INSERT INTO half_done VALUES ('x')");
      throw new Error('step failed on purpose');
    },
  });

  it('applies the steps above the current version, in order, and records each', () => {
    const db = freshDb();
    migrate(db, [createTable(1, 'one')]);
    expect(version(db)).toBe(1);
    migrate(db, [createTable(1, 'one'), createTable(2, 'two'), createTable(3, 'three')]);
    expect(version(db)).toBe(3);
    expect(tables(db)).toEqual(['one', 'three', 'two']);
  });

  it('rolls back a failing step and keeps the previous version', () => {
    const db = freshDb();
    migrate(db, [createTable(1, 'one')]);
    db.prepare("INSERT INTO one VALUES ('kept')").run();
    const before = hashDatabase(db);

    expect(() => migrate(db, [createTable(1, 'one'), failing(2), createTable(3, 'three')])).toThrow('step failed on purpose');
    expect(version(db)).toBe(1);
    expect(tables(db)).toEqual(['one']);
    expect(hashDatabase(db)).toBe(before);
  });

  it('keeps the steps that succeeded before the failing one', () => {
    const db = freshDb();
    expect(() => migrate(db, [createTable(1, 'one'), createTable(2, 'two'), failing(3)])).toThrow();
    expect(version(db)).toBe(2);
    expect(tables(db)).toEqual(['one', 'two']);
  });

  it('leaves a fresh database empty when the very first step fails', () => {
    const db = freshDb();
    expect(() => migrate(db, [failing(1)])).toThrow();
    expect(version(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('rolls back a real migration that fails half-way', () => {
    const db = freshDb();
    const [first] = migrations;
    const broken: Migration = { ...first!, up: (inner) => { first!.up(inner); throw new Error('disk full'); } };
    expect(() => migrate(db, [broken])).toThrow('disk full');
    expect(version(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });
});
