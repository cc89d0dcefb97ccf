import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportMaterial } from '../../../../electron/core/services/materials/files';
import { bufferSource } from '../../../../electron/core/services/materials/iso-boxes';
import { writePatches } from '../../../../electron/core/services/materials/file-patches';
import { locationPatches, locationPatchesOfFile, patchingStream } from '../../../../electron/core/services/materials/media-location';
import { blobPath } from '../../../../electron/core/services/materials/store';
import { createMaterialTestApi, fileWith, isoBox, mp4WithLocation, wav, type MaterialTestApi } from './material-helpers';

let api: MaterialTestApi;
beforeEach(() => {
  api = createMaterialTestApi();
});
afterEach(() => api.db.close());

const coordinates = /59\.91|010\.74/;
const latin1 = (bytes: Buffer) => bytes.toString('latin1');

/** The four-letter box types in the bytes (a rough look, enough to see renames). */
const countOf = (bytes: Buffer, type: string) => latin1(bytes).split(type).length - 1;

async function streamed(source: Buffer, chunkSize: number, patches: ReturnType<typeof locationPatches>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < source.length; at += chunkSize) chunks.push(source.subarray(at, at + chunkSize));
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(patchingStream(patches))) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

/** What Electron does with an export: core works out the patches, main writes them over the copy. */
const stripInPlace = (file: string, mediaType: string) => writePatches(file, locationPatchesOfFile(file, mediaType));

describe('location data in exported video and sound', () => {
  it('finds every location box and only those', () => {
    const original = mp4WithLocation();
    expect(coordinates.test(latin1(original))).toBe(true);
    const patches = locationPatches(bufferSource(original));
    // ©xyz twice, loci, and the ISO6709 item: a rename and a zero fill each.
    expect(patches.filter((patch) => latin1(patch.data) === 'free')).toHaveLength(4);
    expect(locationPatches(bufferSource(wav()))).toEqual([]);
  });

  it('blanks them in an exported copy in place, same length, everything else byte for byte', async () => {
    const original = mp4WithLocation();
    const copy = fileWith(original, 'VID_0001.mp4');
    await stripInPlace(copy, 'video/mp4');
    const exported = readFileSync(copy);
    expect(exported.length).toBe(original.length);
    expect(coordinates.test(latin1(exported))).toBe(false);
    expect(countOf(exported, '\u00a9xyz')).toBe(0);
    expect(countOf(exported, 'loci')).toBe(0);
    expect(latin1(exported)).toContain('Hagedagen');
    expect(latin1(exported)).toContain('Fiktivtelefon');
    const differing = [...original.keys()].filter((index) => original[index] !== exported[index]);
    const patched = locationPatches(bufferSource(original)).flatMap((patch) => [...patch.data.keys()].map((offset) => patch.position + offset));
    expect(differing.every((index) => patched.includes(index))).toBe(true);
    // A second pass finds nothing more.
    expect(locationPatches(bufferSource(exported))).toEqual([]);
  });

  it('leaves the stored original alone and gives the patches with the export (browser mode streams them in)', async () => {
    const original = mp4WithLocation();
    const imported = await api.importBytes(original, { fileName: 'VID_0001.mp4' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.value.material).toMatchObject({ kind: 'video', mediaType: 'video/mp4' });
    const result = await exportMaterial(api.db, api.store, imported.value.material.id);
    if (!result.ok || result.value.kind !== 'file') throw new Error(JSON.stringify(result));
    expect(result.value.patches.length).toBeGreaterThan(0);
    const stored = readFileSync(blobPath(api.store, imported.value.material.sha256));
    expect(stored.equals(original)).toBe(true);
    // Chunk borders that cut through patches give the same bytes as patching in place.
    const inPlace = fileWith(original, 'copy.mp4');
    await stripInPlace(inPlace, 'video/mp4');
    for (const chunkSize of [7, 64, 4096]) {
      expect((await streamed(stored, chunkSize, result.value.patches)).equals(readFileSync(inPlace))).toBe(true);
    }
  });

  it('does the same for an iPhone’s QuickTime movie (MOV)', async () => {
    const original = mp4WithLocation('qt  ');
    const imported = await api.importBytes(original, { fileName: 'IMG_0815.MOV' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.value.material).toMatchObject({ kind: 'video', mediaType: 'video/quicktime' });
    const result = await exportMaterial(api.db, api.store, imported.value.material.id);
    if (!result.ok || result.value.kind !== 'file') throw new Error(JSON.stringify(result));
    const exported = await streamed(original, 1024, result.value.patches);
    expect(exported.length).toBe(original.length);
    expect(coordinates.test(latin1(exported))).toBe(false);
  });

  it('stops at a malformed box without throwing, and leaves other types as they are', async () => {
    const broken = Buffer.concat([isoBox('ftyp', Buffer.from('isom')), Buffer.from([0, 0, 0, 200]), Buffer.from('moov')]);
    expect(locationPatches(bufferSource(broken))).toEqual([]);
    const sound = fileWith(wav(), 'lyd.wav');
    const before = readFileSync(sound);
    await stripInPlace(sound, 'audio/wav');
    expect(readFileSync(sound).equals(before)).toBe(true);
  });
});
