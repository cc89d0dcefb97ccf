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
 * does not reveal the notes. The Electron shell is meant to wrap this key with the OS
 * keychain (safeStorage); until it does, both shells use this file.
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
