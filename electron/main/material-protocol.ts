import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parseMaterialFileUrl, type MaterialFileVariant } from '../../shared/domain/materials';
import type { Result } from '../../shared/result';
import { fileAnswer } from '../core/services/materials/http-headers';
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
  const answer = fileAnswer(file, request.method, request.headers?.get('range'));
  if (answer.status === 416) return plain(416, 'Range not satisfiable', answer.headers);
  const { status, start, end } = answer;
  const headers = { ...securityHeaders, ...answer.headers, 'Cache-Control': 'no-store' };
  if (!answer.sendsBody) return new Response(null, { status, headers });
  const body = Readable.toWeb(createReadStream(file.path, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}
