import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';

export { contentSecurityPolicy } from '../../shared/security/content-security-policy';

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
