import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { MaterialFileVariant } from '../../../../shared/domain/materials';
import { fail, ok, type Result } from '../../../../shared/result';
import { materialFileFacts } from '../../repositories/materials';
import { strippedImage } from './image';
import { locationPatchesOfFile, type FilePatch } from './media-location';
import { isInlineKind } from './sniff';
import { blobPath, thumbnailPath, type MaterialStore } from './store';

/** A stored file as a transport serves it. */
export interface MaterialFile {
  path: string;
  size: number;
  /** From the row, which got it from the bytes at import: never text/html or SVG. */
  mediaType: string;
  /** Images, sound and video are shown in place; PDFs and documents are downloaded. */
  inline: boolean;
  fileName: string;
}

const fileSize = (file: string): number | undefined => {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
};

/** Where a material's original or thumbnail is, for the app's own views. */
export function materialFile(db: Database, store: MaterialStore, id: string, variant: MaterialFileVariant): Result<MaterialFile> {
  const facts = materialFileFacts(db, id);
  if (!facts) return fail('not_found');
  if (variant === 'thumbnail' && !facts.hasThumbnail) return fail('not_found');
  const path = variant === 'thumbnail' ? thumbnailPath(store, facts.sha256) : blobPath(store, facts.sha256);
  const size = fileSize(path);
  if (size === undefined) return fail('file_missing');
  return ok({
    path,
    size,
    mediaType: variant === 'thumbnail' ? 'image/webp' : facts.mediaType,
    inline: variant === 'thumbnail' || isInlineKind(facts.kind),
    fileName: facts.originalName,
  });
}

/**
 * A copy for use outside the app: bytes for a cleaned image, or the stored file with the
 * patches that remove location data from it (see media-location.ts), to be applied to the
 * copy as it is written, never to the stored file.
 */
export type MaterialExport =
  | { kind: 'data'; data: Buffer; mediaType: string; fileName: string }
  | { kind: 'file'; path: string; size: number; mediaType: string; fileName: string; patches: FilePatch[] };

/** The name with its extension changed, for a HEIC photo exported as JPEG. */
const withExtension = (name: string, extension: string): string => {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
};

/**
 * A material for use outside the app. Refused while other people appear in it without
 * their consent. Images are written anew without any metadata (no GPS position, no camera
 * serial), turned upright; MP4 video and sound lose their location boxes; other kinds are
 * handed over as stored.
 */
export async function exportMaterial(db: Database, store: MaterialStore, id: string): Promise<Result<MaterialExport>> {
  const facts = materialFileFacts(db, id);
  if (!facts) return fail('not_found');
  if (facts.blocked) return fail('consent_missing');
  const path = blobPath(store, facts.sha256);
  const size = fileSize(path);
  if (size === undefined) return fail('file_missing');
  if (facts.kind !== 'image') {
    const patches = locationPatchesOfFile(path, facts.mediaType);
    return ok({ kind: 'file', path, size, mediaType: facts.mediaType, fileName: facts.originalName, patches });
  }
  const copy = await strippedImage(path, facts.mediaType);
  const fileName = copy.mediaType === facts.mediaType ? facts.originalName : withExtension(facts.originalName, 'jpg');
  return ok({ kind: 'data', data: copy.data, mediaType: copy.mediaType, fileName });
}
