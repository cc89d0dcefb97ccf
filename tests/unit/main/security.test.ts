import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  cspDirectives,
  hardenWebContents,
  installWebContentsHardening,
  isAllowedExternalUrl,
  isAllowedNavigation,
} from '../../../electron/main/security';
import { FakeWebContents } from './fake-electron';

// security.ts only needs electron's types; an empty mock proves it loads nothing at runtime.
vi.mock('electron', () => ({}));

/** Emits a navigation-style event and reports whether the guard prevented it. */
function emitPrevented(contents: FakeWebContents, eventName: string, url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(eventName, { url, preventDefault, defaultPrevented: false });
  return preventDefault.mock.calls.length > 0;
}

describe('content security policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it('locks scripts, objects, base, framing and forms down', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('never allows eval or inline script', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('names no remote origin or wildcard in any directive', () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    const sources = Object.values(cspDirectives).flat();
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) expect(allowed, `unexpected CSP source ${source}`).toContain(source);
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*|\/\//);
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    'app://sprakbro/index.html',
    'app://sprakbro/courses/123',
    'app://sprakbro/index.html#/participants',
  ])('allows our own page %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://sprakbro.evil.example/index.html',
    'app://sprakbro@evil/index.html',
    'app://user:pw@sprakbro/index.html',
    'app://sprakbro:8080/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const harden = (): FakeWebContents => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  };

  it('prevents navigation and redirects away from app://', () => {
    const contents = harden();
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(emitPrevented(contents, eventName, 'https://example.com/'), eventName).toBe(true);
      expect(emitPrevented(contents, eventName, 'file:///etc/passwd'), eventName).toBe(true);
      expect(emitPrevented(contents, eventName, 'app://sprakbro/other.html'), eventName).toBe(false);
    }
  });

  it('denies every new window, even one on our own origin', () => {
    const contents = harden();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://sprakbro/index.html' })).toEqual({ action: 'deny' });
  });

  it('hands only allowed https pages (LEXIN) to the OS browser, and still opens no window', () => {
    const openExternal = vi.fn();
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, openExternal);
    const lexin = 'https://lexin.oslomet.no/#/findwords/bleie';
    expect(contents.windowOpenHandler?.({ url: lexin })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith(lexin);
    for (const url of [
      'http://lexin.oslomet.no/',
      'https://lexin.oslomet.no:8443/',
      'https://user:pw@lexin.oslomet.no/',
      'https://lexin.oslomet.no.evil.example/',
      'https://evil.example/?lexin.oslomet.no',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://sprakbro/index.html',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('prevents attaching a webview', () => {
    const contents = harden();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });

  it('denies every permission request and check on its session', () => {
    const contents = harden();
    const { requestHandler, checkHandler, deviceHandler } = contents.session;
    expect(requestHandler).not.toBeNull();
    expect(checkHandler).not.toBeNull();
    expect(deviceHandler).not.toBeNull();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      const callback = vi.fn();
      requestHandler?.(contents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler?.(contents, permission)).toBe(false);
    }
    expect(deviceHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('allows the microphone alone, and only for our own pages', () => {
    const contents = harden();
    type Request = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
    type Check = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
    const request = contents.session.requestHandler as unknown as Request;
    const check = contents.session.checkHandler as unknown as Check;
    const asked = (permission: string, details: unknown): boolean => {
      const callback = vi.fn();
      request(contents, permission, callback, details);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0] as boolean;
    };
    const ours = 'app://sprakbro/index.html#/glossaries/terms/1';
    expect(asked('media', { mediaTypes: ['audio'], requestingUrl: ours })).toBe(true);
    expect(asked('media', { mediaTypes: ['audio', 'video'], requestingUrl: ours })).toBe(false);
    expect(asked('media', { mediaTypes: ['video'], requestingUrl: ours })).toBe(false);
    expect(asked('media', { mediaTypes: [], requestingUrl: ours })).toBe(false);
    expect(asked('media', { mediaTypes: ['audio'], requestingUrl: 'https://example.com/' })).toBe(false);
    expect(asked('media', { mediaTypes: ['audio'], requestingUrl: 'app://sprakbro.evil/' })).toBe(false);
    expect(asked('media', { mediaTypes: ['audio'] })).toBe(false);
    expect(asked('geolocation', { mediaTypes: ['audio'], requestingUrl: ours })).toBe(false);
    expect(check(contents, 'media', 'app://sprakbro', { mediaType: 'audio' })).toBe(true);
    expect(check(contents, 'media', 'app://sprakbro', { mediaType: 'video' })).toBe(false);
    expect(check(contents, 'media', 'https://example.com', { mediaType: 'audio' })).toBe(false);
    expect(check(contents, 'notifications', 'app://sprakbro', { mediaType: 'audio' })).toBe(false);
  });

  it('is applied to every webContents the app creates', () => {
    const listeners: Array<(event: unknown, contents: unknown) => void> = [];
    const app = { on: vi.fn((name: string, listener: (event: unknown, contents: unknown) => void) => listeners.push(listener)) };
    installWebContentsHardening(app as unknown as App);
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const contents = new FakeWebContents();
    listeners[0]?.({}, contents);
    expect(emitPrevented(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
