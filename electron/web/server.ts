import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { HandlerContext } from '../core/api/handlers';
import type { ErrorCode } from '../../shared/result';
import { printPath } from '../../shared/api/print-names';
import { handleApiCall } from './api-route';
import { isAuthorised, newToken, tokenCookieHeader, tokensMatch } from './auth';
import { openBackend, type Backend } from './backend';
import { checkHostAndOrigin } from './origin-guard';
import { createChromiumPrinter, type PdfPrinter } from './pdf-printer';
import { handlePrint } from './print-route';
import { handleMaterialExport, handleMaterialFile, handleMaterialImport, materialRouteOf } from './material-routes';
import { sendText, sendUnauthorised } from './responses';
import { setSecurityHeaders } from './security-headers';
import { indexFile, isClientRoute, lookupStatic, sendFile, sendNotBuilt } from './static-files';

export interface WebServerOptions {
  /** Folder holding sprakbro.sqlite; created if missing. */
  dataDir: string;
  /** The built renderer (dist/renderer). Without index.html a "not built" page is served. */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; otherwise a new random one per start. */
  token?: string;
  mode: HandlerContext['mode'];
  version?: string;
  /** Where problems are reported; stderr by default. */
  log?: (message: string) => void;
  /** The bundled print fonts (dist/fonts); without it, installed Noto fonts are used. */
  fontsDir?: string;
  /** Prints PDFs; by default one warm system Chromium (CHROMIUM_PATH or /usr/bin/chromium). */
  printer?: PdfPrinter;
  /** Largest material file accepted (tests lower it); 2 GB by default. */
  materialSizeLimitBytes?: number;
}

export interface WebServer {
  /** The link to open: it carries the token, which the server swaps for a cookie. */
  url: string;
  /** http://127.0.0.1:<port>, for callers that authenticate with the token header. */
  origin: string;
  port: number;
  token: string;
  databaseError?: { code: ErrorCode; message: string };
  close(): Promise<void>;
}

export const apiPath = '/api/call';
const loopback = '127.0.0.1';

function splitUrl(rawUrl: string): { path: string; query: URLSearchParams } {
  const index = rawUrl.indexOf('?');
  if (index < 0) return { path: rawUrl, query: new URLSearchParams() };
  return { path: rawUrl.slice(0, index), query: new URLSearchParams(rawUrl.slice(index + 1)) };
}

function serveRenderer(request: IncomingMessage, response: ServerResponse, rendererDir: string, path: string): void {
  const headOnly = request.method === 'HEAD';
  if (!existsSync(indexFile(rendererDir))) {
    sendNotBuilt(response);
    return;
  }
  const found = lookupStatic(rendererDir, path);
  if (found.kind === 'file') {
    sendFile(response, found.file, found.size, path, headOnly);
    return;
  }
  if (found.kind === 'refused') {
    sendText(response, 400, 'Bad path\n');
    return;
  }
  const fallback = isClientRoute(path) ? lookupStatic(rendererDir, '/') : found;
  if (fallback.kind === 'file') sendFile(response, fallback.file, fallback.size, '/', headOnly);
  else sendText(response, 404, 'Not found\n');
}

/**
 * Order matters: the host and origin checks run before anything else so a rebound or
 * cross-site request learns nothing, then the token, then the route.
 */
async function route(
  request: IncomingMessage,
  response: ServerResponse,
  context: {
    port: number;
    token: string;
    rendererDir: string;
    backend: Backend;
    printer: PdfPrinter;
    log: (message: string) => void;
    materialSizeLimitBytes: number;
  },
): Promise<void> {
  setSecurityHeaders(response);
  const guard = checkHostAndOrigin(request, context.port);
  if (!guard.ok) {
    sendText(response, guard.status, `${guard.reason}\n`);
    return;
  }
  const { path, query } = splitUrl(request.url ?? '/');
  const method = request.method ?? 'GET';
  const offered = query.get('token');
  if (path === '/' && (method === 'GET' || method === 'HEAD') && offered !== null && tokensMatch(offered, context.token)) {
    // Swap the token in the link for a cookie, and drop it from the address bar.
    response.setHeader('Set-Cookie', tokenCookieHeader(context.token));
    response.setHeader('Location', '/');
    sendText(response, 303, 'See /\n');
    return;
  }
  if (!isAuthorised(request, context.token)) {
    sendUnauthorised(response);
    return;
  }
  if (path === apiPath) {
    if (method !== 'POST') {
      response.setHeader('Allow', 'POST');
      sendText(response, 405, 'Method not allowed\n');
      return;
    }
    await handleApiCall(request, response, context.backend.api);
    return;
  }
  if (path === printPath) {
    if (method !== 'POST') {
      response.setHeader('Allow', 'POST');
      sendText(response, 405, 'Method not allowed\n');
      return;
    }
    await handlePrint(request, response, context.backend.api, context.printer, context.log);
    return;
  }
  const material = materialRouteOf(path);
  if (material?.kind === 'import') {
    if (method !== 'POST') {
      response.setHeader('Allow', 'POST');
      sendText(response, 405, 'Method not allowed\n');
      return;
    }
    await handleMaterialImport(request, response, context.backend.materials, query, context.materialSizeLimitBytes);
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(response, 405, 'Method not allowed\n');
    return;
  }
  if (material?.kind === 'file') {
    handleMaterialFile(request, response, context.backend.materials, path);
    return;
  }
  if (material?.kind === 'export') {
    await handleMaterialExport(response, context.backend.materials, material.id);
    return;
  }
  serveRenderer(request, response, context.rendererDir, path);
}

/** Browser mode: the core behind a token-guarded HTTP server that only listens on loopback. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const token = options.token ?? newToken();
  if (token.length < 16 || !/^[A-Za-z0-9_-]+$/.test(token)) throw new Error('The token must be 16+ base64url characters');
  const backend = openBackend({
    dataDir: options.dataDir,
    mode: options.mode,
    version: options.version ?? '0.0.0-dev',
    log,
    ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}),
    ...(options.materialSizeLimitBytes ? { materialSizeLimitBytes: options.materialSizeLimitBytes } : {}),
  });
  // No fixed ceiling unless a test sets one: the route applies the size limit from settings.
  const materialSizeLimitBytes = options.materialSizeLimitBytes ?? Number.POSITIVE_INFINITY;
  // Started lazily on the first print, then kept warm until the server closes.
  const printer = options.printer ?? createChromiumPrinter(options.fontsDir ? { fontsDir: options.fontsDir } : {});

  const sockets = new Set<Socket>();
  let port = 0;
  const server = createServer((request, response) => {
    route(request, response, { port, token, rendererDir: options.rendererDir, backend, printer, log, materialSizeLimitBytes }).catch((error: unknown) => {
      log(`Request failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      if (!response.headersSent) sendText(response, 500, 'Internal error\n');
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, loopback, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    backend.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://${loopback}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    ...(backend.databaseError ? { databaseError: backend.databaseError } : {}),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          // The last backup snapshot first (when a folder is set and something changed), then the printer.
          backend
            .closeWithFinalBackup()
            .catch((error: unknown) => log(`Final backup failed: ${String(error)}`))
            .finally(() => printer.close().then(resolve, resolve));
        });
        // Keep-alive connections from the browser would otherwise hold close() open.
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
