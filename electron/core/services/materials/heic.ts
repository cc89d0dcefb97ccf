import { readFile, stat } from 'node:fs/promises';
import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';
import { boxesIn, bufferSource, childBox, metaChildrenStart, readSized, type ByteSource } from './iso-boxes';

/**
 * HEIC/HEIF photos (an iPhone's default). The prebuilt sharp has no HEVC decoder, so the
 * picture is decoded by libheif compiled to WebAssembly (heic-decode) into raw RGBA and
 * handed to sharp from there, for the thumbnail and for the JPEG copy on export.
 */

/**
 * The decoder works on the whole file in memory. A phone photo is 1–5 MB; past this the file
 * is not a photo we should try to decode on an old laptop, and is refused as unreadable.
 */
export const heicMaxFileBytes = 256 * 1024 * 1024;
/** The same pixel limit as sharp's default for other images (about 16384 × 16384). */
const maxPixels = 268_402_689;

/**
 * The bytes of a HEIC file, read once for both the decoder and the EXIF date. Throws for a
 * file past heicMaxFileBytes (not read) or one that cannot be read.
 */
export async function readHeicFile(file: string): Promise<Buffer> {
  if ((await stat(file)).size > heicMaxFileBytes) throw new RangeError('HEIC file too large to decode');
  return readFile(file);
}

/**
 * The picture as a sharp pipeline over raw RGBA, already upright (libheif applies the
 * file's rotation and mirroring while decoding). Throws when the file will not decode,
 * e.g. when it is truncated or broken.
 */
export async function heicImage(bytes: Buffer): Promise<Sharp> {
  const decoded = await decodeHeic({ buffer: bytes });
  const { width, height, data } = decoded;
  if (width <= 0 || height <= 0 || width * height > maxPixels || data.length !== width * height * 4) {
    throw new RangeError('HEIC image has an unusable size');
  }
  return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } });
}

/** The item id of the 'Exif' item, from the item info box. */
function exifItemId(source: ByteSource, iinf: { start: number; contentStart: number; end: number }): number | undefined {
  const head = source.read(iinf.contentStart, 8);
  const version = head.readUInt8(0);
  const entriesStart = iinf.contentStart + 4 + (version === 0 ? 2 : 4);
  for (const infe of boxesIn(source, entriesStart, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const body = source.read(infe.contentStart, 16);
    const infeVersion = body.readUInt8(0);
    if (infeVersion < 2) continue;
    const idSize = infeVersion === 3 ? 4 : 2;
    const itemType = body.toString('latin1', 4 + idSize + 2, 4 + idSize + 6);
    if (itemType === 'Exif') return readSized(body, 4, idSize);
  }
  return undefined;
}

/** Offset and length of an item's data in the file, from the item location box (one extent, file offsets only). */
function itemExtent(source: ByteSource, iloc: { contentStart: number; end: number }, itemId: number): { offset: number; length: number } | undefined {
  const bytes = source.read(iloc.contentStart, iloc.end - iloc.contentStart);
  const version = bytes.readUInt8(0);
  const offsetSize = bytes.readUInt8(4) >> 4;
  const lengthSize = bytes.readUInt8(4) & 0x0f;
  const baseOffsetSize = bytes.readUInt8(5) >> 4;
  const indexSize = version === 1 || version === 2 ? bytes.readUInt8(5) & 0x0f : 0;
  const idSize = version < 2 ? 2 : 4;
  let at = 6;
  const itemCount = readSized(bytes, at, idSize);
  at += idSize;
  for (let item = 0; item < itemCount; item += 1) {
    const id = readSized(bytes, at, idSize);
    at += idSize;
    const constructionMethod = version === 1 || version === 2 ? bytes.readUInt16BE(at) & 0x0f : 0;
    if (version === 1 || version === 2) at += 2;
    at += 2; // data reference index
    const baseOffset = readSized(bytes, at, baseOffsetSize);
    at += baseOffsetSize;
    const extentCount = bytes.readUInt16BE(at);
    at += 2;
    for (let extent = 0; extent < extentCount; extent += 1) {
      at += indexSize;
      const offset = readSized(bytes, at, offsetSize);
      at += offsetSize;
      const length = readSized(bytes, at, lengthSize);
      at += lengthSize;
      if (id === itemId && extent === 0) {
        return constructionMethod === 0 && extentCount === 1 ? { offset: baseOffset + offset, length } : undefined;
      }
    }
  }
  return undefined;
}

/**
 * The EXIF block (a TIFF structure) of a HEIC file, or undefined when it has none. Read
 * here rather than by exifr's own HEIC reader, which ignores the item's base offset that
 * some encoders (libheif among them) write, and then finds no date.
 */
export function heicExifBlock(bytes: Buffer): Buffer | undefined {
  try {
    const source = bufferSource(bytes);
    const meta = [...boxesIn(source, 0, bytes.length)].find((box) => box.type === 'meta');
    if (!meta) return undefined;
    const childrenStart = metaChildrenStart(source, meta);
    const iinf = childBox(source, meta, childrenStart, 'iinf');
    const iloc = childBox(source, meta, childrenStart, 'iloc');
    if (!iinf || !iloc) return undefined;
    const id = exifItemId(source, iinf);
    const extent = id === undefined ? undefined : itemExtent(source, iloc, id);
    if (!extent || extent.offset + extent.length > bytes.length || extent.length < 8) return undefined;
    // The item starts with the offset of the TIFF header within it (after an optional "Exif\0\0").
    const headerOffset = bytes.readUInt32BE(extent.offset);
    const tiffStart = extent.offset + 4 + headerOffset;
    const end = extent.offset + extent.length;
    return tiffStart < end ? bytes.subarray(tiffStart, end) : undefined;
  } catch {
    // A broken box structure: no date, the photo itself is checked by the decoder.
    return undefined;
  }
}
