import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { BackupService } from '../../../../electron/core/services/backup/service';
import { keyFileProvider } from '../../../../electron/core/services/sensitive-notes/key-file';
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/result';
import { tempDir } from '../../helpers/temp-dir';

function centreWithBackups(clock = { now: new Date(2026, 10, 24, 9, 0) }) {
  const dataDir = tempDir();
  const databasePath = join(dataDir, 'sprakbro.db');
  const db = openDatabase(databasePath);
  const backups = new BackupService({ db, databasePath, appVersion: '1.0.0', now: () => clock.now });
  const api = createApi(
    { db, mode: 'test', version: '1.0.0', backups, sensitiveKey: keyFileProvider(join(dataDir, 'sensitive-notes.key')) },
    { checkOutputs: true },
  );
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    api.call(method, input, { role: 'teacher' }) as Result<MethodOutput<M>>;
  const value = <M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M> => {
    const result = call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const addParticipant = (givenName: string) =>
    value('participants.create', { givenName, familyName: 'Fiktiv', motherTongues: ['ti'], programme: 'introduction' });
  const givenNames = () => value('participants.list', {}).map((participant) => participant.givenName);
  return { dataDir, db, backups, call, value, addParticipant, givenNames, clock, backupFolder: join(tempDir(), 'Sikkerhetskopier') };
}

describe('backups through the API', () => {
  it('refuses to start without a folder, and refuses a folder that is not absolute or lies in the data folder', () => {
    const { call, dataDir } = centreWithBackups();
    expect(call('backups.run', {})).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'folder', code: 'required' }] } });
    expect(call('settings.update', { backupFolder: 'Sikkerhetskopier' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'backupFolder', code: 'notAbsolutePath' }] },
    });
    expect(call('settings.update', { backupFolder: join(dataDir, 'kopier') })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'backupFolder', code: 'insideDataFolder' }] },
    });
  });

  it('backs up, lists the snapshot with its counts, and reports nothing changed since', async () => {
    const { value, backups, addParticipant, backupFolder } = centreWithBackups();
    value('settings.update', { backupFolder });
    addParticipant('Selam');
    expect(value('backups.run', {}).running).toBe('backup');
    await backups.idle();
    const status = value('backups.status', {});
    expect(status.running).toBeNull();
    expect(status.lastFailure).toBeNull();
    expect(status.changedSinceLastBackup).toBe(false);
    expect(status.snapshots).toHaveLength(1);
    expect(status.snapshots[0]).toMatchObject({ id: 'sprakbro-2026-11-24-090000', participants: 1, encrypted: false });
  });

  it('restores a snapshot into the open database, refuses other calls meanwhile, and undoes the restore', async () => {
    const { call, value, backups, addParticipant, givenNames, backupFolder, clock } = centreWithBackups();
    value('settings.update', { backupFolder });
    addParticipant('Selam');
    value('backups.run', {});
    await backups.idle();
    clock.now = new Date(2026, 10, 24, 11, 0);
    addParticipant('Dawit');
    expect(givenNames()).toEqual(['Dawit', 'Selam']);

    const started = value('backups.restore', { id: 'sprakbro-2026-11-24-090000' });
    expect(started.running).toBe('restore');
    expect(call('participants.list', {})).toEqual({ ok: false, error: { code: 'maintenance' } });
    await backups.idle();

    const after = value('backups.status', {});
    expect(after.lastFailure).toBeNull();
    expect(after.lastRestore).toMatchObject({ snapshotId: 'sprakbro-2026-11-24-090000', canUndo: true });
    expect(after.changedSinceLastBackup).toBe(false);
    expect(givenNames()).toEqual(['Selam']);
    // The database works as before: writing, reading, the goal catalogue.
    addParticipant('Hanna');
    expect(value('goals.search', { query: 'jobb' }).length).toBeGreaterThan(0);

    value('backups.undoRestore', {});
    await backups.idle();
    expect(givenNames()).toEqual(['Dawit', 'Selam']);
    expect(value('backups.status', {}).lastRestore?.canUndo).toBe(false);
  });

  it('encrypts with a password, and a restore without it fails with a reason and changes nothing', async () => {
    const { value, backups, addParticipant, givenNames, backupFolder } = centreWithBackups();
    value('settings.update', { backupFolder });
    addParticipant('Selam');
    value('backups.run', { password: 'et langt passord' });
    await backups.idle();
    expect(value('backups.status', {}).snapshots[0]?.encrypted).toBe(true);
    addParticipant('Dawit');

    value('backups.restore', { id: 'sprakbro-2026-11-24-090000' });
    await backups.idle();
    expect(value('backups.status', {}).lastFailure).toMatchObject({ kind: 'restore', reason: 'passwordNeeded' });
    value('backups.restore', { id: 'sprakbro-2026-11-24-090000', password: 'feil passord her' });
    await backups.idle();
    expect(value('backups.status', {}).lastFailure).toMatchObject({ kind: 'restore', reason: 'wrongPassword' });
    expect(givenNames()).toEqual(['Dawit', 'Selam']);

    value('backups.restore', { id: 'sprakbro-2026-11-24-090000', password: 'et langt passord' });
    await backups.idle();
    expect(value('backups.status', {}).lastFailure).toBeNull();
    expect(givenNames()).toEqual(['Selam']);
  });

  it('carries the sensitive-notes key only in encrypted backups, and a restore brings the matching key back (undoably)', async () => {
    const { value, call, backups, addParticipant, backupFolder, dataDir, clock } = centreWithBackups();
    value('settings.update', { backupFolder });
    const person = addParticipant('Selam');
    const note = value('sensitiveNotes.create', { participantId: person.id, category: 'health', text: 'Fiktiv helseopplysning' });
    value('backups.run', {});
    await backups.idle();
    clock.now = new Date(2026, 10, 24, 10, 0);
    value('backups.run', { password: 'et langt passord' });
    await backups.idle();
    expect(readdirSync(join(backupFolder, 'sprakbro-2026-11-24-090000')).sort()).toEqual(['manifest.json', 'sprakbro.db']);
    expect(readdirSync(join(backupFolder, 'sprakbro-2026-11-24-100000')).sort()).toEqual([
      'manifest.json',
      'sensitive-notes.key.enc',
      'sprakbro.db.enc',
    ]);

    // The key file is lost (as on a new PC): the note cannot be read.
    writeFileSync(join(dataDir, 'sensitive-notes.key'), randomBytes(32).toString('base64'));
    expect(call('sensitiveNotes.open', { id: note.id }).ok).toBe(false);

    value('backups.restore', { id: 'sprakbro-2026-11-24-100000', password: 'et langt passord' });
    await backups.idle();
    expect(value('backups.status', {}).lastFailure).toBeNull();
    expect(value('sensitiveNotes.open', { id: note.id }).text).toBe('Fiktiv helseopplysning');

    value('backups.undoRestore', {});
    await backups.idle();
    expect(call('sensitiveNotes.open', { id: note.id }).ok).toBe(false);
  });

  it('undoes a restore of an encrypted backup when the key did not change (the same PC)', async () => {
    const { value, backups, addParticipant, givenNames, backupFolder } = centreWithBackups();
    value('settings.update', { backupFolder });
    const person = addParticipant('Selam');
    const note = value('sensitiveNotes.create', { participantId: person.id, category: 'other', text: 'Fiktiv' });
    value('backups.run', { password: 'et langt passord' });
    await backups.idle();
    addParticipant('Dawit');
    value('backups.restore', { id: 'sprakbro-2026-11-24-090000', password: 'et langt passord' });
    await backups.idle();
    expect(givenNames()).toEqual(['Selam']);
    value('backups.undoRestore', {});
    await backups.idle();
    const status = value('backups.status', {});
    expect(status.lastFailure).toBeNull();
    expect(status.lastRestore?.canUndo).toBe(false);
    expect(givenNames()).toEqual(['Dawit', 'Selam']);
    expect(value('sensitiveNotes.open', { id: note.id }).text).toBe('Fiktiv');
  });

  it('takes automatic snapshots only when something changed and the interval has passed', async () => {
    const { value, backups, addParticipant, backupFolder, clock } = centreWithBackups();
    value('settings.update', { backupFolder, backupIntervalHours: 4 });
    addParticipant('Selam');
    await backups.runIfDue();
    expect(value('backups.status', {}).snapshots).toHaveLength(1);

    clock.now = new Date(2026, 10, 24, 12, 0); // 3 hours later, changes: not yet
    addParticipant('Dawit');
    await backups.runIfDue();
    expect(value('backups.status', {}).snapshots).toHaveLength(1);

    clock.now = new Date(2026, 10, 24, 13, 30); // 4.5 hours later: due
    await backups.runIfDue();
    expect(value('backups.status', {}).snapshots).toHaveLength(2);

    clock.now = new Date(2026, 10, 24, 19, 0); // long after, but nothing changed
    await backups.runIfDue();
    expect(value('backups.status', {}).snapshots).toHaveLength(2);

    // The next day, rotation keeps one per day: yesterday's newest and today's.
    clock.now = new Date(2026, 10, 26, 9, 0);
    addParticipant('Hanna');
    await backups.runIfDue();
    expect(value('backups.status', {}).snapshots.map((snapshot) => snapshot.id)).toEqual([
      'sprakbro-2026-11-26-090000',
      'sprakbro-2026-11-24-133000',
    ]);
  });

  it('says where no backup service runs instead of pretending', () => {
    const db = openDatabase(':memory:');
    const api = createApi({ db, mode: 'test', version: '1.0.0' });
    expect(api.call('backups.status', {}, { role: 'teacher' })).toMatchObject({ ok: true, value: { available: false } });
    expect(api.call('backups.run', {}, { role: 'teacher' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', params: { reason: 'backupsUnavailable' } },
    });
  });
});
