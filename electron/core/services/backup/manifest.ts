import { z } from 'zod';

/** Written last into every snapshot folder: what it holds and how it was checked. */
export const manifestFileName = 'manifest.json';
export const databaseFileName = 'sprakbro.db';
export const encryptedSuffix = '.enc';
/** Material files are shared by the snapshots in a folder beside them (names are hashes). */
export const materialsFolderName = 'materials';
export const materialsFolderFor = (salt: Buffer | undefined): string =>
  salt ? `${materialsFolderName}-${salt.toString('hex')}` : materialsFolderName;

export const snapshotManifestSchema = z.object({
  format: z.literal('sprakbro-backup'),
  formatVersion: z.literal(1),
  id: z.string().regex(/^sprakbro-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?$/u),
  takenAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  /** Rows per table, read back from the snapshot and equal to the live database at that moment. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  encrypted: z.boolean(),
  /** SHA-256 of the plain database file, checked again on restore. */
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /**
   * The folder beside the snapshots that holds its material files: `materials`, or for an
   * encrypted backup `materials-<salt>`, so files encrypted under another password are
   * never mixed in.
   */
  materialsFolder: z.string().regex(/^materials(-[0-9a-f]{32})?$/u),
  /** Material files (paths inside that folder) of the store at that moment. */
  materials: z.array(z.string()),
  /**
   * Key files kept beside the database (the sensitive-notes key), stored encrypted as
   * `<name>.enc` and only in password-encrypted backups: an unencrypted backup never
   * carries them.
   */
  secretFiles: z.array(z.enum(['sensitive-notes.key', 'credential-issuer.key'])).default([]),
});
export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>;

/** A material path as stored: forward slashes, no way out of the materials folder. */
export const isSafeMaterialPath = (path: string): boolean =>
  path.length > 0 && !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
