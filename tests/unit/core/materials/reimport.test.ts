import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeThumbnail } from '../../../../electron/core/services/materials/image';
import { readHeicFile } from '../../../../electron/core/services/materials/heic';
import { thumbnailPath } from '../../../../electron/core/services/materials/store';
import { createMaterialTestApi, photo, type MaterialTestApi } from './material-helpers';

// Counted, not replaced: the real decoders run.
vi.mock('../../../../electron/core/services/materials/image', async (original) => {
  const actual = await original<typeof import('../../../../electron/core/services/materials/image')>();
  return { ...actual, makeThumbnail: vi.fn(actual.makeThumbnail) };
});
vi.mock('../../../../electron/core/services/materials/heic', async (original) => {
  const actual = await original<typeof import('../../../../electron/core/services/materials/heic')>();
  return { ...actual, readHeicFile: vi.fn(actual.readHeicFile) };
});

const heicFixture = readFileSync(join(__dirname, '../../fixtures/heic/gradient-64x48.heic'));

let api: MaterialTestApi;
beforeEach(() => {
  api = createMaterialTestApi();
  vi.mocked(makeThumbnail).mockClear();
  vi.mocked(readHeicFile).mockClear();
});
afterEach(() => api.db.close());

describe('re-importing known bytes', () => {
  it('answers the existing item from the hash, without decoding the picture again', async () => {
    const bytes = await photo({ seed: 31 });
    const first = await api.importBytes(bytes, { fileName: 'a.jpg' });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    expect(makeThumbnail).toHaveBeenCalledTimes(1);
    const again = await api.importBytes(bytes, { fileName: 'a igjen.jpg' });
    expect(again).toMatchObject({ ok: true, value: { duplicate: true, material: { id: first.value.material.id } } });
    expect(makeThumbnail).toHaveBeenCalledTimes(1);
  });

  it('decodes only to put back a thumbnail that went missing', async () => {
    const bytes = await photo({ seed: 32 });
    const first = await api.importBytes(bytes, { fileName: 'b.jpg' });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const thumbnail = thumbnailPath(api.store, first.value.material.sha256);
    rmSync(thumbnail);
    const again = await api.importBytes(bytes, { fileName: 'b.jpg' });
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
    expect(makeThumbnail).toHaveBeenCalledTimes(2);
    expect(existsSync(thumbnail)).toBe(true);
  });
});

describe('HEIC import', () => {
  it('reads the file into memory once, for the picture and the date together', async () => {
    const result = await api.importBytes(heicFixture, { fileName: 'IMG_4711.HEIC' });
    expect(result).toMatchObject({ ok: true, value: { duplicate: false, material: { mediaType: 'image/heic', date: '2024-05-17' } } });
    expect(readHeicFile).toHaveBeenCalledTimes(1);
    await api.importBytes(heicFixture, { fileName: 'IMG_4711.HEIC' });
    expect(readHeicFile).toHaveBeenCalledTimes(1);
  });
});
