import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from 'better-sqlite3';
import { contract } from '../../../../shared/api/contract';
import { materialImportMetadataSchema, type MaterialImportOutcome } from '../../../../shared/domain/materials';
import type { StaffRole } from '../../../../shared/domain/staff';
import { fail, ok, type Result } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { ApiFailure } from '../../db/errors';
import { findMaterialBySha, getMaterial, insertMaterial, resolveLinks, setMaterialDeleted, type MaterialBySha } from '../../repositories/materials';
import { readSettings } from '../../repositories/settings';
import { exifCaptureDate, imageInput, makeThumbnail, type ImageFacts, type ImageInput } from './image';
import { sniffFile, type SniffedType } from './sniff';
import { blobPath, discard, stagingFile, thumbnailPath, type MaterialStore } from './store';

export type FileRejection = 'empty' | 'tooLarge' | 'unsupportedType' | 'corrupt' | 'unreadable';

export const rejected = (reason: FileRejection) => fail('file_rejected', undefined, { reason });

const bytesPerMb = 1024 * 1024;

/** The largest file an import takes now: the store's fixed limit, else the setting as it is at this moment. */
export function importSizeLimitBytes(db: Database, store: MaterialStore): number {
  return store.sizeLimitBytes ?? readSettings(db).materialSizeLimitMb * bytesPerMb;
}

/** "Too large", with the limit in MB so the message can name it. */
export const tooLarge = (limitBytes: number) =>
  fail('file_rejected', undefined, { reason: 'tooLarge', limitMb: Math.max(1, Math.floor(limitBytes / bytesPerMb)) });

/** The metadata as checked at the boundary. */
export type ImportMetadata = ReturnType<typeof materialImportMetadataSchema.parse>;

export interface ImportContext {
  db: Database;
  store: MaterialStore;
}

/** Who may import: the same people who may edit material. */
const mayImport = (role: StaffRole): boolean => (contract['materials.update'].roles as readonly StaffRole[]).includes(role);

/**
 * Checks who asks and what they send before a single byte of the file is read, so a
 * transport can refuse a 2 GB upload at once: role, metadata shape, and that the
 * participant, placement, site and goals it names exist.
 */
export function checkImport(db: Database, role: StaffRole, rawMetadata: unknown): Result<ImportMetadata> {
  if (!mayImport(role)) return fail('forbidden');
  const given = rawMetadata ?? {};
  const parsed = materialImportMetadataSchema.safeParse(given);
  if (!parsed.success) return fail('validation', toFieldIssues(parsed.error, given));
  try {
    resolveLinks(db, { participantId: null, placementId: null, siteId: null, goalIds: [] }, parsed.data);
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.issues, error.params);
    throw error;
  }
  return ok(parsed.data);
}

class TooLargeError extends Error {}

/** Copies the bytes into the staging file while hashing and counting them; stops past the limit. */
async function stage(source: Readable, target: string, limitBytes: number): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limitBytes) {
        callback(new TooLargeError());
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  await pipeline(source, meter, createWriteStream(target, { flags: 'wx' }));
  return { sha256: hash.digest('hex'), size };
}

/** The local calendar date of a moment, which is what a teacher means by "the day it was taken". */
function localDate(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

interface Examined {
  type: SniffedType;
  image: ImageFacts | null;
  exifDate: string | null;
}

/** Type, picture size, thumbnail and EXIF date of the staged file; a rejection when it is refused. */
async function examine(staged: string, thumbnail: string, fileName: string): Promise<Examined | FileRejection> {
  const type = sniffFile(staged, fileName);
  if (!type) return 'unsupportedType';
  if (type.kind !== 'image') return { type, image: null, exifDate: null };
  let input: ImageInput;
  try {
    // A HEIC photo is read into memory once, for both its picture and its date.
    input = await imageInput(staged, type.mediaType);
  } catch {
    return 'corrupt';
  }
  const exifDate = exifCaptureDate(input, type.mediaType);
  let image: ImageFacts;
  try {
    image = await makeThumbnail(input, thumbnail, type.mediaType);
  } catch {
    await exifDate;
    // Whatever will not decode completely (HEIC included, which has its own decoder) is broken.
    return 'corrupt';
  }
  return { type, image, exifDate: await exifDate };
}

/** Moves a staged file to its store name, unless the same bytes are already there. True when it moved. */
function place(staged: string, target: string): boolean {
  if (existsSync(target)) return false;
  mkdirSync(dirname(target), { recursive: true });
  renameSync(staged, target);
  return true;
}

/** The existing item for the same bytes, brought back from the bin if it was there. */
function duplicateOf(db: Database, store: MaterialStore, existing: { id: string; deleted: boolean }): Result<MaterialImportOutcome> {
  if (existing.deleted) setMaterialDeleted(db, existing.id, false);
  return ok({ material: getMaterial(db, store, existing.id), duplicate: true });
}

/**
 * The same bytes again: also the chance to put back a file that went missing from the
 * store. The picture is decoded only when its thumbnail is missing too.
 */
async function answerDuplicate(
  context: ImportContext,
  existing: MaterialBySha,
  staged: string,
  stagedThumbnail: string,
  sha256: string,
): Promise<Result<MaterialImportOutcome>> {
  const { db, store } = context;
  place(staged, blobPath(store, sha256));
  const thumbnail = thumbnailPath(store, sha256);
  if (existing.hasThumbnail && !existsSync(thumbnail)) {
    const blob = blobPath(store, sha256);
    try {
      await makeThumbnail(await imageInput(blob, existing.mediaType), stagedThumbnail, existing.mediaType);
      place(stagedThumbnail, thumbnail);
    } catch {
      // The stored file's own problem; the item is still the one the user means.
    }
  }
  return duplicateOf(db, store, existing);
}

/**
 * Imports one file into the store and records it. The bytes are hashed while they are
 * copied into a staging file inside the store; the type is read from the bytes; an image
 * must decode completely (its thumbnail is made on the way). Then the file is renamed to
 * its SHA-256 name and the row inserted. The same bytes twice give the existing item
 * (brought back from the bin if it was there) with `duplicate`. Whatever fails, nothing
 * half-stored remains: staged files are removed, and a row never exists without its file.
 * Never throws for a refused file: the answer is an envelope, like every API call.
 */
export async function importMaterial(
  context: ImportContext,
  source: Readable,
  metadata: ImportMetadata,
): Promise<Result<MaterialImportOutcome>> {
  const { db, store } = context;
  const staged = stagingFile(store, '.part');
  const stagedThumbnail = stagingFile(store, '.webp');
  try {
    const limitBytes = importSizeLimitBytes(db, store);
    let received: { sha256: string; size: number };
    try {
      received = await stage(source, staged, limitBytes);
    } catch (error) {
      return error instanceof TooLargeError ? tooLarge(limitBytes) : rejected('unreadable');
    }
    if (received.size === 0) return rejected('empty');
    // Known bytes are answered before anything is decoded: a re-import costs a hash, not a decode.
    const known = findMaterialBySha(db, received.sha256);
    if (known) return await answerDuplicate(context, known, staged, stagedThumbnail, received.sha256);
    const examined = await examine(staged, stagedThumbnail, metadata.fileName);
    if (typeof examined === 'string') return rejected(examined);

    // From here on nothing awaits: the duplicate check, the renames and the insert happen
    // in one go, so two imports of the same bytes cannot both insert.
    const existing = findMaterialBySha(db, received.sha256);
    if (existing) {
      place(staged, blobPath(store, received.sha256));
      if (examined.image) place(stagedThumbnail, thumbnailPath(store, received.sha256));
      return duplicateOf(db, store, existing);
    }

    const blob = blobPath(store, received.sha256);
    const thumbnail = thumbnailPath(store, received.sha256);
    const placedBlob = place(staged, blob);
    const placedThumbnail = examined.image ? place(stagedThumbnail, thumbnail) : false;
    try {
      const id = db.transaction(() => {
        const links = resolveLinks(db, { participantId: null, placementId: null, siteId: null, goalIds: [] }, metadata);
        const date = metadata.date ?? examined.exifDate ?? (metadata.lastModified === undefined ? null : localDate(metadata.lastModified));
        return insertMaterial(db, {
          ...links,
          sha256: received.sha256,
          kind: examined.type.kind,
          mediaType: examined.type.mediaType,
          originalName: metadata.fileName,
          size: received.size,
          width: examined.image?.width ?? null,
          height: examined.image?.height ?? null,
          date,
          dateFromExif: metadata.date === undefined && examined.exifDate !== null,
          caption: metadata.caption ?? '',
          transcript: metadata.transcript ?? '',
          tags: metadata.tags ?? [],
          othersAppear: metadata.othersAppear ?? false,
          othersConsent: metadata.othersConsent ?? false,
          hasThumbnail: examined.image !== null,
        });
      })();
      return ok({ material: getMaterial(db, store, id), duplicate: false });
    } catch (error) {
      // No row, so no file: take back what this import put in place.
      if (placedBlob) discard(blob);
      if (placedThumbnail) discard(thumbnail);
      if (error instanceof ApiFailure) return fail(error.code, error.issues, error.params);
      throw error;
    }
  } finally {
    discard(staged, stagedThumbnail);
  }
}

/** Imports the file at `file` (Electron hands core the path of a picked file), read in large chunks. */
export function importMaterialFromPath(context: ImportContext, file: string, metadata: ImportMetadata): Promise<Result<MaterialImportOutcome>> {
  return importMaterial(context, createReadStream(file, { highWaterMark: 1024 * 1024 }), metadata);
}
