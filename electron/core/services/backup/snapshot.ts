import BetterSqlite3, { type Database } from 'better-sqlite3';
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { format } from 'date-fns';
import { encryptBytes, encryptFile, type BackupKey } from './encryption';
import { sha256File } from './file-hash';
import {
  databaseFileName,
  encryptedSuffix,
  manifestFileName,
  materialsFolderFor,
  type SnapshotManifest,
} from './manifest';

export interface SnapshotOptions {
  db: Database;
  /** The folder the user picked; each snapshot becomes a folder in it. */
  backupRoot: string;
  /** The live material store, copied beside the snapshots (content-addressed, so only new files). */
  materialsDir?: string;
  appVersion: string;
  now?: Date;
  /** Set for a password-encrypted backup (derive it once with deriveKey). */
  key?: BackupKey;
  /**
   * Keys to keep with the database, as the bytes of their key file (`read` answers undefined
   * when there is none); stored (encrypted) only when `key` is set. They come from memory,
   * not from a file, so a key kept in the OS keychain travels the same way.
   */
  secretFiles?: readonly { name: SnapshotManifest['secretFiles'][number]; read: () => Buffer | undefined }[];
}

export class BackupVerifyError extends Error {
  constructor(readonly detail: string) {
    super(`The backup did not pass its check: ${detail}`);
    this.name = 'BackupVerifyError';
  }
}

/**
 * Takes one consistent snapshot with SQLite's online backup API, checks it (integrity
 * check and row counts equal to the live database) and only then gives it its final name:
 * a folder without manifest.json is never a backup. Material files are copied into the
 * shared materials folder first, so a finished snapshot never points at a missing file.
 */
export async function takeSnapshot(options: SnapshotOptions): Promise<SnapshotManifest> {
  const now = options.now ?? new Date();
  await mkdir(options.backupRoot, { recursive: true });
  const id = freeSnapshotId(options.backupRoot, now);
  const partial = join(options.backupRoot, `.partial-${id}`);
  await mkdir(partial);
  try {
    const plainDatabase = join(partial, databaseFileName);
    await options.db.backup(plainDatabase);
    // No await between the end of the backup and the two counts: nothing else can write
    // to the live database in between, so the numbers must agree exactly.
    const counts = verifyAgainstLive(options.db, plainDatabase);
    const databaseSha256 = await sha256File(plainDatabase);
    const materialsFolder = materialsFolderFor(options.key?.salt);
    const materials = options.materialsDir
      ? await copyMaterials(options.materialsDir, join(options.backupRoot, materialsFolder), options.key)
      : [];
    const secretFiles: SnapshotManifest['secretFiles'] = [];
    if (options.key) {
      await encryptFile(plainDatabase, plainDatabase + encryptedSuffix, options.key);
      await rm(plainDatabase);
      for (const secret of options.secretFiles ?? []) {
        const data = secret.read();
        if (!data) continue;
        await encryptBytes(data, join(partial, secret.name + encryptedSuffix), options.key);
        secretFiles.push(secret.name);
      }
    }
    const manifest: SnapshotManifest = {
      format: 'sprakbro-backup',
      formatVersion: 1,
      id,
      takenAt: now.toISOString(),
      appVersion: options.appVersion,
      schemaVersion: options.db.pragma('user_version', { simple: true }) as number,
      counts,
      encrypted: Boolean(options.key),
      databaseSha256,
      materialsFolder,
      materials,
      secretFiles,
    };
    await writeFile(join(partial, manifestFileName), JSON.stringify(manifest, null, 2) + '\n', { flag: 'wx' });
    await rename(partial, join(options.backupRoot, id));
    return manifest;
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Opens the copy read-only, runs integrity_check and compares every table's row count with the live one. */
function verifyAgainstLive(live: Database, copyFile: string): Record<string, number> {
  const liveCounts = tableCounts(live);
  // The copy keeps the live file's WAL mode; as a single file at rest it should not need
  // -wal/-shm companions (openDatabase turns WAL back on when it is used again).
  const writable = new BetterSqlite3(copyFile, { fileMustExist: true });
  writable.pragma('journal_mode = DELETE');
  writable.close();
  const copy = new BetterSqlite3(copyFile, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupVerifyError(`integrity_check: ${String(integrity)}`);
    const copyCounts = tableCounts(copy);
    for (const [table, count] of Object.entries(liveCounts)) {
      if (copyCounts[table] !== count) throw new BackupVerifyError(`${table}: ${count} rows live, ${String(copyCounts[table])} in the copy`);
    }
    return copyCounts;
  } finally {
    copy.close();
  }
}

/** Rows per ordinary table (full-text shadow tables and SQLite's own left out). */
export function tableCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  const shadow = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'").pluck().all() as string[]).flatMap(
      (name) => ['data', 'idx', 'content', 'docsize', 'config'].map((suffix) => `${name}_${suffix}`),
    ),
  );
  const counts: Record<string, number> = {};
  for (const table of tables) {
    if (shadow.has(table)) continue;
    counts[table] = db.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number;
  }
  return counts;
}

/** Copies the material store's files that the backup folder does not have yet; returns all their paths. */
async function copyMaterials(materialsDir: string, target: string, key: BackupKey | undefined): Promise<string[]> {
  if (!existsSync(materialsDir)) return [];
  const paths: string[] = [];
  for (const file of await listFiles(materialsDir)) {
    const path = relative(materialsDir, file).split(sep).join('/');
    paths.push(path);
    const destination = join(target, path) + (key ? encryptedSuffix : '');
    if (existsSync(destination)) continue;
    await mkdir(dirname(destination), { recursive: true });
    // Written under a temporary name and renamed, so an interrupted copy is never taken for a whole one.
    const temporary = `${destination}.partial`;
    await rm(temporary, { force: true });
    if (key) await encryptFile(file, temporary, key);
    else await copyFile(file, temporary);
    await rename(temporary, destination);
  }
  return paths.sort();
}

/** Every regular file under a folder, skipping hidden and unfinished ones and the store's staging folder. */
async function listFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.endsWith('.partial') || entry.name.endsWith('.tmp')) continue;
    // Files still being received by the material store are not material yet.
    if (entry.isDirectory() && entry.name === 'staging') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile() && (await stat(path)).size > 0) files.push(path);
  }
  return files;
}

/** Folder names sort by time and read as dates: sprakbro-2026-11-24-103000. */
function freeSnapshotId(backupRoot: string, now: Date): string {
  const base = `sprakbro-${format(now, 'yyyy-MM-dd-HHmmss')}`;
  let id = base;
  for (let suffix = 2; existsSync(join(backupRoot, id)) || existsSync(join(backupRoot, `.partial-${id}`)); suffix += 1) {
    id = `${base}-${suffix}`;
  }
  return id;
}
