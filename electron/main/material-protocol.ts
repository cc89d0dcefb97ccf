import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parseMaterialFileUrl, type MaterialFileVariant } from '../../shared/domain/materials';
import type { Result } from '../../shared/result';
import { parseByteRange } from '../core/services/materials/byte-range';
import { appHost, appScheme } from './app-origin';
import { materialFileReplySchema } from './core-messages';
import { securityHeaders } from './security';

/** Asks core where a material's file is and what type it has. */
export type MaterialFileLookup = (id: string, variant: MaterialFileVariant) => Promise<Result<unknown>>;

/** The material file an app:// URL names, or undefined when it is not a material URL. */
export function materialTarget(requestUrl: string): { id: string; variant: MaterialFileVariant } | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${appScheme}:` || url.hostname.toLowerCase() !== appHost || url.search !== '') return undefined;
  return parseMaterialFileUrl(url.pathname);
}

const plain = (status: number, text: string, extra: Record<string, string> = {}): Response =>
  new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });

/** `inline` or `attachment` with an ASCII fallback and the real (UTF-8) name (RFC 6266). */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'file';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Serves app://sprakbro/media/materials/<id>/<variant> the way browser mode does: the type
 * core read from the bytes at import, nosniff, PDFs and documents as downloads, and single
 * byte ranges (206) so video and sound can seek.
 */
export async function serveMaterialFile(
  request: { method: string; headers?: Pick<Headers, 'get'> },
  target: { id: string; variant: MaterialFileVariant },
  lookup: MaterialFileLookup,
): Promise<Response> {
  const result = await lookup(target.id, target.variant);
  if (!result.ok) return result.error.code === 'file_missing' ? plain(410, 'File missing') : plain(404, 'Not found');
  const parsed = materialFileReplySchema.safeParse(result.value);
  if (!parsed.success) return plain(500, 'Internal error');
  const file = parsed.data;
  const headers: Record<string, string> = {
    ...securityHeaders,
    'Content-Type': file.mediaType,
    'Accept-Ranges': 'bytes',
    'Content-Disposition': disposition(file.inline ? 'inline' : 'attachment', file.fileName),
    'Cache-Control': 'no-store',
  };
  const range = parseByteRange(request.headers?.get('range'), file.size);
  if (range === 'unsatisfiable') return plain(416, 'Range not satisfiable', { 'Content-Range': `bytes */${file.size}` });
  const start = range?.start ?? 0;
  const end = range?.end ?? file.size - 1;
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  headers['Content-Length'] = String(file.size === 0 ? 0 : end - start + 1);
  const status = range ? 206 : 200;
  if (request.method === 'HEAD' || file.size === 0) return new Response(null, { status, headers });
  const body = Readable.toWeb(createReadStream(file.path, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}
