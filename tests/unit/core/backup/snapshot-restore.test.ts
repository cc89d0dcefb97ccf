import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { deriveKey } from '../../../../electron/core/services/backup/encryption';
import { restoreSnapshot, undoRestore } from '../../../../electron/core/services/backup/restore';
import { takeSnapshot } from '../../../../electron/core/services/backup/snapshot';
import { listSnapshots, pruneSnapshots } from '../../../../electron/core/services/backup/snapshots';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { tempDir } from '../../helpers/temp-dir';

interface Centre {
  dataDir: string;
  databasePath: string;
  materialsDir: string;
  backupRoot: string;
  api: TestApi;
}

function centre(): Centre {
  const dataDir = tempDir();
  const databasePath = join(dataDir, 'sprakbro.db');
  const materialsDir = join(dataDir, 'materials');
  mkdirSync(join(materialsDir, 'ab'), { recursive: true });
  writeFileSync(join(materialsDir, 'ab', 'ab'.padEnd(64, '1')), 'fiktivt bilde');
  const api = createTestApi(databasePath);
  addParticipant(api, 'Amina');
  return { dataDir, databasePath, materialsDir, backupRoot: join(tempDir(), 'Sikkerhetskopier'), api };
}

function addParticipant(api: TestApi, givenName: string): void {
  api.value('participants.create', { givenName, familyName: 'Fiktiv', motherTongues: ['ar'], programme: 'introduction' });
}

const names = (file: string): string[] => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare('SELECT given_name FROM participant ORDER BY given_name').pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('backup snapshots', () => {
  it('writes a checked snapshot with counts and material files, and restores it with undo', async () => {
    const { api, databasePath, materialsDir, backupRoot } = centre();
    const manifest = await takeSnapshot({ db: api.db, backupRoot, materialsDir, appVersion: '1.0.0', now: new Date(2026, 10, 24, 10, 30) });

    expect(manifest.id).toBe('sprakbro-2026-11-24-103000');
    expect(manifest.counts.participant).toBe(1);
    expect(manifest.materials).toEqual([`ab/${'ab'.padEnd(64, '1')}`]);
    expect(readFileSync(join(backupRoot, 'materials', 'ab', 'ab'.padEnd(64, '1')), 'utf8')).toBe('fiktivt bilde');
    expect((await listSnapshots(backupRoot)).map((snapshot) => snapshot.manifest.id)).toEqual([manifest.id]);

    // Work goes on after the backup, then the user restores it.
    addParticipant(api, 'Yonas');
    api.db.close();
    const result = await restoreSnapshot({ snapshotDir: join(backupRoot, manifest.id), databasePath, materialsDir });
    expect(names(databasePath)).toEqual(['Amina']);
    expect(names(result.previousDatabase)).toEqual(['Amina', 'Yonas']);

    // And changes their mind: the database from before the restore comes back.
    await undoRestore(result.previousDatabase, databasePath);
    expect(names(databasePath)).toEqual(['Amina', 'Yonas']);
    const reopened = openDatabase(databasePath);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('puts missing material files back on restore', async () => {
    const { api, databasePath, materialsDir, backupRoot } = centre();
    const manifest = await takeSnapshot({ db: api.db, backupRoot, materialsDir, appVersion: '1.0.0' });
    api.db.close();
    const file = join(materialsDir, 'ab', 'ab'.padEnd(64, '1'));
    writeFileSync(file, '');
    // A zero-length file counts as present here; remove it to make it missing.
    (await import('node:fs')).rmSync(file);
    await restoreSnapshot({ snapshotDir: join(backupRoot, manifest.id), databasePath, materialsDir });
    expect(readFileSync(file, 'utf8')).toBe('fiktivt bilde');
  });

  it('encrypts with a password: no readable SQLite or material bytes, wrong password refused, right one restores', async () => {
    const { api, databasePath, materialsDir, backupRoot } = centre();
    const key = await deriveKey('korrekt hest batteri stift');
    const manifest = await takeSnapshot({ db: api.db, backupRoot, materialsDir, appVersion: '1.0.0', key });
    const snapshotDir = join(backupRoot, manifest.id);

    expect(manifest.encrypted).toBe(true);
    expect(readdirSync(snapshotDir).sort()).toEqual(['manifest.json', 'sprakbro.db.enc']);
    const encrypted = readFileSync(join(snapshotDir, 'sprakbro.db.enc'));
    expect(encrypted.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(encrypted.includes(Buffer.from('Amina'))).toBe(false);
    const materialCopy = readFileSync(join(backupRoot, manifest.materialsFolder, 'ab', `${'ab'.padEnd(64, '1')}.enc`));
    expect(materialCopy.includes(Buffer.from('fiktivt bilde'))).toBe(false);

    addParticipant(api, 'Yonas');
    api.db.close();
    await expect(restoreSnapshot({ snapshotDir, databasePath, materialsDir })).rejects.toMatchObject({ reason: 'passwordNeeded' });
    await expect(restoreSnapshot({ snapshotDir, databasePath, materialsDir, password: 'feil' })).rejects.toMatchObject({
      reason: 'wrongPassword',
    });
    expect(names(databasePath)).toEqual(['Amina', 'Yonas']);
    await restoreSnapshot({ snapshotDir, databasePath, materialsDir, password: 'korrekt hest batteri stift' });
    expect(names(databasePath)).toEqual(['Amina']);
  });

  it('refuses a tampered snapshot and leaves the live database alone', async () => {
    const { api, databasePath, backupRoot } = centre();
    const manifest = await takeSnapshot({ db: api.db, backupRoot, appVersion: '1.0.0' });
    addParticipant(api, 'Yonas');
    api.db.close();
    const copy = join(backupRoot, manifest.id, 'sprakbro.db');
    const bytes = readFileSync(copy);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(copy, bytes);
    await expect(restoreSnapshot({ snapshotDir: join(backupRoot, manifest.id), databasePath })).rejects.toMatchObject({ reason: 'damaged' });
    expect(names(databasePath)).toEqual(['Amina', 'Yonas']);
    expect(readdirSync(join(databasePath, '..')).filter((name) => name.startsWith('.restore-'))).toEqual([]);
  });

  it('refuses a snapshot made by a newer Språkbro', async () => {
    const { api, databasePath, backupRoot } = centre();
    const manifest = await takeSnapshot({ db: api.db, backupRoot, appVersion: '1.0.0' });
    api.db.close();
    const manifestFile = join(backupRoot, manifest.id, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, schemaVersion: 9999 }));
    await expect(restoreSnapshot({ snapshotDir: join(backupRoot, manifest.id), databasePath })).rejects.toMatchObject({ reason: 'newerApp' });
  });

  it('rotates old snapshots away and removes material files only they used', async () => {
    const { api, materialsDir, backupRoot } = centre();
    const old = await takeSnapshot({ db: api.db, backupRoot, materialsDir, appVersion: '1.0.0', now: new Date(2024, 0, 10, 12) });
    const file = join(materialsDir, 'ab', 'ab'.padEnd(64, '1'));
    (await import('node:fs')).rmSync(file);
    const recent = await takeSnapshot({ db: api.db, backupRoot, materialsDir, appVersion: '1.0.0', now: new Date(2026, 10, 24, 9) });
    mkdirSync(join(backupRoot, 'not-ours'));

    const result = await pruneSnapshots(backupRoot, new Date(2026, 10, 24, 12));
    expect(result.removedSnapshots).toEqual([old.id]);
    expect(result.removedMaterialFiles).toBe(1);
    expect((await listSnapshots(backupRoot)).map((snapshot) => snapshot.manifest.id)).toEqual([recent.id]);
    expect(existsSync(join(backupRoot, 'not-ours'))).toBe(true);
  });

  it('never leaves a half-written snapshot behind when the backup folder cannot take it', async () => {
    const { api } = centre();
    const blocked = join(tempDir(), 'a-file-not-a-folder');
    writeFileSync(blocked, '');
    await expect(takeSnapshot({ db: api.db, backupRoot: blocked, appVersion: '1.0.0' })).rejects.toThrow();
    expect(readFileSync(blocked, 'utf8')).toBe('');
  });
});
