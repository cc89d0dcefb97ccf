import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

/**
 * DNS rebinding: a hostile page can make its own name resolve to 127.0.0.1, but the
 * browser still sends that name as Host. Only our own host names are answered, and a
 * request a browser marks with another origin is refused outright.
 */
export function checkHostAndOrigin(request: IncomingMessage, port: number): GuardVerdict {
  const host = request.headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).includes(host)) {
    return { ok: false, status: 421, reason: 'Unknown host' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((allowed) => origin === `http://${allowed}`)) {
    return { ok: false, status: 403, reason: 'Foreign origin' };
  }
  return { ok: true };
}
