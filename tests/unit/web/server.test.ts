import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy as electronPolicy } from '../../../electron/main/security';
import { contentSecurityPolicy } from '../../../electron/web/security-headers';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { rawRequest } from './http-helpers';

const indexHtml = '<!doctype html><html><head><title>Språkbro test</title></head><body><div id="root"></div></body></html>';
const secret = 'secret-outside-the-renderer';

let base: string;
let rendererDir: string;
let dataDir: string;
let server: WebServer;
const logged: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'sprakbro-web-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), indexHtml);
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(join(base, 'secret.txt'), secret);
  // Nested and missing on purpose: the server creates it.
  dataDir = join(base, 'data', 'nested');
  server = await startWebServer({ dataDir, rendererDir, port: 0, mode: 'test', version: '0.0.0-test', log: (m) => logged.push(m) });
});

afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

const cookie = () => `sprakbro_token=${server.token}`;
const apiCall = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookie(), ...headers },
    body,
  });

describe('browser-mode server: start', () => {
  it('listens on loopback with a fresh base64url token and creates the data folder', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(existsSync(join(dataDir, 'sprakbro.sqlite'))).toBe(true);
    expect(server.databaseError).toBeUndefined();
  });

  it('makes a different token on every start', async () => {
    const other = await startWebServer({ dataDir: join(base, 'data-other'), rendererDir, mode: 'test' });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.port).not.toBe(server.port);
    } finally {
      await other.close();
    }
  });
});

describe('browser-mode server: policy', () => {
  it('uses exactly the Content Security Policy of the Electron window', () => {
    expect(contentSecurityPolicy).toBe(electronPolicy);
  });
});

describe('browser-mode server: token', () => {
  it('answers 401 with a hint and the security headers when there is no token', async () => {
    const response = await fetch(`${server.origin}/`, { redirect: 'manual' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const text = await response.text();
    expect(text).toContain('Open the link that was printed');
    expect(text).toContain('Åpne lenken');
    expect(text).not.toContain(server.token);
  });

  it('answers 401 to a wrong token in the link, the cookie or the header', async () => {
    const wrong = randomBytes(32).toString('base64url');
    const viaLink = await fetch(`${server.origin}/?token=${wrong}`, { redirect: 'manual' });
    expect(viaLink.status).toBe(401);
    expect(viaLink.headers.get('set-cookie')).toBeNull();
    const viaCookie = await fetch(`${server.origin}/`, { headers: { cookie: `sprakbro_token=${wrong}` } });
    expect(viaCookie.status).toBe(401);
    const viaHeader = await fetch(`${server.origin}/`, { headers: { 'x-sprakbro-token': `${server.token}x` } });
    expect(viaHeader.status).toBe(401);
    const api = await apiCall('{"method":"app.info","input":{}}', { cookie: `sprakbro_token=${wrong}` });
    expect(api.status).toBe(401);
  });

  it('swaps a valid token in the link for a strict HttpOnly cookie and redirects to /', async () => {
    const response = await fetch(server.url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.get('set-cookie')).toBe(`sprakbro_token=${server.token}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves index.html with the strict CSP once the cookie is set', async () => {
    const response = await fetch(`${server.origin}/`, { headers: { cookie: cookie() } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(indexHtml);
  });

  it('accepts the token header and a cookie among others, including a stale Språkbro cookie', async () => {
    const viaHeader = await fetch(`${server.origin}/`, { headers: { 'x-sprakbro-token': server.token } });
    expect(viaHeader.status).toBe(200);
    const mixed = await fetch(`${server.origin}/`, {
      headers: { cookie: `other=1; sprakbro_token=stale; ${cookie()}; last=2` },
    });
    expect(mixed.status).toBe(200);
  });
});

describe('browser-mode server: host and origin', () => {
  it('refuses a foreign or mis-ported Host header (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1']) {
      const response = await rawRequest({ port: server.port, path: '/', headers: { Host: host, cookie: cookie() } });
      expect(response.status, host).toBe(421);
      expect(response.body).not.toContain('<div id="root">');
    }
  });

  it('accepts localhost:<port> as Host', async () => {
    const response = await rawRequest({ port: server.port, path: '/', headers: { Host: `localhost:${server.port}`, cookie: cookie() } });
    expect(response.status).toBe(200);
  });

  it('refuses a POST from a foreign origin and does not run the call', async () => {
    const body = JSON.stringify({ method: 'settings.update', input: { uiLanguage: 'en' } });
    const headers = { 'content-type': 'application/json', cookie: cookie() };
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const response = await rawRequest({ port: server.port, path: '/api/call', method: 'POST', headers: { ...headers, Origin: origin }, body });
      expect(response.status, origin).toBe(403);
    }
    const settings = await (await apiCall('{"method":"settings.get","input":{}}')).json();
    expect(settings).toMatchObject({ ok: true, value: { uiLanguage: 'nb' } });
  });

  it('accepts its own origin on a POST', async () => {
    const response = await rawRequest({
      port: server.port,
      path: '/api/call',
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie(), Origin: `http://localhost:${server.port}` },
      body: '{"method":"app.info","input":{}}',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true });
  });
});

describe('browser-mode server: static files', () => {
  it('serves assets with their MIME type', async () => {
    const response = await fetch(`${server.origin}/assets/app-1234.js`, { headers: { cookie: cookie() } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toBe('console.log("app");');
  });

  it('refuses path traversal in every spelling', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/..%2f..%2fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/%252e%252e%252fsecret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const response = await rawRequest({ port: server.port, path, headers: { cookie: cookie() } });
      expect([400, 404], path).toContain(response.status);
      expect(response.body, path).not.toContain(secret);
    }
    // The spellings that decode to a `..` segment or a backslash are refused outright.
    for (const path of ['/../secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt']) {
      expect((await rawRequest({ port: server.port, path, headers: { cookie: cookie() } })).status, path).toBe(400);
    }
  });

  it('serves index.html for client routes and 404 for missing files', async () => {
    const route = await fetch(`${server.origin}/courses/0190-abc`, { headers: { cookie: cookie() } });
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(indexHtml);
    const missing = await fetch(`${server.origin}/assets/missing.js`, { headers: { cookie: cookie() } });
    expect(missing.status).toBe(404);
  });

  it('answers 405 to methods it does not serve', async () => {
    const put = await fetch(`${server.origin}/`, { method: 'PUT', headers: { cookie: cookie() } });
    expect(put.status).toBe(405);
    const getApi = await fetch(`${server.origin}/api/call`, { headers: { cookie: cookie() } });
    expect(getApi.status).toBe(405);
    expect(getApi.headers.get('allow')).toBe('POST');
  });
});

describe('browser-mode server: API', () => {
  it('runs a contract call and answers its envelope', async () => {
    const response = await apiCall('{"method":"app.info","input":{}}');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      ok: true,
      value: { version: '0.0.0-test', mode: 'test', schemaVersion: expect.any(Number), counts: { staff: 0, courses: 0, participants: 0 } },
    });
  });

  it('keeps changes across calls (same database)', async () => {
    const update = await (await apiCall('{"method":"settings.update","input":{"welcomeDone":true}}')).json();
    expect(update).toMatchObject({ ok: true, value: { welcomeDone: true } });
    const read = await (await apiCall('{"method":"settings.get","input":{}}')).json();
    expect(read).toMatchObject({ ok: true, value: { welcomeDone: true } });
  });

  it('answers 400 to malformed JSON and keeps serving', async () => {
    for (const body of ['{"method":', 'not json', '[1,2]', 'null', '"app.info"']) {
      const response = await apiCall(body);
      expect(response.status, body).toBe(400);
      expect(await response.json()).toEqual({ ok: false, error: { code: 'validation' } });
    }
    expect(await (await apiCall('{"method":"app.info","input":{}}')).json()).toMatchObject({ ok: true });
  });

  it('requires application/json', async () => {
    const response = await apiCall('{"method":"app.info","input":{}}', { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('answers unknown_method for a method outside the contract', async () => {
    for (const method of ['nope.nothing', 'constructor', '__proto__', 42]) {
      const response = await apiCall(JSON.stringify({ method, input: {} }));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('answers validation for bad input', async () => {
    const response = await apiCall(JSON.stringify({ method: 'settings.update', input: { uiLanguage: 'xx' } }));
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a body over 5 MB with 413 and keeps serving', async () => {
    const big = JSON.stringify({ method: 'app.info', input: { padding: 'x'.repeat(5 * 1024 * 1024) } });
    const response = await rawRequest({
      port: server.port,
      path: '/api/call',
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie() },
      body: big,
    });
    expect(response.status).toBe(413);
    expect(await (await apiCall('{"method":"app.info","input":{}}')).json()).toMatchObject({ ok: true });
  });
});

describe('browser-mode server: unusable database', () => {
  it('still starts, answers database_corrupt and leaves the file untouched', async () => {
    const corruptDir = join(base, 'corrupt');
    mkdirSync(corruptDir);
    const file = join(corruptDir, 'sprakbro.sqlite');
    const bytes = randomBytes(8192);
    writeFileSync(file, bytes);
    const messages: string[] = [];
    const broken = await startWebServer({ dataDir: corruptDir, rendererDir, mode: 'test', log: (m) => messages.push(m) });
    try {
      expect(broken.databaseError?.code).toBe('database_corrupt');
      expect(messages.join('\n')).toContain('cannot be opened');
      const response = await fetch(`${broken.origin}/api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sprakbro-token': broken.token },
        body: '{"method":"app.info","input":{}}',
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: false, error: { code: 'database_corrupt', params: {} } });
      const page = await fetch(`${broken.origin}/`, { headers: { 'x-sprakbro-token': broken.token } });
      expect(page.status).toBe(200);
    } finally {
      await broken.close();
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('browser-mode server: renderer not built', () => {
  it('serves a page that says to build first', async () => {
    const emptyRenderer = join(base, 'empty-renderer');
    mkdirSync(emptyRenderer);
    const unbuilt = await startWebServer({ dataDir: join(base, 'data-unbuilt'), rendererDir: emptyRenderer, mode: 'test' });
    try {
      const page = await fetch(`${unbuilt.origin}/`, { headers: { 'x-sprakbro-token': unbuilt.token } });
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build');
      const api = await fetch(`${unbuilt.origin}/api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sprakbro-token': unbuilt.token },
        body: '{"method":"app.info","input":{}}',
      });
      expect(await api.json()).toMatchObject({ ok: true });
    } finally {
      await unbuilt.close();
    }
  });
});

describe('browser-mode server: close', () => {
  it('stops listening and closes the database', async () => {
    const temporary = await startWebServer({ dataDir: join(base, 'data-close'), rendererDir, mode: 'test' });
    await temporary.close();
    await expect(fetch(`${temporary.origin}/`)).rejects.toThrow();
    // A closed database lets another opener take the file without a lock.
    const again = await startWebServer({ dataDir: join(base, 'data-close'), rendererDir, mode: 'test' });
    expect(again.databaseError).toBeUndefined();
    await again.close();
  });
});
