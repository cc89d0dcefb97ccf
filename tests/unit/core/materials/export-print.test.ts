import { rmSync } from 'node:fs';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportMaterial, materialFile } from '../../../../electron/core/services/materials/files';
import { blobPath } from '../../../../electron/core/services/materials/store';
import type { Material } from '../../../../shared/domain/materials';
import { addParticipant, errorOf, missingId } from '../../helpers/fixtures';
import { createMaterialTestApi, pdf, photo, type MaterialTestApi } from './material-helpers';

let api: MaterialTestApi;
beforeEach(() => {
  api = createMaterialTestApi();
});
afterEach(() => api.db.close());

async function add(bytes: Buffer, metadata: Record<string, unknown> = {}): Promise<Material> {
  const result = await api.importBytes(bytes, { fileName: 'bilde.jpg', ...metadata });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.material;
}

describe('export', () => {
  it('strips the GPS position (and all other EXIF) from an exported JPEG, keeping the picture', async () => {
    const original = await photo({ width: 120, height: 80, takenAt: '2026:09:14 10:11:12', gps: true });
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(59.9, 1) });
    const item = await add(original, { fileName: 'IMG_0042.jpg' });
    const result = await exportMaterial(api.db, api.store, item.id);
    if (!result.ok || result.value.kind !== 'data') throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({ mediaType: 'image/jpeg', fileName: 'IMG_0042.jpg' });
    expect(await exifr.gps(result.value.data)).toBeUndefined();
    expect(await exifr.parse(result.value.data)).toBeUndefined();
    expect(await sharp(result.value.data).metadata()).toMatchObject({ width: 120, height: 80, format: 'jpeg' });
  });

  it('hands over other kinds as stored', async () => {
    const item = await add(pdf(), { fileName: 'skjema.pdf' });
    const result = await exportMaterial(api.db, api.store, item.id);
    expect(result).toEqual({
      ok: true,
      value: { kind: 'file', path: blobPath(api.store, item.sha256), size: pdf().length, mediaType: 'application/pdf', fileName: 'skjema.pdf', patches: [] },
    });
  });

  it('refuses a blocked item, a missing file and an unknown id', async () => {
    const item = await add(await photo({ seed: 21 }), { othersAppear: true });
    expect(errorOf(await exportMaterial(api.db, api.store, item.id))).toEqual({ code: 'consent_missing' });
    api.value('materials.update', { id: item.id, othersConsent: true });
    rmSync(blobPath(api.store, item.sha256));
    expect(errorOf(await exportMaterial(api.db, api.store, item.id))).toEqual({ code: 'file_missing' });
    expect(errorOf(await exportMaterial(api.db, api.store, missingId))).toEqual({ code: 'not_found' });
  });
});

describe('stored files for the app’s views', () => {
  it('gives the original inline for pictures and as a download for documents, and the thumbnail as WebP', async () => {
    const picture = await add(await photo({ seed: 22 }));
    const document = await add(pdf(), { fileName: 'skjema.pdf' });
    expect(materialFile(api.db, api.store, picture.id, 'original')).toMatchObject({ ok: true, value: { mediaType: 'image/jpeg', inline: true } });
    expect(materialFile(api.db, api.store, picture.id, 'thumbnail')).toMatchObject({ ok: true, value: { mediaType: 'image/webp', inline: true } });
    expect(materialFile(api.db, api.store, document.id, 'original')).toMatchObject({ ok: true, value: { mediaType: 'application/pdf', inline: false } });
    expect(errorOf(materialFile(api.db, api.store, document.id, 'thumbnail')).code).toBe('not_found');
    rmSync(blobPath(api.store, picture.sha256));
    expect(errorOf(materialFile(api.db, api.store, picture.id, 'original')).code).toBe('file_missing');
  });
});

describe('print.material', () => {
  it('prints one picture with its caption, date, participant and site', async () => {
    const hodan = addParticipant(api);
    const site = api.value('practiceSites.create', { name: 'Kafé Nordlys' });
    const placement = api.value('placements.create', {
      participantId: hodan.id, siteId: site.id, startDate: '2026-08-24', endDate: '2027-01-29', weekdays: ['mon'],
    });
    const item = await add(await photo({ seed: 23 }), { caption: 'Slik vasker vi <hendene>', date: '2026-09-14', placementId: placement.id });
    const document = api.value('print.material', { id: item.id });
    expect(document.html).toContain('data:image/jpeg;base64,');
    expect(document.html).toContain('Slik vasker vi &lt;hendene&gt;');
    expect(document.html).toContain('14.09.2026');
    expect(document.html).toContain('Hodan Warsame');
    expect(document.html).toContain('Kafé Nordlys');
    expect(document.html).not.toContain('/media/materials/');
    expect(document.fileName).toMatch(/\.pdf$/);
  });

  it('refuses a blocked item and a picture whose file is gone', async () => {
    const item = await add(await photo({ seed: 24 }), { othersAppear: true });
    expect(errorOf(api.raw('print.material', { id: item.id }))).toEqual({ code: 'consent_missing' });
    api.value('materials.update', { id: item.id, othersConsent: true });
    rmSync(blobPath(api.store, item.sha256));
    expect(errorOf(api.raw('print.material', { id: item.id }))).toEqual({ code: 'file_missing' });
  });
});
