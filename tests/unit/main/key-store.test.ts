import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KeyStoreError, loadCoreKeys, loadKey } from '../../../electron/main/key-store';
import { tempDir } from '../helpers/temp-dir';
import { FakeSafeStorage } from './fake-electron';

const name = 'sensitive-notes.key';
const setup = () => ({ folder: tempDir(), safeStorage: new FakeSafeStorage(), log: vi.fn() });

describe('key store (OS keychain through safeStorage)', () => {
  it('makes a key on first start and keeps it only wrapped; the next start gives the same key', () => {
    const { folder, safeStorage, log } = setup();
    const key = loadKey(folder, name, safeStorage, log);
    expect(key).toHaveLength(32);
    expect(existsSync(path.join(folder, name))).toBe(false);
    const wrapped = readFileSync(path.join(folder, `${name}.safe`));
    expect(wrapped.includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect(safeStorage.encryptString).toHaveBeenCalledTimes(1);
    expect(loadKey(folder, name, safeStorage, log)).toEqual(key);
    expect(log).not.toHaveBeenCalled();
  });

  it('wraps an existing plain key file (an older Språkbro, or a restore) and removes it only after reading it back', () => {
    const { folder, safeStorage, log } = setup();
    const older = loadKey(folder, name, safeStorage, log);
    const plain = Buffer.alloc(32, 9);
    writeFileSync(path.join(folder, name), plain.toString('base64') + '\n');
    expect(loadKey(folder, name, safeStorage, log)).toEqual(plain);
    expect(existsSync(path.join(folder, name))).toBe(false);
    expect(loadKey(folder, name, safeStorage, log)).toEqual(plain);
    expect(loadKey(folder, name, safeStorage, log)).not.toEqual(older);
  });

  it('keeps the plain file when the wrapped one does not read back', () => {
    const { folder, safeStorage, log } = setup();
    writeFileSync(path.join(folder, name), Buffer.alloc(32, 9).toString('base64') + '\n');
    safeStorage.decryptString.mockImplementationOnce(() => Buffer.alloc(32, 1).toString('base64'));
    expect(() => loadKey(folder, name, safeStorage, log)).toThrow(KeyStoreError);
    expect(existsSync(path.join(folder, name))).toBe(true);
  });

  it('falls back to a file readable only by the user when the keychain is unavailable, and says so', () => {
    const { folder, safeStorage, log } = setup();
    safeStorage.available = false;
    const key = loadKey(folder, name, safeStorage, log);
    const file = path.join(folder, name);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(key);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.safe`)).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('keychain is not available'));
    expect(loadKey(folder, name, safeStorage, log)).toEqual(key);
  });

  it('treats Linux without a secret store (basic_text) as no keychain', () => {
    const { folder, safeStorage, log } = setup();
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'linux', configurable: true });
    try {
      loadKey(folder, name, Object.assign(safeStorage, { getSelectedStorageBackend: () => 'basic_text' }), log);
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
    expect(existsSync(path.join(folder, name))).toBe(true);
    expect(existsSync(path.join(folder, `${name}.safe`))).toBe(false);
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
  });

  it('refuses a damaged wrapped key clearly, and never replaces it with a new key', () => {
    const { folder, safeStorage, log } = setup();
    loadKey(folder, name, safeStorage, log);
    const wrapped = path.join(folder, `${name}.safe`);
    writeFileSync(wrapped, 'damaged');
    expect(() => loadKey(folder, name, safeStorage, log)).toThrow(/could not be opened with the OS keychain/u);
    expect(readFileSync(wrapped, 'utf8')).toBe('damaged');
    expect(existsSync(path.join(folder, name))).toBe(false);

    writeFileSync(wrapped, safeStorage.encryptString(Buffer.alloc(16).toString('base64')));
    expect(() => loadKey(folder, name, safeStorage, log)).toThrow(/does not hold a 32-byte key/u);
  });

  it('refuses a wrapped key while the keychain is unavailable instead of starting a new plain key', () => {
    const { folder, safeStorage, log } = setup();
    loadKey(folder, name, safeStorage, log);
    safeStorage.available = false;
    expect(() => loadKey(folder, name, safeStorage, log)).toThrow(KeyStoreError);
    expect(existsSync(path.join(folder, name))).toBe(false);
  });

  it('gives core both keys as base64, leaving out (and logging) one it cannot open', () => {
    const { folder, safeStorage, log } = setup();
    const first = loadCoreKeys(folder, safeStorage, log);
    expect(Buffer.from(first.sensitiveNotes ?? '', 'base64')).toHaveLength(32);
    expect(Buffer.from(first.credentialIssuer ?? '', 'base64')).toHaveLength(32);
    writeFileSync(path.join(folder, 'credential-issuer.key.safe'), 'damaged');
    const second = loadCoreKeys(folder, safeStorage, log);
    expect(second).toEqual({ sensitiveNotes: first.sensitiveNotes });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Could not load credential-issuer.key'));
  });
});
