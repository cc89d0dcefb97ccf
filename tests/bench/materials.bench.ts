import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, test } from 'vitest';
import { createApi } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/connection';
import { insertMaterial } from '../../electron/core/repositories/materials';
import { checkImport, importMaterialFromPath } from '../../electron/core/services/materials/import';
import { materialStore } from '../../electron/core/services/materials/store';

/*
 * Material at the scale of a busy placement term: 200 phone photos (~3 MB JPEGs, 12 MP,
 * with EXIF dates) imported one after another through the core import (hash, type check,
 * full decode for the thumbnail, EXIF date, row), as a teacher dropping a folder would.
 * Target: all 200 in under 20 s on the school laptop. Then the gallery list over 5,000 rows,
 * one page of 200. Run with `npm run bench` (or this file alone with `npx vitest bench`).
 */
const base = mkdtempSync(join(tmpdir(), 'sprakbro-bench-materials-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const store = materialStore(join(base, 'materials'));
const db = openDatabase(':memory:');
const api = createApi({ db, mode: 'test', version: 'bench', materialStore: store });
const caller = { role: 'teacher' as const };

/** A 4000×3000 picture: gradients with noise, so it compresses like a photo, not like a flat colour. */
async function basePhoto(seed: number): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed * 2654435761 || 1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const noise = ((state & 255) - 128) * 0.16;
      const index = (y * width + x) * 3;
      pixels[index] = Math.max(0, Math.min(255, (x * 255) / width + noise));
      pixels[index + 1] = Math.max(0, Math.min(255, (y * 255) / height + noise));
      pixels[index + 2] = Math.max(0, Math.min(255, 128 + seed * 10 + noise));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 86 })
    .withExif({ IFD2: { DateTimeOriginal: '2026:09:14 10:00:00' } })
    .toBuffer();
}

/** 200 different files from a few base pictures: each gets its own capture time in its EXIF. */
async function makePhotos(count: number): Promise<string[]> {
  const bases = await Promise.all([1, 2, 3, 4].map(basePhoto));
  const marker = Buffer.from('2026:09:14 10:00:00', 'latin1');
  return bases.flatMap((bytes, b) =>
    Array.from({ length: count / bases.length }, (_, i) => {
      const copy = Buffer.from(bytes);
      const at = copy.indexOf(marker);
      const minute = String(Math.floor(i / 60)).padStart(2, '0');
      const second = String(i % 60).padStart(2, '0');
      copy.write(`2026:09:${String(10 + b).padStart(2, '0')} 10:${minute}:${second}`, at, 'latin1');
      const file = join(base, `IMG_${b}${String(i).padStart(3, '0')}.jpg`);
      writeFileSync(file, copy);
      return file;
    }),
  );
}

test('import 200 phone photos (~3 MB each) with thumbnails', { timeout: 300_000 }, async () => {
  const files = await makePhotos(200);
  const times: number[] = [];
  const started = performance.now();
  for (const file of files) {
    const checked = checkImport(db, 'teacher', { fileName: file.slice(base.length + 1) });
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    const before = performance.now();
    const result = await importMaterialFromPath({ db, store }, file, checked.value);
    times.push(performance.now() - before);
    if (!result.ok || result.value.duplicate) throw new Error(`import failed: ${JSON.stringify(result)}`);
  }
  const total = (performance.now() - started) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const size = db.prepare('SELECT avg(size) FROM material').pluck().get() as number;
  console.log(
    `materials: imported ${files.length} photos (avg ${(size / 1e6).toFixed(2)} MB) in ${total.toFixed(1)} s; ` +
      `median ${median.toFixed(0)} ms, slowest ${(sorted.at(-1) ?? 0).toFixed(0)} ms per file (target: under 20 s in total)`,
  );
});

test('material list over 5,000 items, one page of 200', async ({ bench }) => {
  const participant = api.call('participants.create', { givenName: 'Hodan', familyName: 'Warsame', programme: 'introduction' }, caller);
  if (!participant.ok) throw new Error('participant');
  const participantId = (participant.value as { id: string }).id;
  db.transaction(() => {
    for (let i = 0; i < 5000; i += 1) {
      insertMaterial(db, {
        sha256: `e${i.toString(16).padStart(63, '0')}`,
        kind: i % 10 === 0 ? 'audio' : 'image',
        mediaType: i % 10 === 0 ? 'audio/mpeg' : 'image/jpeg',
        originalName: `IMG_${i}.jpg`,
        size: 3_000_000,
        width: 4000,
        height: 3000,
        date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        dateFromExif: true,
        participantId: i % 5 === 0 ? participantId : null,
        placementId: null,
        siteId: null,
        goalIds: i % 3 === 0 ? ['sb-goal-0001'] : [],
        caption: `Bilde ${i} fra kjøkkenet`,
        transcript: '',
        tags: i % 7 === 0 ? ['kjøkken'] : [],
        othersAppear: false,
        othersConsent: false,
        hasThumbnail: true,
      });
    }
  })();
  await bench.compare(
    bench('first page of 200, newest first', () => {
      api.call('materials.list', { limit: 200 }, caller);
    }),
    bench('a later page (offset 4,000)', () => {
      api.call('materials.list', { limit: 200, offset: 4000 }, caller);
    }),
    bench('search "kjøkken"', () => {
      api.call('materials.list', { search: 'kjøkken', limit: 200 }, caller);
    }),
    bench('one participant', () => {
      api.call('materials.list', { participantId, limit: 200 }, caller);
    }),
    bench('one goal', () => {
      api.call('materials.list', { goalId: 'sb-goal-0001', limit: 200 }, caller);
    }),
    { time: 1000 },
  );
});
