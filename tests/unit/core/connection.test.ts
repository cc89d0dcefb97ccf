import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../../electron/core/db/connection';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { fileHash, tempDir } from '../helpers/temp-dir';

/** Calls `open` and returns the DatabaseOpenError it throws; fails the test on anything else. */
function openError(open: () => unknown): DatabaseOpenError {
  try {
    const db = open() as { close?: () => void };
    db.close?.();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error('openDatabase did not refuse the file');
}

/** A plain SQLite file written by someone else, with the given user_version and journal mode. */
function writeForeignDatabase(file: string, userVersion: number, journal: 'delete' | 'wal'): void {
  const db = new BetterSqlite3(file);
  db.pragma(`journal_mode = ${journal}`);
  db.exec("CREATE TABLE future_thing (id TEXT PRIMARY KEY, data TEXT); INSERT INTO future_thing VALUES ('a', 'b');");
  db.pragma(`user_version = ${userVersion}`);
  db.close();
}

/** A migrated Språkbro database with some rows, big enough to span many pages. */
function writeAppDatabase(file: string): void {
  const db = openDatabase(file);
  const insert = db.prepare(
    `INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES (?, ?, 'other', 'x', 'x')`,
  );
  for (let i = 0; i < 500; i++) insert.run(`p${i}`, `Deltaker ${i} ${'x'.repeat(150)}`);
  db.close();
}

const siblingsOf = (dir: string) => readdirSync(dir).sort();

describe('openDatabase', () => {
  it('creates a new file database with WAL, foreign keys and the latest schema version', () => {
    const file = join(tempDir(), 'sprakbro.db');
    const db = openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(latestSchemaVersion).toBeGreaterThanOrEqual(1);
    } finally {
      db.close();
    }
    expect(existsSync(file)).toBe(true);
  });

  it('reopens its own database without migrating it again, keeping the rows', () => {
    const file = join(tempDir(), 'sprakbro.db');
    writeAppDatabase(file);
    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(db.prepare('SELECT count(*) FROM participant').pluck().get()).toBe(500);
    } finally {
      db.close();
    }
  });

  it('treats an empty file as a new database', () => {
    const file = join(tempDir(), 'sprakbro.db');
    writeFileSync(file, '');
    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'participant'").pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('builds an older schema when asked for a target version', () => {
    const file = join(tempDir(), 'sprakbro.db');
    const db = openDatabase(file, { targetVersion: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    upgraded.close();
  });

  it.each(['delete', 'wal'] as const)(
    'refuses a database from a newer app (journal mode %s) and leaves it untouched',
    (journal) => {
      const dir = tempDir();
      const file = join(dir, 'sprakbro.db');
      writeForeignDatabase(file, latestSchemaVersion + 7, journal);
      const before = fileHash(file);
      const filesBefore = siblingsOf(dir);

      const error = openError(() => openDatabase(file));
      expect(error.code).toBe('database_newer');
      expect(error.params).toEqual({ found: latestSchemaVersion + 7, known: latestSchemaVersion });

      expect(fileHash(file)).toBe(before);
      expect(siblingsOf(dir)).toEqual(filesBefore);
      expect(existsSync(`${file}-wal`)).toBe(false);
      expect(existsSync(`${file}-shm`)).toBe(false);
    },
  );

  const garbage: [label: string, content: () => Buffer][] = [
    ['random bytes', () => randomBytes(64 * 1024)],
    ['a text file', () => Buffer.from('Dette er ikke en database.\nهذا ليس قاعدة بيانات\n'.repeat(200), 'utf8')],
    ['a few bytes', () => Buffer.from('SQLite')],
    ['only the SQLite magic', () => Buffer.from('SQLite format 3\0', 'latin1')],
    ['the SQLite magic and garbage', () => Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), randomBytes(8192)])],
  ];
  it.each(garbage)('refuses %s as database_corrupt and leaves it untouched', (_label, content) => {
    const dir = tempDir();
    const file = join(dir, 'sprakbro.db');
    writeFileSync(file, content());
    const before = fileHash(file);

    const error = openError(() => openDatabase(file));
    expect(error.code).toBe('database_corrupt');
    expect(fileHash(file)).toBe(before);
    expect(siblingsOf(dir)).toEqual(['sprakbro.db']);
  });

  it.each(['delete', 'wal'] as const)(
    'refuses a truncated database (journal mode %s) as database_corrupt and leaves it untouched',
    (journal) => {
      const dir = tempDir();
      const file = join(dir, 'sprakbro.db');
      writeAppDatabase(file);
      if (journal === 'delete') {
        const db = new BetterSqlite3(file);
        db.pragma('journal_mode = delete');
        db.close();
      }
      const size = readFileSync(file).length;
      expect(size).toBeGreaterThan(64 * 1024);
      truncateSync(file, Math.floor(size / 2));
      const before = fileHash(file);

      const error = openError(() => openDatabase(file));
      expect(error.code).toBe('database_corrupt');
      expect(fileHash(file)).toBe(before);
      expect(siblingsOf(dir)).toEqual(['sprakbro.db']);
    },
  );

  it('refuses a database truncated inside its first page', () => {
    const dir = tempDir();
    const file = join(dir, 'sprakbro.db');
    writeAppDatabase(file);
    truncateSync(file, 1000);
    const before = fileHash(file);
    expect(openError(() => openDatabase(file)).code).toBe('database_corrupt');
    expect(fileHash(file)).toBe(before);
  });

  it('names the file in the error message and is an Error', () => {
    const file = join(tempDir(), 'sprakbro.db');
    writeFileSync(file, 'not sqlite');
    const error = openError(() => openDatabase(file));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DatabaseOpenError');
    expect(error.message).toContain(file);
  });

  it('opens an in-memory database for tests', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
  });
});
