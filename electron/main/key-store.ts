import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issuerKeyFileName } from '../core/services/credentials/issuer-key';
import { keyFileProvider, sensitiveKeyFileName } from '../core/services/sensitive-notes/key-file';
import type { CoreStart } from './core-messages';

/** The part of Electron's safeStorage used here (a stand-in in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no secret store, just a password built into Chromium. */
  getSelectedStorageBackend?(): string;
}

/** A keychain that protects something: Linux's 'basic_text' fallback would only pretend to. */
function keychainAvailable(safeStorage: SafeStorageLike): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
}

export class KeyStoreError extends Error {
  override name = 'KeyStoreError';
}

/** The wrapped key's file: the plain key file's name plus `.safe`. */
export const wrappedSuffix = '.safe';

/**
 * One key, kept wrapped by the OS keychain (safeStorage) as `<name>.safe` in the data folder.
 * A plain `<name>` file (an older Språkbro, or a restore that brought a snapshot's key back)
 * is the newer key: it is wrapped, read back, and only then removed. Without a keychain
 * (some Linux desktops) the key stays a plain file readable only by the user, as in browser
 * mode. A wrapped file that does not open is an error, never a reason to make a new key:
 * a new key would leave every existing note unreadable.
 */
export function loadKey(folder: string, fileName: string, safeStorage: SafeStorageLike, log: (message: string) => void): Buffer {
  const plain = join(folder, fileName);
  const wrapped = plain + wrappedSuffix;
  if (!keychainAvailable(safeStorage)) {
    if (existsSync(wrapped)) throw new KeyStoreError(`${wrapped} needs the OS keychain, which is not available now`);
    log(`The OS keychain is not available: ${fileName} stays a file readable only by this user`);
    return keyFileProvider(plain)();
  }
  if (existsSync(plain)) {
    const key = keyFileProvider(plain)();
    writeWrapped(wrapped, key, safeStorage);
    rmSync(plain);
    return key;
  }
  if (existsSync(wrapped)) return readWrapped(wrapped, safeStorage);
  const key = randomBytes(32);
  mkdirSync(folder, { recursive: true });
  writeWrapped(wrapped, key, safeStorage);
  return key;
}

/**
 * Both keys for the core process's start message. A key that cannot be had is left out (and
 * logged): core then refuses sensitive notes or signing with a clear message, and the rest
 * of the app still works.
 */
export function loadCoreKeys(folder: string, safeStorage: SafeStorageLike, log: (message: string) => void): CoreStart['keys'] {
  const load = (fileName: string): string | undefined => {
    try {
      return loadKey(folder, fileName, safeStorage, log).toString('base64');
    } catch (error) {
      log(`Could not load ${fileName}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const sensitiveNotes = load(sensitiveKeyFileName);
  const credentialIssuer = load(issuerKeyFileName);
  return { ...(sensitiveNotes ? { sensitiveNotes } : {}), ...(credentialIssuer ? { credentialIssuer } : {}) };
}

/** Writes beside, renames into place, then reads back: the plain key is removed only after this. */
function writeWrapped(wrapped: string, key: Buffer, safeStorage: SafeStorageLike): void {
  const partial = `${wrapped}.partial`;
  rmSync(partial, { force: true });
  writeFileSync(partial, safeStorage.encryptString(key.toString('base64')), { mode: 0o600 });
  renameSync(partial, wrapped);
  if (!readWrapped(wrapped, safeStorage).equals(key)) throw new KeyStoreError(`${wrapped} did not read back as written`);
}

function readWrapped(wrapped: string, safeStorage: SafeStorageLike): Buffer {
  let text: string;
  try {
    text = safeStorage.decryptString(readFileSync(wrapped));
  } catch (error) {
    throw new KeyStoreError(`${wrapped} could not be opened with the OS keychain (${error instanceof Error ? error.message : String(error)})`);
  }
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) throw new KeyStoreError(`${wrapped} does not hold a 32-byte key`);
  return key;
}
