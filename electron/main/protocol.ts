import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { appHost, appScheme } from './app-origin';
import { securityHeaders } from './security';
import { mediaTypeFor } from '../../shared/files/media-types';
import { materialTarget, serveMaterialFile, type MaterialFileLookup } from './material-protocol';

/**
 * Registers app:// as a standard, secure scheme. Must run before the app is ready.
 * Standard gives it a real origin (so 'self' in the CSP, relative URLs and storage work);
 * secure makes it count as a secure context; the rest lets fetch, module scripts, media
 * streaming and the V8 code cache work for our own files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
    },
  ]);
}

/** Bytes and length limits keep absurd URLs from ever reaching the file system. */
const maxPathLength = 1024;
const maxSegmentLength = 255;
/**
 * One path segment, after decoding: ASCII letters, digits and `_ - . ~ @ +`, not starting
 * or ending with a dot. That excludes `.`/`..`, dot files, slashes and backslashes, NUL
 * and other control characters, `:` (Windows drive letters and alternate data streams),
 * `%` (double encoding) and the trailing dots Windows would silently strip. Vite's output
 * (`assets/index-AbC123.js`) and our resources fit easily.
 */
const safeSegment = /^[A-Za-z0-9_~@+-](?:[A-Za-z0-9_.~@+-]*[A-Za-z0-9_~@+-])?$/;
/** Names Windows maps to devices whatever the extension (`nul.js` is the NUL device). */
const windowsDeviceName = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?:\..*)?$/i;

/**
 * Maps an app:// request URL to a file inside rootDir, or null when the URL is not ours or
 * could point anywhere else. Pure (no file system access), so the traversal rules can be
 * tested on every platform. `/` means index.html.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.hostname.toLowerCase() !== appHost) return null;
  if (url.port !== '' || url.username !== '' || url.password !== '') return null;

  const rawPath = url.pathname;
  if (rawPath.length > maxPathLength || !rawPath.startsWith('/')) return null;
  const rawSegments = rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');

  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed escape such as %zz or a lone %
    }
    if (segment.length > maxSegmentLength) return null;
    if (!safeSegment.test(segment) || windowsDeviceName.test(segment)) return null;
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  // Belt and braces: whatever the rules above let through must still land inside root.
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

/** Content type by extension; unknown files are served as opaque bytes (nosniff is set). */
export const mimeTypeFor = mediaTypeFor;

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The subset of a fetch Request the handler reads; keeps it testable without Electron. */
export type AppRequest = Pick<Request, 'url' | 'method'> & { headers?: Pick<Headers, 'get'> };

/**
 * Builds the app:// handler for files under rootDir (the Vite output). A path without an
 * extension that is not a file gets index.html, so reloading on a client-side route works.
 */
export function createAppProtocolHandler(
  rootDir: string,
  materialFile?: MaterialFileLookup,
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    // Captured material lives in the data folder, not among the app's files: core knows where.
    const material = materialFile ? materialTarget(request.url) : undefined;
    if (material && materialFile) return serveMaterialFile(request, material, materialFile);
    const resolved = resolveAppPath(rootDir, request.url);
    if (resolved === null) return plain(403, 'Forbidden');

    let file = resolved;
    if (!(await isFile(file))) {
      if (path.extname(file) !== '') return plain(404, 'Not found');
      file = path.join(path.resolve(rootDir), 'index.html');
      if (!(await isFile(file))) return plain(404, 'Not found');
    }

    const headers = { ...securityHeaders, 'Content-Type': mimeTypeFor(file) };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

/** Serves app:// from rootDir on the default session. Call once, after the app is ready. */
export function installAppProtocol(rootDir: string, materialFile?: MaterialFileLookup): void {
  protocol.handle(appScheme, createAppProtocolHandler(rootDir, materialFile));
}
