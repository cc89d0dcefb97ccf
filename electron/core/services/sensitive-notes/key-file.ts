import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SensitiveKeyError } from './note-cipher';

/** The key file's name in the data folder. */
export const sensitiveKeyFileName = 'sensitive-notes.key';

/** Gives the 32-byte key for sensitive notes, made on first use. */
export type SensitiveKeyProvider = () => Buffer;

/**
 * The key kept in a file beside the database, readable only by the user (mode 0600 where
 * the file system has modes). It is never in the database, so a copied database file alone
 * does not reveal the notes. Browser mode uses this file; the Electron shell keeps the key
 * wrapped by the OS keychain instead (electron/main/key-store.ts, see heldKeyProvider).
 */
export function keyFileProvider(file: string): SensitiveKeyProvider {
  // Read each time (a few bytes): a restore may put the key of an older snapshot in place.
  return () => {
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    }
    try {
      chmodSync(file, 0o600);
    } catch {
      // A file system without modes (FAT on a USB stick): the folder's own protection applies.
    }
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new SensitiveKeyError(`${file} does not hold a 32-byte key`);
    return key;
  };
}

/**
 * A key the shell handed over (Electron: unwrapped from the OS keychain by main), so core
 * reads no key file. The one exception is a restore: it writes the snapshot's key as a plain
 * file beside the database (`restoredFile`), which then fits the restored data and wins
 * until main wraps it into the keychain on the next start (an undo removes it again).
 * Without a key (the keychain refused), it fails clearly rather than making a new key that
 * would leave the existing notes unreadable.
 */
export function heldKeyProvider(key: Buffer | undefined, restoredFile: string): SensitiveKeyProvider {
  if (key && key.length !== 32) throw new SensitiveKeyError('The key handed over is not 32 bytes');
  const held = key ? Buffer.from(key) : undefined;
  const restored = keyFileProvider(restoredFile);
  return () => {
    if (existsSync(restoredFile)) return restored();
    if (!held) throw new SensitiveKeyError('The key could not be taken from the OS keychain');
    return Buffer.from(held);
  };
}
