import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialMetadataHeader } from '../../../shared/api/material-transport';
import type { Material, MaterialImportMetadata, MaterialImportOutcome } from '../../../shared/domain/materials';
import type { Result } from '../../../shared/result';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { mp4WithLocation, pdf, photo, wav } from '../core/materials/material-helpers';
import { rawRequest } from './http-helpers';

/**
 * The material routes of browser mode against a real server: the streamed import, the file
 * route with byte ranges, and the export without location data.
 */
const sizeLimit = 200_000;
let base: string;
let server: WebServer;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'sprakbro-material-routes-'));
  server = await startWebServer({
    dataDir: join(base, 'data'),
    rendererDir: join(base, 'renderer'),
    mode: 'test',
    log: () => undefined,
    materialSizeLimitBytes: sizeLimit,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

const cookie = () => ({ cookie: `sprakbro_token=${server.token}` });

async function upload(bytes: Buffer, metadata: MaterialImportMetadata, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.origin}/api/materials/import`, {
    method: 'POST',
    headers: {
      ...cookie(),
      'content-type': 'application/octet-stream',
      [materialMetadataHeader]: encodeURIComponent(JSON.stringify(metadata)),
      ...headers,
    },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, result: (await response.json()) as Result<MaterialImportOutcome> };
}

async function imported(bytes: Buffer, metadata: MaterialImportMetadata): Promise<Material> {
  const { result } = await upload(bytes, metadata);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.material;
}

const stagingLeft = () => {
  try {
    return readdirSync(join(base, 'data', 'materials', 'staging'));
  } catch {
    return [];
  }
};

describe('POST /api/materials/import', () => {
  it('needs the token and refuses another origin', async () => {
    const anonymous = await fetch(`${server.origin}/api/materials/import`, { method: 'POST', body: 'x' });
    expect(anonymous.status).toBe(401);
    const foreign = await rawRequest({
      port: server.port, path: '/api/materials/import', method: 'POST', body: 'x',
      headers: { ...cookie(), Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect((await fetch(`${server.origin}/api/materials/import`, { headers: cookie() })).status).toBe(405);
  });

  it('stores a file streamed as the body, with the metadata from the header (any script in it)', async () => {
    const bytes = await photo({ seed: 501, takenAt: '2026:09:14 10:11:12' });
    const { status, result } = await upload(bytes, { fileName: 'بيت-ሰላም.jpg', caption: 'Kjøkkenet – المطبخ' });
    expect(status).toBe(200);
    expect(result).toMatchObject({
      ok: true,
      value: { duplicate: false, material: { originalName: 'بيت-ሰላም.jpg', caption: 'Kjøkkenet – المطبخ', kind: 'image', date: '2026-09-14' } },
    });
    expect((await upload(bytes, { fileName: 'igjen.jpg' })).result).toMatchObject({ ok: true, value: { duplicate: true } });
  });

  it('refuses bad metadata, a file over the limit and an unsupported type, with the envelope', async () => {
    expect((await upload(wav(10), { fileName: '' })).result).toMatchObject({ ok: false, error: { code: 'validation' } });
    const broken = await fetch(`${server.origin}/api/materials/import`, {
      method: 'POST', headers: { ...cookie(), [materialMetadataHeader]: '%7Bnot json' }, body: 'x',
    });
    expect(broken.status).toBe(400);
    const big = await upload(wav(sizeLimit), { fileName: 'lang.wav' });
    expect(big).toEqual({ status: 413, result: { ok: false, error: { code: 'file_rejected', params: { reason: 'tooLarge', limitMb: 1 } } } });
    const html = await upload(Buffer.from('<!doctype html><script>alert(1)</script>'), { fileName: 'side.jpg' });
    expect(html.result).toEqual({ ok: false, error: { code: 'file_rejected', params: { reason: 'unsupportedType' } } });
    expect(stagingLeft()).toEqual([]);
  });

  it('enforces the limit while streaming when the size is not declared', async () => {
    const chunks = [wav(sizeLimit / 4), Buffer.alloc(sizeLimit)];
    const response = await fetch(`${server.origin}/api/materials/import`, {
      method: 'POST',
      headers: { ...cookie(), [materialMetadataHeader]: encodeURIComponent(JSON.stringify({ fileName: 'lang.wav' })) },
      body: new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'file_rejected', params: { reason: 'tooLarge', limitMb: 1 } } });
    expect(stagingLeft()).toEqual([]);
  });
});

describe('GET /media/materials/<id>/<variant>', () => {
  it('serves the original with its type, nosniff, and byte ranges (206)', async () => {
    const bytes = wav(4000);
    const item = await imported(bytes, { fileName: 'opptak.wav' });
    const whole = await fetch(`${server.origin}/media/materials/${item.id}/original`, { headers: cookie() });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes);

    const part = await fetch(`${server.origin}/media/materials/${item.id}/original`, { headers: { ...cookie(), range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));

    const tail = await fetch(`${server.origin}/media/materials/${item.id}/original`, { headers: { ...cookie(), range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 10));

    const beyond = await fetch(`${server.origin}/media/materials/${item.id}/original`, { headers: { ...cookie(), range: `bytes=${bytes.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
  });

  it('serves thumbnails as WebP, documents as downloads, and needs the token', async () => {
    const picture = await imported(await photo({ seed: 502 }), { fileName: 'bilde.jpg' });
    const thumbnail = await fetch(`${server.origin}/media/materials/${picture.id}/thumbnail`, { headers: cookie() });
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    const document = await imported(pdf(), { fileName: 'skjema.pdf' });
    const download = await fetch(`${server.origin}/media/materials/${document.id}/original`, { headers: cookie() });
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await fetch(`${server.origin}/media/materials/${document.id}/thumbnail`, { headers: cookie() })).status).toBe(404);
    expect((await fetch(`${server.origin}/media/materials/${picture.id}/original`)).status).toBe(401);
    const traversal = await rawRequest({ port: server.port, path: `/media/materials/${picture.id}/../../sprakbro.sqlite`, headers: cookie() });
    expect(traversal.status).toBe(404);
  });
});

describe('GET /api/materials/<id>/export', () => {
  it('downloads a JPEG without its GPS position, and refuses a blocked one with the envelope', async () => {
    const item = await imported(await photo({ seed: 503, gps: true, takenAt: '2026:09:14 10:11:12' }), { fileName: 'IMG_7.jpg' });
    const response = await fetch(`${server.origin}/api/materials/${item.id}/export`, { headers: cookie() });
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-disposition')).toContain('attachment; filename="IMG_7.jpg"');
    expect(await exifr.gps(Buffer.from(await response.arrayBuffer()))).toBeUndefined();

    const call = await fetch(`${server.origin}/api/call`, {
      method: 'POST',
      headers: { ...cookie(), 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'materials.update', input: { id: item.id, othersAppear: true } }),
    });
    expect(((await call.json()) as Result<Material>).ok).toBe(true);
    const refused = await fetch(`${server.origin}/api/materials/${item.id}/export`, { headers: cookie() });
    expect(await refused.json()).toEqual({ ok: false, error: { code: 'consent_missing' } });
  });
});

describe('GET /api/materials/<id>/export of a video', () => {
  it('downloads the video with its location boxes blanked, same length, the stored file untouched', async () => {
    const original = mp4WithLocation();
    const item = await imported(original, { fileName: 'VID_0001.mp4' });
    const response = await fetch(`${server.origin}/api/materials/${item.id}/export`, { headers: cookie() });
    expect(response.headers.get('content-type')).toBe('video/mp4');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(original.length);
    expect(body.toString('latin1')).not.toMatch(/59\.91|010\.74/);
    expect(body.toString('latin1')).toContain('Hagedagen');
    const again = await fetch(`${server.origin}/media/materials/${item.id}/original`, { headers: cookie() });
    expect(Buffer.from(await again.arrayBuffer()).equals(original)).toBe(true);
  });
});
