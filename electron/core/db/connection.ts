import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { latestSchemaVersion, migrations } from './migrations';
import type { Migration } from './migrations/types';

export type DatabaseOpenErrorCode = 'database_newer' | 'database_corrupt';

/** The database file cannot be used; the file is left exactly as it was. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: DatabaseOpenErrorCode,
    message: string,
    readonly params: Record<string, number | string> = {},
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 16 && header.equals(sqliteHeader);
  } finally {
    closeSync(fd);
  }
}

/**
 * Looks at an existing file without writing to it: is it SQLite, is it readable, and which
 * schema version does it carry. Opening read-only first means a newer or broken database is
 * refused before WAL mode or a migration could change a byte.
 */
function inspectExisting(file: string): number {
  if (statSync(file).size === 0) return 0;
  if (!hasSqliteHeader(file)) {
    throw new DatabaseOpenError('database_corrupt', `${file} is not a Språkbro database`);
  }
  let probe: Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    probe.pragma('schema_version');
    probe.prepare('SELECT count(*) FROM sqlite_schema').get();
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new DatabaseOpenError('database_corrupt', `${file} cannot be read: ${(error as Error).message}`);
  } finally {
    probe?.close();
  }
}

export function migrate(db: Database, steps: readonly Migration[] = migrations): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const step of steps) {
    if (step.version <= current) continue;
    // One transaction per step: a failing migration leaves the previous version intact.
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
}

export interface OpenOptions {
  /** Apply only migrations up to this version (tests build older schemas this way). */
  targetVersion?: number;
}

/** Opens (or creates) the app database, refusing newer or non-SQLite files, and migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const isMemory = file === ':memory:';
  if (!isMemory && existsSync(file)) {
    const version = inspectExisting(file);
    if (version > latestSchemaVersion) {
      throw new DatabaseOpenError(
        'database_newer',
        `The database was made by a newer Språkbro (schema ${version}; this app knows ${latestSchemaVersion}).`,
        { found: version, known: latestSchemaVersion },
      );
    }
  }
  const db = new BetterSqlite3(file);
  try {
    if (!isMemory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const target = options.targetVersion ?? latestSchemaVersion;
    migrate(db, migrations.filter((step) => step.version <= target));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
