import { readSync } from 'node:fs';

/**
 * A reader for the ISO base media file format (ISO-BMFF): MP4, MOV, M4A and HEIC are all a
 * tree of "boxes", each a 32-bit size, a four-letter type and its content. Only box headers
 * are read, so walking a 2 GB video touches a few kilobytes.
 */
export interface ByteSource {
  size: number;
  /** Up to `length` bytes at `position`; fewer at the end of the file. */
  read(position: number, length: number): Buffer;
}

export interface Box {
  type: string;
  start: number;
  /** Where the content begins (after size, type and any 64-bit size). */
  contentStart: number;
  end: number;
}

export const bufferSource = (bytes: Buffer): ByteSource => ({
  size: bytes.length,
  read: (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)),
});

export function fileSource(fd: number, size: number): ByteSource {
  return {
    size,
    read(position, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const read = buffer.length === 0 ? 0 : readSync(fd, buffer, 0, buffer.length, position);
      return buffer.subarray(0, read);
    },
  };
}

/** The boxes directly inside `start`..`end`. A malformed box ends the walk rather than throwing. */
export function* boxesIn(source: ByteSource, start: number, end: number): Generator<Box> {
  let at = start;
  while (at + 8 <= end) {
    const head = source.read(at, 16);
    if (head.length < 8) return;
    const size32 = head.readUInt32BE(0);
    const type = head.toString('latin1', 4, 8);
    let size = size32;
    let headerSize = 8;
    if (size32 === 1) {
      if (head.length < 16) return;
      size = Number(head.readBigUInt64BE(8));
      headerSize = 16;
    } else if (size32 === 0) {
      size = end - at;
    }
    if (size < headerSize || at + size > end) return;
    yield { type, start: at, contentStart: at + headerSize, end: at + size };
    at += size;
  }
}

/** The first child of `parent` with the given type. */
export function childBox(source: ByteSource, parent: { start: number; end: number }, contentStart: number, type: string): Box | undefined {
  for (const box of boxesIn(source, contentStart, parent.end)) if (box.type === type) return box;
  return undefined;
}

/**
 * Where the children of a 'meta' box begin. In ISO files (HEIC, MP4 udta) 'meta' is a "full
 * box" with four bytes of version and flags first; in QuickTime files it is not. Either way
 * its first child is 'hdlr', which tells the two apart.
 */
export function metaChildrenStart(source: ByteSource, meta: Box): number {
  const probe = source.read(meta.contentStart, 12);
  return probe.toString('latin1', 8, 12) === 'hdlr' ? meta.contentStart + 4 : meta.contentStart;
}

/** An unsigned big-endian integer of 0, 1, 2, 4 or 8 bytes. */
export function readSized(bytes: Buffer, at: number, size: number): number {
  if (size === 0) return 0;
  if (size === 1) return bytes.readUInt8(at);
  if (size === 2) return bytes.readUInt16BE(at);
  if (size === 4) return bytes.readUInt32BE(at);
  if (size === 8) return Number(bytes.readBigUInt64BE(at));
  throw new RangeError(`Unsupported field size ${size}`);
}
