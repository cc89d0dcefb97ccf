import { closeSync, fstatSync, openSync } from 'node:fs';
import { Transform } from 'node:stream';
import { boxesIn, childBox, fileSource, metaChildrenStart, type Box, type ByteSource } from './iso-boxes';

/**
 * Location data in exported sound and video. Phones write where a video was recorded into
 * the MP4/MOV/M4A box tree; the export removes it without re-encoding: each location box is
 * renamed to 'free' (padding every player skips) and its content overwritten with zeros. The
 * size stays the same, so no offset in the file changes and the media plays as before.
 *
 * Where location hides in ISO-BMFF files:
 * - moov/udta/©xyz and moov/trak/udta/©xyz: "+59.9139+010.7522/" (QuickTime, Android phones);
 * - moov/udta/loci and moov/trak/udta/loci: the 3GPP location box;
 * - moov/meta (and moov/udta/meta, trak/meta) with 'keys' naming
 *   com.apple.quicktime.location.ISO6709 (iPhones) and its 'ilst' entry holding the value.
 *
 * Other containers are exported as stored, by decision: MP3 (ID3 has no location frame),
 * WAV (its standard chunks carry none), Ogg and WebM (no standard location tag; a free-text
 * place name is possible, but no phone or recorder we know of writes coordinates there).
 */

/** Bytes to write over the exported copy, at a position in the file. */
export interface FilePatch {
  position: number;
  data: Buffer;
}

/** The types whose files are ISO-BMFF, as sniff.ts names them. */
const isoMediaTypes = new Set(['video/mp4', 'video/quicktime', 'audio/mp4']);

export const mayCarryLocation = (mediaType: string): boolean => isoMediaTypes.has(mediaType);

const locationBoxTypes = new Set(['\u00a9xyz', 'loci']);
const locationKeyPrefix = 'com.apple.quicktime.location';
/** Location boxes are tiny; anything larger is not one we understand, and is only renamed. */
const maxZeroedBytes = 64 * 1024;

/** A patch renaming `box` to 'free' and clearing its content. */
function neutralise(box: Box): FilePatch[] {
  const patches: FilePatch[] = [{ position: box.start + 4, data: Buffer.from('free', 'latin1') }];
  const length = box.end - box.contentStart;
  if (length > 0 && length <= maxZeroedBytes) patches.push({ position: box.contentStart, data: Buffer.alloc(length) });
  return patches;
}

/** The 1-based indexes of the location keys in a QuickTime 'keys' box. */
function locationKeyIndexes(source: ByteSource, keys: Box): Set<number> {
  const indexes = new Set<number>();
  const head = source.read(keys.contentStart, 8);
  if (head.length < 8) return indexes;
  const count = head.readUInt32BE(4);
  let at = keys.contentStart + 8;
  for (let index = 1; index <= count && at + 8 <= keys.end; index += 1) {
    const entrySize = source.read(at, 4).readUInt32BE(0);
    if (entrySize < 8 || at + entrySize > keys.end) break;
    const name = source.read(at + 8, entrySize - 8).toString('latin1');
    if (name.startsWith(locationKeyPrefix)) indexes.add(index);
    at += entrySize;
  }
  return indexes;
}

/** The location entries of a metadata box: their 'ilst' items are neutralised. */
function metaPatches(source: ByteSource, meta: Box): FilePatch[] {
  const childrenStart = metaChildrenStart(source, meta);
  const keys = childBox(source, meta, childrenStart, 'keys');
  const ilst = childBox(source, meta, childrenStart, 'ilst');
  if (!keys || !ilst) return [];
  const indexes = locationKeyIndexes(source, keys);
  if (indexes.size === 0) return [];
  const patches: FilePatch[] = [];
  for (const item of boxesIn(source, ilst.contentStart, ilst.end)) {
    // An item's type is the key's index as a 32-bit number.
    if (indexes.has(Buffer.from(item.type, 'latin1').readUInt32BE(0))) patches.push(...neutralise(item));
  }
  return patches;
}

/** Patches for one 'udta', 'meta' or 'trak' level of the tree. */
function containerPatches(source: ByteSource, parent: Box): FilePatch[] {
  const patches: FilePatch[] = [];
  for (const box of boxesIn(source, parent.contentStart, parent.end)) {
    if (locationBoxTypes.has(box.type)) patches.push(...neutralise(box));
    else if (box.type === 'meta') patches.push(...metaPatches(source, box));
    else if (box.type === 'udta' || box.type === 'trak') patches.push(...containerPatches(source, box));
  }
  return patches;
}

/** Every patch that removes location data from an ISO-BMFF file; none for a file without any. */
export function locationPatches(source: ByteSource): FilePatch[] {
  const patches: FilePatch[] = [];
  for (const box of boxesIn(source, 0, source.size)) {
    if (box.type === 'moov') patches.push(...containerPatches(source, box));
  }
  return patches;
}

/** Location patches for the file at `file`, read from its box headers only. */
export function locationPatchesOfFile(file: string, mediaType: string): FilePatch[] {
  if (!mayCarryLocation(mediaType)) return [];
  const fd = openSync(file, 'r');
  try {
    return locationPatches(fileSource(fd, fstatSync(fd).size));
  } finally {
    closeSync(fd);
  }
}

/**
 * A stream transform that writes the patches over the bytes passing through (browser
 * mode streams the stored file into the download). Patches may span chunk borders.
 */
export function patchingStream(patches: readonly FilePatch[]): Transform {
  let position = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const start = position;
      const end = start + chunk.length;
      position = end;
      const touching = patches.filter((patch) => patch.position < end && patch.position + patch.data.length > start);
      if (touching.length === 0) {
        callback(null, chunk);
        return;
      }
      const copy = Buffer.from(chunk);
      for (const patch of touching) {
        const from = Math.max(patch.position, start);
        const to = Math.min(patch.position + patch.data.length, end);
        patch.data.copy(copy, from - start, from - patch.position, to - patch.position);
      }
      callback(null, copy);
    },
  });
}
