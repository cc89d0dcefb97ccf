/**
 * Sync clients (OneDrive, Dropbox, Google Drive, iCloud…) copy files while SQLite writes
 * them and can leave a live database torn or duplicated. The data folder must not lie
 * inside one; backups may.
 */
import type { cloudServices } from '../../../../shared/domain/backups';

export type CloudService = (typeof cloudServices)[number];

/** Folder names the sync clients create, wherever they appear in a path. */
const folderPatterns: readonly [RegExp, CloudService][] = [
  [/^onedrive(\s+-\s+.+)?$/iu, 'onedrive'],
  [/^dropbox(\s*\(.*\))?$/iu, 'dropbox'],
  [/^google\s*drive$/iu, 'googleDrive'],
  [/^(my drive|min disk|mi unidad)$/iu, 'googleDrive'],
  [/^icloud\s*drive$/iu, 'icloud'],
  [/^iclouddrive$/iu, 'icloud'],
  [/^com~apple~clouddocs$/iu, 'icloud'],
  [/^box(\s*sync)?$/iu, 'box'],
  [/^jottacloud$/iu, 'jottacloud'],
  [/^pcloud\s*drive$/iu, 'pcloud'],
];

/** macOS File Provider folders: ~/Library/CloudStorage/<Service>-<account>. */
const cloudStorageChildren: readonly [RegExp, CloudService][] = [
  [/^onedrive/iu, 'onedrive'],
  [/^dropbox/iu, 'dropbox'],
  [/^googledrive/iu, 'googleDrive'],
  [/^box/iu, 'box'],
];

/** The sync service whose folder holds `path`, or null. Works on Windows and POSIX paths. */
export function cloudServiceOf(path: string): CloudService | null {
  const segments = path.split(/[\\/]+/u).map((segment) => segment.trim());
  for (const [index, segment] of segments.entries()) {
    const patterns = segments[index - 1]?.toLowerCase() === 'cloudstorage' ? [...cloudStorageChildren, ...folderPatterns] : folderPatterns;
    for (const [pattern, service] of patterns) {
      if (pattern.test(segment)) return service;
    }
  }
  return null;
}
