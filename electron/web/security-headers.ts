import type { ServerResponse } from 'node:http';

/**
 * The same strict policy the Electron window uses (electron/main/security.ts, which this
 * layer may not import): nothing from outside the app's own origin, no plugins, no
 * framing, no form posts. Inline styles stay allowed because the editor and the toast
 * library inject <style> elements; blob: media lets captured audio and video play.
 * Keep the two in step (the unit test pins this string).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Set on every response, errors included, before anything else is written. */
export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', contentSecurityPolicy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  // Personal data flows through here: nothing is kept in a cache unless a route says so.
  response.setHeader('Cache-Control', 'no-store');
}
