import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { MaterialKind } from '../../../../shared/domain/materials';

/**
 * What a file really is, from its first bytes (magic numbers), never from its name: a
 * renamed .exe or .html stays refused, a photo called ".txt" is still a photo. Only the
 * types a teacher needs and a browser can show or a user can open are accepted; SVG and
 * HTML (which can carry scripts), executables and everything else are not. The name's
 * extension is used only to choose between types that share one container (an MP4 that is
 * audio only, an old Word or Excel file in the OLE2 container).
 */
export interface SniffedType {
  kind: MaterialKind;
  mediaType: string;
}

const headBytes = 64 * 1024;

const ascii = (bytes: Buffer, start: number, length: number): string => bytes.toString('latin1', start, start + length);
const startsWith = (bytes: Buffer, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, index) => bytes[at + index] === byte);

const extensionOf = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

function readRange(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

const officeTypes: Readonly<Record<string, string>> = {
  'word/document.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'ppt/presentation.xml': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const openDocumentTypes = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];

/** The entry names of a zip file, from its central directory; undefined when it is not a readable zip. */
export function zipEntryNames(fd: number, size: number): string[] | undefined {
  // The end-of-central-directory record is in the last 22 bytes plus a comment of up to 64 KiB.
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = readRange(fd, size - tailLength, tailLength);
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > tail.length) return undefined;
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset + directorySize > size || directorySize > 16 * 1024 * 1024) return undefined;
  const directory = readRange(fd, directoryOffset, directorySize);
  const names: string[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function sniffZip(fd: number, size: number, head: Buffer): SniffedType | undefined {
  // OpenDocument: the first entry is an uncompressed "mimetype" holding the type.
  if (ascii(head, 30, 8) === 'mimetype') {
    const declared = ascii(head, 38, 60);
    const type = openDocumentTypes.find((candidate) => declared.startsWith(candidate) && !declared.startsWith(`${candidate}-`));
    if (type) return { kind: 'document', mediaType: type };
  }
  const names = zipEntryNames(fd, size);
  if (!names?.includes('[Content_Types].xml')) return undefined;
  const entry = Object.keys(officeTypes).find((name) => names.includes(name));
  return entry ? { kind: 'document', mediaType: officeTypes[entry]! } : undefined;
}

const heicBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const audioMp4Brands = new Set(['M4A ', 'M4B ']);
const videoMp4Brands = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'mmp4', 'dash', '3gp4', '3gp5', '3gp6']);

function sniffIsoMedia(head: Buffer, fileName: string): SniffedType | undefined {
  const boxSize = head.readUInt32BE(0);
  const brands = [ascii(head, 8, 4)];
  for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) brands.push(ascii(head, at, 4));
  if (brands.includes('avif') || brands.includes('avis')) return undefined;
  if (brands.some((brand) => heicBrands.has(brand))) return { kind: 'image', mediaType: 'image/heic' };
  // A QuickTime movie: what an iPhone records. Same box structure as MP4; whether it plays
  // depends on its codec (H.264 plays everywhere, HEVC where the system decodes it).
  if (brands[0] === 'qt  ') return { kind: 'video', mediaType: 'video/quicktime' };
  if (brands.some((brand) => audioMp4Brands.has(brand))) return { kind: 'audio', mediaType: 'audio/mp4' };
  if (brands.some((brand) => videoMp4Brands.has(brand))) {
    // A generic MP4 may hold sound only; phones name those .m4a.
    return extensionOf(fileName) === 'm4a' ? { kind: 'audio', mediaType: 'audio/mp4' } : { kind: 'video', mediaType: 'video/mp4' };
  }
  return undefined;
}

function sniffHead(head: Buffer, fileName: string): SniffedType | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'image', mediaType: 'image/jpeg' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mediaType: 'image/png' };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return { kind: 'image', mediaType: 'image/gif' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return { kind: 'image', mediaType: 'image/webp' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return { kind: 'audio', mediaType: 'audio/wav' };
  if (ascii(head, 0, 5) === '%PDF-') return { kind: 'pdf', mediaType: 'application/pdf' };
  if (ascii(head, 0, 4) === 'OggS') return { kind: 'audio', mediaType: 'audio/ogg' };
  if (head.length >= 12 && ascii(head, 4, 4) === 'ftyp') return sniffIsoMedia(head, fileName);
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
    const text = ascii(head, 0, head.length);
    if (!text.includes('webm')) return undefined;
    return /V_(VP8|VP9|AV1)/.test(text) ? { kind: 'video', mediaType: 'video/webm' } : { kind: 'audio', mediaType: 'audio/webm' };
  }
  // MP3: an ID3 tag, or straight into an MPEG audio frame (sync bits, layer III).
  if (ascii(head, 0, 3) === 'ID3') return { kind: 'audio', mediaType: 'audio/mpeg' };
  if (head[0] === 0xff && ((head[1] ?? 0) & 0xe6) === 0xe2) return { kind: 'audio', mediaType: 'audio/mpeg' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // The OLE2 container also holds installers (.msi) and mail: only the two office names pass.
    const extension = extensionOf(fileName);
    if (extension === 'doc') return { kind: 'document', mediaType: 'application/msword' };
    if (extension === 'xls') return { kind: 'document', mediaType: 'application/vnd.ms-excel' };
  }
  return undefined;
}

/** The type of the file at `file`, or undefined when it is not one Språkbro accepts. */
export function sniffFile(file: string, fileName: string): SniffedType | undefined {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = readRange(fd, 0, Math.min(size, headBytes));
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(fd, size, head);
    return sniffHead(head, fileName);
  } finally {
    closeSync(fd);
  }
}

/** Kinds a browser shows inline; PDFs and office documents are always downloaded. */
export const isInlineKind = (kind: MaterialKind): boolean => kind === 'image' || kind === 'audio' || kind === 'video';
