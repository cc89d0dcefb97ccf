import exifr from 'exifr';
import sharp from 'sharp';
import { heicExifBlock, heicImage, readHeicFile } from './heic';

/** Longest side of a thumbnail, in pixels: sharp on a high-density screen in a gallery grid. */
export const thumbnailSize = 320;

/**
 * What the functions below read: a file's path, or a HEIC photo's bytes already in memory
 * (its decoder needs the whole file; the import reads it once for the picture and the date).
 */
export type ImageInput = string | Buffer;

/** The bytes of a HEIC photo, read now when only its path is known. */
const heicBytes = (input: ImageInput): Promise<Buffer> => (typeof input === 'string' ? readHeicFile(input) : Promise.resolve(input));

/** The input to hand to makeThumbnail and exifCaptureDate: a HEIC file's bytes, else its path. Throws when a HEIC file cannot be read. */
export async function imageInput(file: string, mediaType: string): Promise<ImageInput> {
  return mediaType === 'image/heic' ? readHeicFile(file) : file;
}

export interface ImageFacts {
  /** Size as shown, after the EXIF orientation is applied. */
  width: number;
  height: number;
}

/**
 * Decodes the whole image while making its thumbnail (turned upright by its EXIF
 * orientation, WebP), so a truncated or broken file fails here and is refused, rather
 * than showing up later as a grey box. `failOn: 'truncated'` tolerates the small warnings
 * many phones' JPEGs raise but not missing data. Throws when the image cannot be decoded.
 */
export async function makeThumbnail(source: ImageInput, target: string, mediaType: string): Promise<ImageFacts> {
  const image =
    mediaType === 'image/heic'
      ? await heicImage(await heicBytes(source))
      : sharp(source, { failOn: 'truncated', limitInputPixels: 268_402_689, autoOrient: true, sequentialRead: true });
  const metadata = await image.metadata();
  // A small picture: a lower WebP effort costs nothing visible and saves time on old laptops.
  await image
    .clone()
    .resize(thumbnailSize, thumbnailSize, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 72, effort: 2 })
    .toFile(target);
  const upright = metadata.autoOrient ?? { width: metadata.width, height: metadata.height };
  return { width: upright.width, height: upright.height };
}

/**
 * The capture date from EXIF (DateTimeOriginal, else CreateDate) as YYYY-MM-DD, read as
 * the camera wrote it (local time, no time zone guessing). Only these tags are read:
 * location data is never looked at, let alone stored.
 */
export async function exifCaptureDate(source: ImageInput, mediaType: string): Promise<string | null> {
  try {
    // For HEIC, the EXIF block is read by heic.ts (exifr's own HEIC reader misses the date in some files).
    const input = mediaType === 'image/heic' ? heicExifBlock(await heicBytes(source)) : source;
    if (input === undefined) return null;
    const tags = (await exifr.parse(input, { pick: ['DateTimeOriginal', 'CreateDate'], reviveValues: false })) as
      | Record<string, unknown>
      | undefined;
    for (const value of [tags?.DateTimeOriginal, tags?.CreateDate]) {
      const match = typeof value === 'string' ? /^(\d{4})[:-](\d{2})[:-](\d{2})/.exec(value) : null;
      if (match && match[1] !== '0000') return `${match[1]}-${match[2]}-${match[3]}`;
    }
    return null;
  } catch {
    // Broken or missing EXIF is common and harmless: the date falls back to the file's own.
    return null;
  }
}

/** Output format for a stripped copy: the same as the original where sharp can write it. */
const exportFormats: Readonly<Record<string, { format: 'jpeg' | 'png' | 'webp' | 'gif'; mediaType: string }>> = {
  'image/jpeg': { format: 'jpeg', mediaType: 'image/jpeg' },
  'image/png': { format: 'png', mediaType: 'image/png' },
  'image/webp': { format: 'webp', mediaType: 'image/webp' },
  'image/gif': { format: 'gif', mediaType: 'image/gif' },
  // Few programs outside a phone open HEIC; the copy is a JPEG.
  'image/heic': { format: 'jpeg', mediaType: 'image/jpeg' },
};

/**
 * A copy of an image with every piece of metadata (EXIF with GPS, XMP, IPTC) removed: sharp
 * writes none unless asked. The picture is turned upright first, since the orientation tag
 * goes with the rest. JPEG is written at high quality so the copy looks the same.
 */
export async function strippedImage(file: string, mediaType: string): Promise<{ data: Buffer; mediaType: string }> {
  const target = exportFormats[mediaType] ?? exportFormats['image/jpeg']!;
  const animated = mediaType === 'image/gif' || mediaType === 'image/webp';
  // A HEIC photo comes out of its decoder upright and as bare pixels, with nothing to strip.
  const image = mediaType === 'image/heic' ? await heicImage(await readHeicFile(file)) : sharp(file, { animated }).rotate();
  const data = await (target.format === 'jpeg'
    ? image.jpeg({ quality: 92, mozjpeg: true })
    : target.format === 'png'
      ? image.png()
      : target.format === 'webp'
        ? image.webp({ quality: 92 })
        : image.gif()
  ).toBuffer();
  return { data, mediaType: target.mediaType };
}
