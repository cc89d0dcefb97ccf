import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { materialExportPattern, materialImportPath, materialMetadataHeader } from '../../shared/api/material-transport';
import { materialFilePathPrefix, parseMaterialFileUrl } from '../../shared/domain/materials';
import { fail, type Result } from '../../shared/result';
import { contentDisposition, fileAnswer } from '../core/services/materials/http-headers';
import { patchingStream } from '../core/services/materials/media-location';
import { tooLarge } from '../core/services/materials/import';
import type { MaterialService } from '../core/services/materials/service';
import { sendJson, sendText } from './responses';

/** Where an import request's metadata is: the header (percent-encoded JSON), else `?metadata=`. */
function readMetadata(request: IncomingMessage, query: URLSearchParams): unknown {
  const header = request.headers[materialMetadataHeader];
  const raw = typeof header === 'string' ? header : query.get('metadata');
  if (raw === null) return undefined;
  try {
    return JSON.parse(typeof header === 'string' ? decodeURIComponent(raw) : raw) as unknown;
  } catch {
    return null;
  }
}

/** Answers a refused import once the client has finished sending (so it sees the answer, not a reset). */
function answerAfterBody(request: IncomingMessage, response: ServerResponse, status: number, result: Result<unknown>): void {
  if (request.complete || request.readableEnded) {
    sendJson(response, status, result);
    return;
  }
  request.once('end', () => sendJson(response, status, result));
  request.resume();
}

/**
 * POST /api/materials/import: the raw bytes of one file as the body. Role and metadata are
 * checked before the body is read; the body is streamed into the store's staging file, never
 * held in memory, with the size limit enforced as it arrives. Answers the contract envelope.
 */
export async function handleMaterialImport(
  request: IncomingMessage,
  response: ServerResponse,
  materials: MaterialService,
  query: URLSearchParams,
  ceilingBytes: number,
): Promise<void> {
  const metadata = readMetadata(request, query);
  if (metadata === null) {
    answerAfterBody(request, response, 400, fail('validation'));
    return;
  }
  // Profiles and sign-in come later; until then the browser user acts as a teacher.
  // The most this route asks for; core's profile session narrows it to the signed-in profile (material-guard.ts).
  const checked = materials.checkImport('teacher', metadata);
  if (!checked.ok) {
    answerAfterBody(request, response, 200, checked);
    return;
  }
  // The limit from the settings, read now; the server's own ceiling on top.
  const limitBytes = Math.min(ceilingBytes, materials.sizeLimitBytes());
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    answerAfterBody(request, response, 413, tooLarge(limitBytes));
    return;
  }
  // The body goes through a pass-through, so a refusal midway stops the copy without
  // destroying the request: the client still gets the answer.
  const body = new PassThrough();
  request.pipe(body);
  request.once('close', () => {
    if (!request.complete) body.destroy(new Error('The upload was cut off'));
  });
  const result = await materials.importStream(body, checked.value);
  request.unpipe(body);
  if (response.destroyed) return;
  answerAfterBody(request, response, 200, result);
}

/**
 * GET /media/materials/<id>/<original|thumbnail>: a stored file for the app's own views,
 * with single byte ranges (206) so video and sound can seek. The type is the one read from
 * the bytes at import; nosniff is set on every response; PDFs and documents are always
 * downloads, never shown in the page.
 */
export function handleMaterialFile(request: IncomingMessage, response: ServerResponse, materials: MaterialService, path: string): void {
  const target = parseMaterialFileUrl(path);
  if (!target) {
    sendText(response, 404, 'Not found\n');
    return;
  }
  const found = materials.file(target.id, target.variant);
  if (!found.ok) {
    sendText(response, found.error.code === 'file_missing' ? 410 : 404, found.error.code === 'file_missing' ? 'File missing\n' : 'Not found\n');
    return;
  }
  const file = found.value;
  const answer = fileAnswer(file, request.method ?? 'GET', request.headers.range);
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  if (answer.status === 416) {
    sendText(response, 416, 'Range not satisfiable\n');
    return;
  }
  response.statusCode = answer.status;
  if (!answer.sendsBody) {
    response.end();
    return;
  }
  const { start, end } = answer;
  const stream = createReadStream(file.path, { start, end });
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

/**
 * GET /api/materials/<id>/export: a copy for use outside the app, as a download, with
 * location data stripped. A refusal (consent missing, file missing) is the JSON envelope.
 */
export async function handleMaterialExport(response: ServerResponse, materials: MaterialService, id: string): Promise<void> {
  const result = await materials.exportCopy(id);
  if (!result.ok) {
    sendJson(response, 200, result);
    return;
  }
  const copy = result.value;
  response.statusCode = 200;
  response.setHeader('Content-Type', copy.mediaType);
  response.setHeader('Content-Disposition', contentDisposition(copy.fileName));
  if (copy.kind === 'data') {
    response.setHeader('Content-Length', copy.data.length);
    response.end(copy.data);
    return;
  }
  response.setHeader('Content-Length', copy.size);
  // Location boxes are blanked on the way out; the patches keep the length as it is.
  await pipeline(createReadStream(copy.path), patchingStream(copy.patches), response).catch(() => response.destroy());
}

export type MaterialRoute =
  | { kind: 'import' }
  | { kind: 'file' }
  | { kind: 'export'; id: string }
  | undefined;

/** Which material route a path is, if any. */
export function materialRouteOf(path: string): MaterialRoute {
  if (path === materialImportPath) return { kind: 'import' };
  if (path.startsWith(materialFilePathPrefix)) return { kind: 'file' };
  const exported = materialExportPattern.exec(path);
  return exported ? { kind: 'export', id: exported[1]! } : undefined;
}
