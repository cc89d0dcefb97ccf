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

function guardNavigation(event: Event<{ url: string }>): void {
  if (!isAllowedNavigation(event.url)) event.preventDefault();
}

/**
 * Locks down one webContents: no navigation away from app://, no new windows (the app is
 * offline, so there is nothing to open), no <webview>. Applied to every webContents the
 * app ever creates, including ones we did not ask for.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', guardNavigation);
  // Covers navigations inside subframes, which will-navigate does not report.
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  denyAllPermissions(contents.session);
}

/**
 * Refuses every permission (camera, microphone, notifications, geolocation, USB, …) and
 * every permission check. A feature that truly needs one (say, recording audio) must
 * allow that single permission here, for app:// only.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Registers the hardening for all future webContents; call before the first window. */
export function installWebContentsHardening(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
