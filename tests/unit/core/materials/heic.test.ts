import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportMaterial } from '../../../../electron/core/services/materials/files';
import { heicExifBlock } from '../../../../electron/core/services/materials/heic';
import { thumbnailPath } from '../../../../electron/core/services/materials/store';
import { errorOf } from '../../helpers/fixtures';
import { createMaterialTestApi, storeFiles, type MaterialTestApi } from './material-helpers';

/**
 * A real HEIC file (HEVC inside HEIF), 64 × 48, a colour gradient, made with libheif's
 * heif-enc from a JPEG carrying EXIF DateTimeOriginal 2024:05:17 and a made-up GPS position
 * (59° 54′ N, 10° 45′ E). libheif writes the EXIF item with a base offset, which exifr's own
 * HEIC reader does not follow.
 */
const heicFixture = readFileSync(join(__dirname, '../../fixtures/heic/gradient-64x48.heic'));

let api: MaterialTestApi;
beforeEach(() => {
  api = createMaterialTestApi();
});
afterEach(() => api.db.close());

describe('HEIC photos', () => {
  it('are imported with their size, a thumbnail and the EXIF capture date', async () => {
    const result = await api.importBytes(heicFixture, { fileName: 'IMG_4711.HEIC', lastModified: Date.parse('2026-01-01T12:00:00Z') });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const material = result.value.material;
    expect(material).toMatchObject({ kind: 'image', mediaType: 'image/heic', width: 64, height: 48, date: '2024-05-17', dateFromExif: true });
    const thumbnail = await sharp(thumbnailPath(api.store, material.sha256)).raw().toBuffer({ resolveWithObject: true });
    expect(thumbnail.info).toMatchObject({ width: 64, height: 48, format: 'raw' });
    // The gradient runs from dark at the top left to bright red at the right: the picture decoded, not a grey box.
    const red = (x: number, y: number) => thumbnail.data[(y * 64 + x) * thumbnail.info.channels]!;
    expect(red(60, 24)).toBeGreaterThan(red(2, 24) + 150);
  });

  it('are exported as a JPEG without the GPS position or any other EXIF', async () => {
    expect(await exifr.gps(heicExifBlock(heicFixture)!)).toMatchObject({ latitude: expect.closeTo(59.9, 1) });
    const imported = await api.importBytes(heicFixture, { fileName: 'IMG_4711.HEIC' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const result = await exportMaterial(api.db, api.store, imported.value.material.id);
    if (!result.ok || result.value.kind !== 'data') throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({ mediaType: 'image/jpeg', fileName: 'IMG_4711.jpg' });
    expect(await exifr.parse(result.value.data)).toBeUndefined();
    expect(await sharp(result.value.data).metadata()).toMatchObject({ width: 64, height: 48, format: 'jpeg' });
  });

  it('refuse a truncated or scrambled HEIC as corrupt, leaving nothing behind', async () => {
    const truncated = heicFixture.subarray(0, heicFixture.length - 200);
    expect(errorOf(await api.importBytes(truncated, { fileName: 'halv.heic' }))).toEqual({
      code: 'file_rejected', params: { reason: 'corrupt' },
    });
    const scrambled = Buffer.from(heicFixture);
    scrambled.fill(0x5a, 40, scrambled.length);
    expect(errorOf(await api.importBytes(scrambled, { fileName: 'rot.heic' }))).toEqual({
      code: 'file_rejected', params: { reason: 'corrupt' },
    });
    expect(storeFiles(api.store)).toEqual([]);
    expect(api.value('materials.list', {}).total).toBe(0);
  });

  it('give no EXIF block when the box structure has none', () => {
    expect(heicExifBlock(heicFixture.subarray(0, 28))).toBeUndefined();
    expect(heicExifBlock(Buffer.from('not a heif file at all'))).toBeUndefined();
  });
});
