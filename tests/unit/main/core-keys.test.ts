import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { issuerIdentity } from '../../../electron/core/services/credentials/issuer-key';
import { createCoreService, type CoreService } from '../../../electron/main/core-service';
import { coreStartSchema } from '../../../electron/main/core-messages';
import { tempDir } from '../helpers/temp-dir';

const services: CoreService[] = [];
afterEach(() => {
  for (const created of services.splice(0)) created.close();
});

const keyOf = (fill: number) => Buffer.alloc(32, fill);

/** Core as main starts it in Electron: the keys come in the start message, checked by its schema. */
function electronCore(dataDir: string, sensitive: Buffer, issuer: Buffer) {
  const { keys } = coreStartSchema.parse({ start: true, keys: { sensitiveNotes: sensitive.toString('base64'), credentialIssuer: issuer.toString('base64') } });
  const core = createCoreService({ databasePath: path.join(dataDir, 'sprakbro.sqlite'), version: '9.9.9-test', keys, log: () => undefined });
  services.push(core);
  let id = 0;
  const call = (method: string, input: unknown) => core.handle({ id: ++id, method, input, role: 'teacher' })?.result;
  const value = (method: string, input: unknown): Record<string, unknown> => {
    const result = call(method, input);
    if (!result?.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
    return result.value as Record<string, unknown>;
  };
  const backupsIdle = async () => {
    while (value('backups.status', {}).running) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return { core, call, value, backupsIdle };
}

const keyFiles = (dir: string) => readdirSync(dir).filter((name) => name.includes('.key'));

describe('core with the keys main handed over (Electron)', () => {
  it('uses them for notes and signing and writes no key file of its own', () => {
    const dataDir = tempDir();
    const issuer = keyOf(2);
    const { value } = electronCore(dataDir, keyOf(1), issuer);
    const person = value('participants.create', { givenName: 'Selam', familyName: 'Fiktiv', motherTongues: ['ti'], programme: 'introduction' });
    const note = value('sensitiveNotes.create', { participantId: person.id, category: 'health', text: 'Fiktiv helseopplysning' });
    expect(value('sensitiveNotes.open', { id: note.id }).text).toBe('Fiktiv helseopplysning');
    expect(value('credentials.issuer', {}).did).toBe(issuerIdentity(issuer).did);
    expect(keyFiles(dataDir)).toEqual([]);
  });

  it('carries the held keys in an encrypted backup; a restore on another PC brings them back as files for main to wrap, and undo removes them', async () => {
    const backupFolder = path.join(tempDir(), 'Sikkerhetskopier');
    const firstPc = tempDir();
    const first = electronCore(firstPc, keyOf(1), keyOf(2));
    first.value('settings.update', { backupFolder });
    const person = first.value('participants.create', { givenName: 'Selam', familyName: 'Fiktiv', motherTongues: ['ti'], programme: 'introduction' });
    const note = first.value('sensitiveNotes.create', { participantId: person.id, category: 'health', text: 'Fiktiv helseopplysning' });
    first.value('backups.run', { password: 'et langt passord' });
    await first.backupsIdle();
    const [snapshot] = readdirSync(backupFolder).filter((name) => name.startsWith('sprakbro-'));
    expect(readdirSync(path.join(backupFolder, snapshot!)).sort()).toEqual([
      'credential-issuer.key.enc',
      'manifest.json',
      'sensitive-notes.key.enc',
      'sprakbro.db.enc',
    ]);
    expect(keyFiles(firstPc)).toEqual([]);

    // Another PC, with keys of its own in its keychain: the note does not open there yet.
    const secondPc = tempDir();
    const second = electronCore(secondPc, keyOf(3), keyOf(4));
    second.value('settings.update', { backupFolder });
    second.value('backups.restore', { id: snapshot, password: 'et langt passord' });
    await second.backupsIdle();
    expect(second.value('backups.status', {}).lastFailure).toBeNull();
    expect(second.value('sensitiveNotes.open', { id: note.id }).text).toBe('Fiktiv helseopplysning');
    expect(second.value('credentials.issuer', {}).did).toBe(issuerIdentity(keyOf(2)).did);
    // In the plain file's form, for main to wrap into the keychain on the next start (key-store.ts).
    expect(Buffer.from(readFileSync(path.join(secondPc, 'sensitive-notes.key'), 'utf8').trim(), 'base64')).toEqual(keyOf(1));

    second.value('backups.undoRestore', {});
    await second.backupsIdle();
    expect(existsSync(path.join(secondPc, 'sensitive-notes.key'))).toBe(false);
    expect(second.value('credentials.issuer', {}).did).toBe(issuerIdentity(keyOf(4)).did);
  });

  it('refuses sensitive notes when main could not unwrap the key, instead of making a new one', () => {
    const dataDir = tempDir();
    const core = createCoreService({ databasePath: path.join(dataDir, 'sprakbro.sqlite'), version: '9.9.9-test', keys: {}, log: () => undefined });
    services.push(core);
    const person = core.handle({ id: 1, method: 'participants.create', input: { givenName: 'Selam', familyName: 'Fiktiv', motherTongues: ['ti'], programme: 'introduction' }, role: 'teacher' });
    const personId = (person?.result as { value: { id: string } }).value.id;
    const created = core.handle({ id: 2, method: 'sensitiveNotes.create', input: { participantId: personId, category: 'health', text: 'Fiktiv' }, role: 'teacher' });
    expect(created?.result).toMatchObject({ ok: false, error: { code: 'conflict', params: { reason: 'sensitiveKeyMissing' } } });
    expect(keyFiles(dataDir)).toEqual([]);
  });
});

describe('the start message schema', () => {
  it('takes 32-byte base64 keys, each optional, and refuses anything else', () => {
    expect(coreStartSchema.safeParse({ start: true, keys: {} }).success).toBe(true);
    expect(coreStartSchema.safeParse({ start: true, keys: { sensitiveNotes: keyOf(1).toString('base64') } }).success).toBe(true);
    expect(coreStartSchema.safeParse({ start: true, keys: { sensitiveNotes: Buffer.alloc(16).toString('base64') } }).success).toBe(false);
    expect(coreStartSchema.safeParse({ start: true, keys: { sensitiveNotes: 'not base64 at all, but 44 characters long!!' } }).success).toBe(false);
    expect(coreStartSchema.safeParse({ start: true }).success).toBe(false);
    expect(coreStartSchema.safeParse({ id: 1, method: 'app.info', input: {} }).success).toBe(false);
  });
});
