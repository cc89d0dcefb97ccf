import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { BackupService } from '../../../../electron/core/services/backup/service';
import { issuerKeyFileName } from '../../../../electron/core/services/credentials/issuer-key';
import { CredentialService } from '../../../../electron/core/services/credentials/service';
import { keyFileProvider } from '../../../../electron/core/services/sensitive-notes/key-file';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/result';
import { tempDir } from '../../helpers/temp-dir';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

function centre() {
  const dataDir = tempDir();
  const databasePath = join(dataDir, 'sprakbro.db');
  const db = openDatabase(databasePath);
  closers.push(() => db.close());
  const backups = new BackupService({ db, databasePath, appVersion: '1.0.0', now: () => new Date(2026, 10, 24, 9, 0) });
  const credentialService = new CredentialService({ db, issuerSeed: keyFileProvider(join(dataDir, issuerKeyFileName)) });
  const api = createApi({ db, mode: 'test', version: '1.0.0', backups, credentialService }, { checkOutputs: true });
  const value = <M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M> => {
    const result = api.call(method, input, { role: 'teacher' }) as Result<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { dataDir, backups, value, backupFolder: join(tempDir(), 'Sikkerhetskopier') };
}

describe('the issuer key and backups', () => {
  it('travels with an encrypted backup and comes back with a restore, so old documents still verify as ours', async () => {
    const { dataDir, backups, value, backupFolder } = centre();
    value('settings.update', { backupFolder });
    const original = value('credentials.issuer', {}).did;
    value('backups.run', { password: 'et langt passord' });
    await backups.idle();
    const [snapshot] = readdirSync(backupFolder).filter((name) => name.startsWith('sprakbro-'));
    expect(readdirSync(join(backupFolder, snapshot!))).toContain(`${issuerKeyFileName}.enc`);

    // A new PC: a new key was made before the restore.
    writeFileSync(join(dataDir, issuerKeyFileName), randomBytes(32).toString('base64'));
    expect(value('credentials.issuer', {}).did).not.toBe(original);

    value('backups.restore', { id: snapshot!, password: 'et langt passord' });
    await backups.idle();
    expect(value('backups.status', {}).lastFailure).toBeNull();
    expect(value('credentials.issuer', {}).did).toBe(original);
  });

  it('is never written into a backup without a password', async () => {
    const { backups, value, backupFolder } = centre();
    value('settings.update', { backupFolder });
    value('credentials.issuer', {});
    value('backups.run', {});
    await backups.idle();
    const [snapshot] = readdirSync(backupFolder).filter((name) => name.startsWith('sprakbro-'));
    expect(readdirSync(join(backupFolder, snapshot!)).sort()).toEqual(['manifest.json', 'sprakbro.db']);
  });
});
