import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition } from '../../../electron/core/services/materials/http-headers';
import { isInside } from '../../../electron/web/pdf-printer';
import { startWebServer, type WebServer } from '../../../electron/web/server';

/**
 * /api/print in browser mode, against the real system Chromium (as the e2e tests use). The
 * fonts come straight from resources/fonts, where the build copies them from.
 */
const fontsDir = resolve('resources', 'fonts');
let base: string;
let server: WebServer;
let missing: WebServer;
const logged: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'sprakbro-print-'));
  const options = { rendererDir: join(base, 'renderer'), port: 0, mode: 'test' as const, log: (m: string) => logged.push(m), fontsDir };
  server = await startWebServer({ ...options, dataDir: join(base, 'data') });
  const { createChromiumPrinter } = await import('../../../electron/web/pdf-printer');
  missing = await startWebServer({
    ...options,
    dataDir: join(base, 'data-2'),
    printer: createChromiumPrinter({ executablePath: join(base, 'no-chromium-here'), fontsDir }),
  });
});

afterAll(async () => {
  await server.close();
  await missing.close();
  rmSync(base, { recursive: true, force: true });
});

const post = (target: WebServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${target.origin}/api/print`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `sprakbro_token=${target.token}`, ...headers },
    body: JSON.stringify(body),
  });

async function someCourse(target: WebServer): Promise<string> {
  const call = (method: string, input: unknown) =>
    fetch(`${target.origin}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `sprakbro_token=${target.token}` },
      body: JSON.stringify({ method, input }),
    }).then((response) => response.json() as Promise<{ ok: boolean; value: unknown }>);
  const created = await call('courses.create', { name: 'Norsk A2 – الصف', startDate: '2026-08-17', endDate: '2027-06-18', levelFrom: 'A1', levelTo: 'A2', track: 2 });
  return (created.value as { id: string }).id;
}

describe('POST /api/print', () => {
  it('needs the token', async () => {
    const response = await fetch(`${server.origin}/api/print`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
  });

  it('refuses a foreign origin and other HTTP methods', async () => {
    expect((await post(server, {}, { origin: 'http://evil.example' })).status).toBe(403);
    const get = await fetch(`${server.origin}/api/print`, { headers: { cookie: `sprakbro_token=${server.token}` } });
    expect(get.status).toBe(405);
  });

  it('answers only print methods, with the contract envelope for bad input', async () => {
    expect(await (await post(server, { method: 'staff.list', input: {} })).json()).toEqual({ ok: false, error: { code: 'unknown_method' } });
    const bad = (await (await post(server, { method: 'print.weekPlan', input: { courseId: 'x' } })).json()) as { ok: boolean; error: { code: string } };
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('validation');
  });

  it('returns the week plan as a PDF download, warm prints fast', async () => {
    const courseId = await someCourse(server);
    const started = performance.now();
    const response = await post(server, { method: 'print.weekPlan', input: { courseId, isoYear: 2026, isoWeek: 38 } });
    const cold = performance.now() - started;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Ukeplan%20Norsk%20A2%20%E2%80%93%20");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const warmStart = performance.now();
    const again = await post(server, { method: 'print.substitutePacket', input: { courseId, date: '2026-09-14' } });
    const warm = performance.now() - warmStart;
    expect(Buffer.from(await again.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    console.info(`print timings: cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms`);
  }, 30_000);

  it('answers printer_unavailable when Chromium is missing', async () => {
    const courseId = await someCourse(missing);
    const response = await post(missing, { method: 'print.weekPlan', input: { courseId, isoYear: 2026, isoWeek: 38 } });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'printer_unavailable' } });
    expect(logged.some((line) => line.includes('Chromium could not start'))).toBe(true);
  }, 30_000);
});

describe('print helpers', () => {
  it('lets the print page read only files inside the fonts folder', () => {
    expect(isInside('file:///opt/app/fonts/NotoSans-Regular.ttf', '/opt/app/fonts')).toBe(true);
    expect(isInside('file:///opt/app/fonts/../secret.txt', '/opt/app/fonts')).toBe(false);
    expect(isInside('file:///opt/app/fonts-evil/x.ttf', '/opt/app/fonts')).toBe(false);
    expect(isInside('https://example.com/font.ttf', '/opt/app/fonts')).toBe(false);
    expect(isInside('file:///opt/app/fonts/x.ttf', undefined)).toBe(false);
  });

  it('names the file in ASCII and in UTF-8', () => {
    expect(contentDisposition('Ukeplan Norsk "A2" uke 38.pdf')).toBe(
      `attachment; filename="Ukeplan Norsk A2 uke 38.pdf"; filename*=UTF-8''Ukeplan%20Norsk%20%22A2%22%20uke%2038.pdf`,
    );
    expect(contentDisposition('Vikarpakke Språk.pdf')).toContain("filename*=UTF-8''Vikarpakke%20Spr%C3%A5k.pdf");
  });
});
