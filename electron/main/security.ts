import type { App, Event, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';

export { contentSecurityPolicy, cspDirectives } from '../../shared/security/content-security-policy';

/** Headers sent with every app:// response, whatever its type. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  // The protocol handler sets the type itself; the browser must not guess another one.
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The window may only move between our own pages; anything else (http, file, …) is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Public pages the app may hand to the OS browser (never open in its own window): LEXIN,
 * the dictionary a glossary term links to. https only, on the default port, without user
 * names, and only these hosts.
 */
export const externalHosts: readonly string[] = ['lexin.oslomet.no'];

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.port === '' && parsed.username === '' && parsed.password === '' && externalHosts.includes(parsed.hostname);
}

/** Opens a URL in the OS browser; main passes Electron's shell.openExternal. */
export type OpenExternal = (url: string) => void;

function guardNavigation(event: Event<{ url: string }>): void {
  if (!isAllowedNavigation(event.url)) event.preventDefault();
}

/**
 * Locks down one webContents: no navigation away from app://, no new windows (the app is
 * offline, so there is nothing to open), no <webview>. Applied to every webContents the
 * app ever creates, including ones we did not ask for.
 */
export function hardenWebContents(contents: WebContents, openExternal?: OpenExternal): void {
  contents.on('will-navigate', guardNavigation);
  // Covers navigations inside subframes, which will-navigate does not report.
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  // A link with target=_blank to an allowed public page (LEXIN) goes to the OS browser; the
  // app itself never opens a window.
  contents.setWindowOpenHandler(({ url }) => {
    if (openExternal && isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  denyAllPermissions(contents.session);
}

/** Only the microphone, never the camera: what recording a glossary term's pronunciation needs. */
const isAudioOnly = (mediaTypes: readonly string[] | undefined): boolean =>
  mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'audio');

/**
 * Refuses every permission (camera, microphone, notifications, geolocation, USB, …) and
 * every permission check, with one exception: the microphone alone ('media' asking for
 * audio only) for our own app:// pages, so a teacher can record a term's pronunciation.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const media = details as { mediaTypes?: string[]; requestingUrl?: string } | undefined;
    callback(permission === 'media' && isAudioOnly(media?.mediaTypes) && isAppUrl(media?.requestingUrl ?? ''));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permission === 'media' && details?.mediaType === 'audio' && isAppUrl(details.requestingUrl ?? `${requestingOrigin}/`),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Registers the hardening for all future webContents; call before the first window. */
export function installWebContentsHardening(app: App, openExternal?: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
}
