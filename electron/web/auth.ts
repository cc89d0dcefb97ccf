import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { tokenHeader } from '../../shared/api/contract';

export const tokenCookie = 'sprakbro_token';

/** 32 random bytes: unguessable, and URL- and cookie-safe as base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Compares digests so neither the length nor the content of the token leaks through timing. */
export function tokensMatch(candidate: string, token: string): boolean {
  return timingSafeEqual(digest(candidate), digest(token));
}

/** Every value of our cookie: another Språkbro on another port may have set one too. */
function cookieValues(header: string | undefined): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === tokenCookie) values.push(part.slice(index + 1).trim());
  }
  return values;
}

/** True when the request carries the token in our cookie or in the token header. */
export function isAuthorised(request: IncomingMessage, token: string): boolean {
  const header = request.headers[tokenHeader];
  const candidates = [...cookieValues(request.headers.cookie), ...(typeof header === 'string' ? [header] : [])];
  // No early exit: every candidate is compared, so timing says nothing about which matched.
  let matched = false;
  for (const candidate of candidates) matched = tokensMatch(candidate, token) || matched;
  return matched;
}

/** HttpOnly keeps the token from page scripts; SameSite=Strict keeps other sites from using it. */
export const tokenCookieHeader = (token: string): string =>
  `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`;
