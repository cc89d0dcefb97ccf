import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { mediaTypeFor } from '../../shared/files/media-types';
import { sendText } from './responses';

export type StaticLookup =
  | { kind: 'file'; file: string; size: number }
  | { kind: 'refused' }
  | { kind: 'missing' };

/**
 * Maps a raw request path to a file inside `root`, or refuses it. The path is decoded once,
 * then any `..`, backslash, NUL or hidden segment is refused instead of being normalised
 * away, so `/../`, `%2e%2e%2f` and `..%5c` never get near the file system. The real path
 * must still lie inside the real root, which also stops a symlink pointing outside.
 */
export function lookupStatic(root: string, rawPath: string): StaticLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\\') || decoded.includes('\0')) return { kind: 'refused' };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return { kind: 'refused' };

  const realRoot = realpathSync(root);
  const candidate = resolve(realRoot, ...(segments.length === 0 ? ['index.html'] : segments));
  if (!existsSync(candidate)) return { kind: 'missing' };
  const real = realpathSync(candidate);
  if (!real.startsWith(realRoot + sep)) return { kind: 'refused' };
  const stats = statSync(real);
  if (!stats.isFile()) return { kind: 'missing' };
  return { kind: 'file', file: real, size: stats.size };
}

/** Hashed file names under assets/ never change content, so only those may be cached. */
const isImmutableAsset = (rawPath: string): boolean => rawPath.startsWith('/assets/');

export function sendFile(
  response: ServerResponse,
  file: string,
  size: number,
  rawPath: string,
  headOnly: boolean,
): void {
  response.statusCode = 200;
  response.setHeader('Content-Type', mediaTypeFor(file));
  response.setHeader('Content-Length', size);
  if (isImmutableAsset(rawPath)) response.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
  if (headOnly) {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

/**
 * Client-side routes (`/courses/…`) have no file: they get index.html so a reload works.
 * Anything that looks like a file (has an extension) and is missing stays a 404.
 */
export const isClientRoute = (rawPath: string): boolean => extname(rawPath) === '';

export const indexFile = (root: string): string => join(root, 'index.html');

/** Shown when the renderer has not been built, so `npm start` on a fresh checkout explains itself. */
export function sendNotBuilt(response: ServerResponse): void {
  sendText(
    response,
    503,
    'Språkbro er ikke bygd ennå. Kjør «npm run build» og start på nytt.\n' +
      'Språkbro has not been built yet. Run "npm run build" and start again.\n',
  );
}
