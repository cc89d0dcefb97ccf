import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { format } from 'date-fns';
import { latestSchemaVersion } from '../../db/migrations';
import { BackupPasswordError, decryptFile, deriveKey, saltOf } from './encryption';
import { sha256File } from './file-hash';
import {
  databaseFileName,
  encryptedSuffix,
  isSafeMaterialPath,
  type SnapshotManifest,
} from './manifest';
import { readManifest } from './snapshots';
import { BackupVerifyError } from './snapshot';

/** Where the database in use goes when a restore replaces it, so the restore can be undone. */
export const beforeRestoreFolderName = 'before-restore';

export class BackupRestoreError extends Error {
  constructor(
    readonly reason: 'notABackup' | 'newerApp' | 'passwordNeeded' | 'wrongPassword' | 'damaged',
    detail: string = reason,
  ) {
    super(`The backup cannot be restored: ${detail}`);
    this.name = 'BackupRestoreError';
  }
}

export interface RestoreOptions {
  snapshotDir: string;
  /** The live database file. It must be closed by the caller (and reopened afterwards). */
  databasePath: string;
  /** The live material store: files the snapshot refers to are put back where missing. */
  materialsDir?: string;
  password?: string;
  now?: Date;
}

export interface RestoreResult {
  manifest: SnapshotManifest;
  /** The database that was in use before, kept so the restore can be undone. */
  previousDatabase: string;
}

export interface PrepareOptions {
  snapshotDir: string;
  /** Where the checked plain copy of the snapshot's database is written (must not exist). */
  targetFile: string;
  materialsDir?: string;
  password?: string;
  /** Where the snapshot's key files are decrypted to (`<folder>/<name>`), when it carries any. */
  secretFilesDir?: string;
}

/**
 * Makes a checked copy of a snapshot's database at `targetFile`: decrypted if needed, equal
 * to the hash it was saved with and passing integrity_check. Material files the snapshot
 * refers to are put back into the store where missing (only added, never removed, so an
 * undo needs nothing but the old database). On any failure the copy is removed.
 */
export async function prepareSnapshotCopy(options: PrepareOptions): Promise<SnapshotManifest> {
  const manifest = await readManifest(options.snapshotDir);
  if (!manifest) throw new BackupRestoreError('notABackup');
  if (manifest.schemaVersion > latestSchemaVersion) throw new BackupRestoreError('newerApp');
  if (manifest.encrypted && !options.password) throw new BackupRestoreError('passwordNeeded');
  try {
    const source = join(options.snapshotDir, databaseFileName + (manifest.encrypted ? encryptedSuffix : ''));
    const key = manifest.encrypted ? (await deriveKey(options.password ?? '', await saltOf(source))).key : undefined;
    try {
      if (key) await decryptFile(source, options.targetFile, key);
      else await copyFile(source, options.targetFile);
    } catch (error) {
      if (error instanceof BackupPasswordError) throw new BackupRestoreError('wrongPassword');
      throw error;
    }
    if ((await sha256File(options.targetFile)) !== manifest.databaseSha256) throw new BackupRestoreError('damaged', 'hash differs');
    checkIntegrity(options.targetFile);
    if (options.materialsDir) await restoreMaterials(options.snapshotDir, options.materialsDir, manifest, key);
    if (key && options.secretFilesDir) {
      for (const name of manifest.secretFiles) {
        await rm(join(options.secretFilesDir, name), { force: true });
        await decryptFile(join(options.snapshotDir, name + encryptedSuffix), join(options.secretFilesDir, name), key);
      }
    }
    return manifest;
  } catch (error) {
    await rm(options.targetFile, { force: true });
    throw error;
  }
}

/**
 * Puts a snapshot back while the database is closed (e.g. when it cannot be opened at
 * all): the checked copy is swapped in and the database in use moves to
 * before-restore/<time>/, so the restore can be undone.
 */
export async function restoreSnapshot(options: RestoreOptions): Promise<RestoreResult> {
  const staged = join(dirname(options.databasePath), `.restore-${process.pid}-${Date.now()}.db`);
  try {
    const manifest = await prepareSnapshotCopy({
      snapshotDir: options.snapshotDir,
      targetFile: staged,
      ...(options.materialsDir ? { materialsDir: options.materialsDir } : {}),
      ...(options.password ? { password: options.password } : {}),
    });
    const previousDatabase = await swapInDatabase(staged, options.databasePath, options.now ?? new Date());
    return { manifest, previousDatabase };
  } finally {
    await rm(staged, { force: true });
  }
}

/**
 * Undoes a restore: the database kept in before-restore/ goes back into use, and the one
 * it replaces is kept the same way (so even the undo can be undone).
 */
export async function undoRestore(previousDatabase: string, databasePath: string, now: Date = new Date()): Promise<string> {
  const staged = join(dirname(databasePath), `.undo-restore-${process.pid}-${Date.now()}.db`);
  try {
    await copyFile(previousDatabase, staged);
    checkIntegrity(staged);
    return await swapInDatabase(staged, databasePath, now);
  } finally {
    await rm(staged, { force: true });
  }
}

function checkIntegrity(file: string): void {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupVerifyError(`integrity_check: ${String(result)}`);
  } catch (error) {
    if (error instanceof BackupVerifyError) throw new BackupRestoreError('damaged', error.detail);
    throw new BackupRestoreError('damaged', error instanceof Error ? error.message : String(error));
  } finally {
    db.close();
  }
}

/** Moves the live database (and any -wal/-shm left beside it) aside, then renames the staged file into place. */
async function swapInDatabase(staged: string, databasePath: string, now: Date): Promise<string> {
  const aside = join(dirname(databasePath), beforeRestoreFolderName, format(now, 'yyyy-MM-dd-HHmmss-SSS'));
  await mkdir(aside, { recursive: true });
  const previous = join(aside, databaseFileName);
  if (existsSync(databasePath)) await rename(databasePath, previous);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(databasePath + suffix)) await rename(databasePath + suffix, previous + suffix);
  }
  await rename(staged, databasePath);
  return previous;
}

async function restoreMaterials(snapshotDir: string, materialsDir: string, manifest: SnapshotManifest, key: Buffer | undefined): Promise<void> {
  const sourceRoot = join(dirname(snapshotDir), manifest.materialsFolder);
  for (const path of manifest.materials) {
    if (!isSafeMaterialPath(path)) throw new BackupRestoreError('damaged', `unsafe material path ${path}`);
    const destination = join(materialsDir, ...path.split('/'));
    if (existsSync(destination)) continue;
    const source = join(sourceRoot, ...path.split('/')) + (key ? encryptedSuffix : '');
    if (!existsSync(source)) continue;
    await mkdir(dirname(destination), { recursive: true });
    const temporary = `${destination}.partial`;
    await rm(temporary, { force: true });
    if (key) await decryptFile(source, temporary, key);
    else await copyFile(source, temporary);
    await rename(temporary, destination);
  }
}
