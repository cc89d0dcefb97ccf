import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * The content-addressed material store in the data folder: each file once, named by its
 * SHA-256 (`materials/<first two hex digits>/<sha256>`), thumbnails beside it
 * (`materials/thumbnails/<sha256>.webp`), and a staging folder for files being received.
 * Staging sits inside the store so the final move is a rename on the same disk: atomic, and
 * a half-written file never carries a real name.
 */
export interface MaterialStore {
  /** The store folder (`<data folder>/materials`). */
  dir: string;
  /**
   * A fixed largest file, in bytes (tests, a server option). Without it each import reads
   * the limit from the settings, so a change there needs no restart.
   */
  sizeLimitBytes?: number;
}

export const materialStoreFolder = 'materials';

export function materialStore(dir: string, sizeLimitBytes?: number): MaterialStore {
  return sizeLimitBytes === undefined ? { dir } : { dir, sizeLimitBytes };
}

export const blobPath = (store: MaterialStore, sha256: string): string => join(store.dir, sha256.slice(0, 2), sha256);
export const thumbnailPath = (store: MaterialStore, sha256: string): string =>
  join(store.dir, 'thumbnails', `${sha256}.webp`);
export const stagingDir = (store: MaterialStore): string => join(store.dir, 'staging');

/** A new, unused name in the staging folder (the folder is made when missing). */
export function stagingFile(store: MaterialStore, suffix: string): string {
  const dir = stagingDir(store);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${randomUUID()}${suffix}`);
}

export const blobExists = (store: MaterialStore | undefined, sha256: string): boolean =>
  store !== undefined && existsSync(blobPath(store, sha256));

/** Removes staged files whatever state they are in; never throws. */
export function discard(...files: (string | undefined)[]): void {
  for (const file of files) if (file) rmSync(file, { force: true });
}
