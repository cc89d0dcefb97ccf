/**
 * The HTTP headers for handing over a file, shared by both shells: browser mode's routes
 * (electron/web) and Electron's app:// protocol (electron/main) answer alike. Pure: no
 * file or socket is touched here.
 */

/** One byte range of a file, both ends included, as HTTP counts them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Reads a `Range: bytes=…` header for a file of `size` bytes (RFC 9110 §14). Only one range
 * is served (a video element asks for one at a time); a multi-range request gets the whole
 * file, which the RFC allows. Undefined: serve the whole file; 'unsatisfiable': answer 416.
 */
export function parseByteRange(header: string | undefined | null, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    // The last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (end < start) return undefined;
  return { start, end };
}

/**
 * `attachment` (or `inline`) with an ASCII fallback and the real name in UTF-8 (RFC 6266,
 * RFC 5987 `filename*`), so "Ukeplan Språk.pdf" or an Arabic name arrives as it was.
 * `fallback` is the ASCII name when nothing of the real one is left.
 */
export function contentDisposition(fileName: string, options: { inline?: boolean; fallback?: string } = {}): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || (options.fallback ?? 'file');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${options.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** What the shells know of a stored file they are about to serve. */
export interface ServedFile {
  size: number;
  mediaType: string;
  inline: boolean;
  fileName: string;
}

/** How to answer a request for a file: the status, the headers, and which bytes to send. */
export type FileAnswer =
  | { status: 200 | 206; headers: Record<string, string>; start: number; end: number; sendsBody: boolean }
  | { status: 416; headers: Record<string, string> };

/**
 * The answer to a GET or HEAD for a stored file, with single byte ranges (206) so video
 * and sound can seek: its type as read from the bytes at import, inline or as a download,
 * and the length of what is sent. `sendsBody` is false for HEAD and for an empty file.
 */
export function fileAnswer(file: ServedFile, method: string, rangeHeader: string | undefined | null): FileAnswer {
  const range = parseByteRange(rangeHeader, file.size);
  if (range === 'unsatisfiable') return { status: 416, headers: { 'Content-Range': `bytes */${file.size}` } };
  const start = range?.start ?? 0;
  const end = range?.end ?? file.size - 1;
  const headers: Record<string, string> = {
    'Content-Type': file.mediaType,
    'Accept-Ranges': 'bytes',
    'Content-Disposition': contentDisposition(file.fileName, { inline: file.inline }),
    'Content-Length': String(file.size === 0 ? 0 : end - start + 1),
  };
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  return { status: range ? 206 : 200, headers, start, end, sendsBody: method !== 'HEAD' && file.size > 0 };
}
