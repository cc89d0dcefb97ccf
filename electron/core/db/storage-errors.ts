import type { ErrorCode } from '../../../shared/result';

/**
 * SQLite's answers when the disk, not the data, is the problem. The transaction has been
 * rolled back by then, so the user can be told plainly what happened and that what was
 * saved before is still there.
 */
const storageCodes: Readonly<Record<string, ErrorCode>> = {
  SQLITE_FULL: 'storage_full',
  SQLITE_READONLY: 'storage_readonly',
  SQLITE_READONLY_DBMOVED: 'storage_readonly',
  SQLITE_READONLY_DIRECTORY: 'storage_readonly',
  SQLITE_CANTOPEN: 'storage_unavailable',
  SQLITE_IOERR: 'storage_unavailable',
};

/** The envelope code for a storage failure, or undefined for anything else. */
export function storageErrorCode(error: unknown): ErrorCode | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  if (typeof code !== 'string') return undefined;
  // Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_ROLLBACK…) share their family's answer.
  return storageCodes[code] ?? storageCodes[code.split('_').slice(0, 2).join('_')];
}
