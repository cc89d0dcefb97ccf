import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
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

/** The fixed fields of the header hold what SQLite requires (sqlite.org/fileformat.html). */
function isPlausibleHeader(header: Buffer): boolean {
  const pageSize = header.readUInt16BE(16);
  const validPageSize = pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
  const validFormat = [1, 2].includes(header[18]!) && [1, 2].includes(header[19]!);
  const validFractions = header[21] === 64 && header[22] === 32 && header[23] === 32;
  return validPageSize && validFormat && validFractions;
}

/** The 100-byte database header, or undefined when the file does not start like SQLite. */
function readSqliteHeader(file: string): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return read === 100 && header.subarray(0, 16).equals(sqliteHeader) && isPlausibleHeader(header) ? header : undefined;
  } finally {
    closeSync(fd);
  }
}

function newerError(version: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'database_newer',
    `The database was made by a newer Språkbro (schema ${version}; this app knows ${latestSchemaVersion}).`,
    { found: version, known: latestSchemaVersion },
  );
}

/**
 * Looks at an existing file without writing to it: is it SQLite, is it readable, and which
 * schema version does it carry. A newer or broken database is refused before WAL mode or a
 * migration could change a byte, and without leaving anything next to it.
 */
function inspectExisting(file: string): number {
  if (statSync(file).size === 0) return 0;
  const header = readSqliteHeader(file);
  if (!header) {
    throw new DatabaseOpenError('database_corrupt', `${file} is not a Språkbro database`);
  }
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((side) => !existsSync(side));
  // user_version sits at byte 60 of the header. With no -wal file the header is the whole
  // truth, so a newer database is refused without opening it at all.
  const headerVersion = header.readUInt32BE(60);
  if (headerVersion > latestSchemaVersion && sideFiles.length === 2) throw newerError(headerVersion);
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
    // Even a read-only connection creates -wal and -shm beside a WAL-mode file; remove the
    // ones this probe made, so a refused file is left exactly as it was found.
    for (const side of sideFiles) rmSync(side, { force: true });
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
    if (version > latestSchemaVersion) throw newerError(version);
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
