import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './support/browser';

/**
 * The browser-mode file path for material, end to end in the real server and Chromium: a
 * picture made in the page is streamed to /api/materials/import as the app's transport does
 * (XMLHttpRequest, metadata in a header), then shown from its thumbnail
 * under the app's own CSP, and read back in part with a byte range, as a video element would.
 * (The gallery screens have their own test, materials.e2e.ts.)
 */
describe('material files in browser mode', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await startSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports a picture streamed from the page and shows its thumbnail', async () => {
    const answer = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 480;
      const context = canvas.getContext('2d')!;
      const gradient = context.createLinearGradient(0, 0, 640, 480);
      gradient.addColorStop(0, '#205080');
      gradient.addColorStop(1, '#e0a030');
      context.fillStyle = gradient;
      context.fillRect(0, 0, 640, 480);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/jpeg', 0.9));
      const file = new File([blob], 'kjøkken.jpg', { type: 'image/jpeg', lastModified: Date.parse('2026-09-14T10:00:00Z') });
      const metadata = { fileName: file.name, lastModified: file.lastModified, caption: 'Kjøkkenet – المطبخ' };
      const result = await new Promise<string>((resolve) => {
        const request = new XMLHttpRequest();
        request.open('POST', '/api/materials/import');
        request.setRequestHeader('x-sprakbro-material', encodeURIComponent(JSON.stringify(metadata)));
        request.onload = () => resolve(request.responseText);
        request.onerror = () => resolve('network error');
        request.send(file);
      });
      return { result: JSON.parse(result) as { ok: boolean; value: { material: { id: string; caption: string; date: string; hasThumbnail: boolean } } }, size: file.size };
    });
    expect(answer.result.ok).toBe(true);
    const material = answer.result.value.material;
    expect(material).toMatchObject({ caption: 'Kjøkkenet – المطبخ', date: '2026-09-14', hasThumbnail: true });

    const shown = await page.evaluate(async (id) => {
      const image = new Image();
      image.src = `/media/materials/${id}/thumbnail`;
      document.body.append(image);
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, material.id);
    expect(shown).toEqual({ width: 320, height: 240 });

    const part = await page.evaluate(async (id) => {
      const response = await fetch(`/media/materials/${id}/original`, { headers: { range: 'bytes=0-1' } });
      return { status: response.status, range: response.headers.get('content-range'), bytes: [...new Uint8Array(await response.arrayBuffer())] };
    }, material.id);
    expect(part).toEqual({ status: 206, range: `bytes 0-1/${answer.size}`, bytes: [0xff, 0xd8] });
  });
});
