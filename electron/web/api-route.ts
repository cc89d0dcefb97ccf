import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Api } from '../core/api/dispatch';
import { fail } from '../../shared/result';
import { sendJson } from './responses';

/** Generous for any contract call; larger uploads will get their own streaming route. */
export const maxBodyBytes = 5 * 1024 * 1024;

/** Past this the sender is not a confused client but a flood, and the socket is cut. */
const maxDiscardBytes = 64 * 1024 * 1024;

type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 413 | 400 };

/**
 * Reads the body, keeping at most the limit in memory. An oversized body is read to its end
 * and thrown away before answering 413: closing the socket on a sender still writing would
 * reset the connection, and the client would never see the answer.
 */
export function readBody(request: IncomingMessage): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  let tooLarge = Number.isFinite(declared) && declared > maxBodyBytes;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxDiscardBytes) request.destroy();
      if (size > maxBodyBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? { ok: false, status: 413 } : { ok: true, body: Buffer.concat(chunks) }));
    request.on('error', () => resolve({ ok: false, status: 400 }));
    request.on('close', () => resolve({ ok: false, status: 400 }));
  });
}

export const isJson = (contentType: string | undefined): boolean =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';

export function parseCall(body: Buffer): { method: unknown; input: unknown } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const call = parsed as Record<string, unknown>;
  return { method: call.method, input: call.input };
}

/**
 * Reads `{ method, input }` from a JSON POST body. Transport problems are answered here
 * (415 not JSON, 413 too large, 400 malformed) and give undefined; the caller answers the rest.
 */
export async function readCall(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<{ method: unknown; input: unknown } | undefined> {
  if (!isJson(request.headers['content-type'])) {
    sendJson(response, 415, fail('validation'));
    request.resume();
    return;
  }
  const body = await readBody(request);
  if (!body.ok) {
    if (request.destroyed && !request.complete) return;
    sendJson(response, body.status, fail('validation'));
    return;
  }
  const call = parseCall(body.body);
  if (!call) {
    sendJson(response, 400, fail('validation'));
    return;
  }
  return call;
}

/**
 * POST /api/call with `{ method, input }`. Transport problems (wrong type, too large,
 * not JSON) get an HTTP error status; everything else is the contract's envelope with 200,
 * exactly what the preload would hand back in Electron.
 */
export async function handleApiCall(request: IncomingMessage, response: ServerResponse, api: Api): Promise<void> {
  const call = await readCall(request, response);
  if (!call) return;
  // No caller: the profile session in core decides who is signed in (and refuses while locked).
  sendJson(response, 200, api.call(call.method, call.input));
}
