import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createAppProtocolHandler,
  installAppProtocol,
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
} from '../../../electron/main/protocol';
import { contentSecurityPolicy } from '../../../electron/main/security';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const root = path.resolve('/srv/sprakbro/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://sprakbro/index.html', 'index.html'],
    ['app://sprakbro/', 'index.html'],
    ['app://sprakbro/assets/index-AbC_12.js', 'assets/index-AbC_12.js'],
    ['app://sprakbro/assets/index.css?v=3#top', 'assets/index.css'],
    ['app://sprakbro/fonts/NotoSansEthiopic-Regular.woff2', 'fonts/NotoSansEthiopic-Regular.woff2'],
    ['app://sprakbro/locales/nb/translation.json', 'locales/nb/translation.json'],
    ['app://SPRAKBRO/index.html', 'index.html'],
    // The URL parser folds dot segments before we see them; what is left stays inside root.
    ['app://sprakbro/../../etc/passwd', 'etc/passwd'],
    ['app://sprakbro/assets/%2e%2e/index.html', 'index.html'],
    ['app://sprakbro/a%2Db.js', 'a-b.js'],
  ])('maps %s inside the root', (url, relative) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, ...relative.split('/')));
  });

  it.each([
    // Traversal in every encoding we know of.
    'app://sprakbro/..%2f..%2fetc%2fpasswd',
    'app://sprakbro/..%2F..%2Fetc%2Fpasswd',
    'app://sprakbro/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://sprakbro/assets%2f..%2f..%2fsecret.txt',
    'app://sprakbro/%252e%252e/secret.txt',
    'app://sprakbro/..%5c..%5csecret.txt',
    'app://sprakbro/..%5C..%5Csecret.txt',
    'app://sprakbro/..\\..\\secret.txt',
    'app://sprakbro/assets\\..\\..\\secret.txt',
    'app://sprakbro/%2fetc%2fpasswd',
    'app://sprakbro//etc/passwd',
    'app://sprakbro/C:/Windows/win.ini',
    'app://sprakbro/C%3a%5cWindows%5cwin.ini',
    'app://sprakbro/%5c%5cserver%5cshare%5cx',
    'app://sprakbro/index.html%00.png',
    'app://sprakbro/index.html%00',
    'app://sprakbro/%c0%ae%c0%ae/secret.txt',
    'app://sprakbro/%e2%80%a8.js',
    'app://sprakbro/%',
    'app://sprakbro/%zz',
    // Hidden files, trailing dots and spaces Windows would strip, device names, ADS.
    'app://sprakbro/.env',
    'app://sprakbro/assets/.hidden.js',
    'app://sprakbro/secret.txt.',
    'app://sprakbro/..%20/secret.txt',
    'app://sprakbro/index.html%20',
    'app://sprakbro/nul.js',
    'app://sprakbro/assets/CON',
    'app://sprakbro/COM1.txt',
    'app://sprakbro/index.html::$DATA',
    'app://sprakbro/assets/',
    // Not our origin.
    'app://other/index.html',
    'app://sprakbro.evil/index.html',
    'app://sprakbro:1234/index.html',
    'app://user@sprakbro/index.html',
    'file:///srv/sprakbro/renderer/index.html',
    'https://sprakbro/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('refuses absurdly long paths and segments', () => {
    expect(resolveAppPath(root, `app://sprakbro/${'a'.repeat(256)}.js`)).toBeNull();
    expect(resolveAppPath(root, `app://sprakbro/${'a/'.repeat(600)}x.js`)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.png', 'image/png'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['Makefile', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('app:// handler', () => {
  let base: string;
  let rendererDir: string;
  let handler: ReturnType<typeof createAppProtocolHandler>;
  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'sprakbro-protocol-'));
    rendererDir = path.join(base, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Språkbro</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
    // A file next to the renderer folder that no URL may reach.
    writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
    handler = createAppProtocolHandler(rendererDir);
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves index.html with its type and the security headers', async () => {
    const response = await get('app://sprakbro/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Språkbro</title>');
  });

  it('serves a built asset with a JavaScript type', async () => {
    const response = await get('app://sprakbro/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://sprakbro/assets/index-abc.css', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://sprakbro/..%2fsecret.txt',
    'app://sprakbro/assets%2f..%2f..%2fsecret.txt',
    'app://sprakbro/%2e%2e%2fsecret.txt',
    'app://sprakbro/..%5csecret.txt',
    'app://sprakbro/assets/..%5c..%5csecret.txt',
    'app://other/secret.txt',
  ])('refuses %s with 403 and never leaks the file', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('keeps folded dot segments inside the folder', async () => {
    const response = await get('app://sprakbro/../secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('answers 404 for a missing file with an extension', async () => {
    expect((await get('app://sprakbro/assets/missing.js')).status).toBe(404);
  });

  it('answers index.html for an extension-less client route', async () => {
    const response = await get('app://sprakbro/courses/0190a');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Språkbro</title>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://sprakbro/index.html', 'POST')).status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
    const [[schemes]] = fake.protocol.registerSchemesAsPrivileged.mock.calls as [[Array<{ privileges: object }>]];
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
  });

  it('installs the handler for app://', async () => {
    installAppProtocol('/nonexistent-renderer');
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const installed = fake.protocol.handle.mock.calls[0]?.[1];
    const response = await installed?.(new Request('app://sprakbro/..%2fsecret.txt'));
    expect(response?.status).toBe(403);
  });
});
