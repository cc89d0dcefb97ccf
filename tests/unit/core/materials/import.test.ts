import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { readFileSync, rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMaterialFromPath } from '../../../../electron/core/services/materials/import';
import { blobPath, thumbnailPath } from '../../../../electron/core/services/materials/store';
import { hashDatabase } from '../../helpers/db-dump';
import { addParticipant, errorOf, missingId, uuidV7 } from '../../helpers/fixtures';
import { createMaterialTestApi, fileWith, pdf, photo, png, storeFiles, wav, zip, type MaterialTestApi } from './material-helpers';

let api: MaterialTestApi;
beforeEach(() => {
  api = createMaterialTestApi();
});
afterEach(() => api.db.close());

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const outcome = async (promise: ReturnType<MaterialTestApi['importBytes']>) => {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe('importing material', () => {
  it('stores a photo under its SHA-256 with a thumbnail, and records what it is', async () => {
    const bytes = await photo({ width: 640, height: 480, takenAt: '2026:09:14 10:11:12' });
    const { material, duplicate } = await outcome(api.importBytes(bytes, { fileName: 'IMG_0001.jpg', caption: 'Vaskerutine' }));
    expect(duplicate).toBe(false);
    expect(material).toMatchObject({
      id: expect.stringMatching(uuidV7),
      sha256: sha(bytes),
      kind: 'image',
      mediaType: 'image/jpeg',
      originalName: 'IMG_0001.jpg',
      size: bytes.length,
      width: 640,
      height: 480,
      date: '2026-09-14',
      dateFromExif: true,
      caption: 'Vaskerutine',
      hasThumbnail: true,
      fileMissing: false,
      blocked: false,
    });
    expect(readFileSync(blobPath(api.store, material.sha256))).toEqual(bytes);
    const thumbnail = readFileSync(thumbnailPath(api.store, material.sha256));
    expect(thumbnail.toString('latin1', 8, 12)).toBe('WEBP');
    const [aa] = [material.sha256.slice(0, 2)];
    expect(storeFiles(api.store)).toEqual([`${aa}/${material.sha256}`, `thumbnails/${material.sha256}.webp`]);
  });

  it('gives the existing item for the same bytes twice, storing nothing new', async () => {
    const bytes = await photo({ seed: 7 });
    const first = await outcome(api.importBytes(bytes, { fileName: 'a.jpg', caption: 'Første' }));
    const files = storeFiles(api.store);
    const again = await outcome(api.importBytes(bytes, { fileName: 'kopi av a.jpg', caption: 'Andre' }));
    expect(again.duplicate).toBe(true);
    expect(again.material.id).toBe(first.material.id);
    expect(again.material.caption).toBe('Første');
    expect(api.value('materials.list', {}).total).toBe(1);
    expect(storeFiles(api.store)).toEqual(files);
  });

  it('brings a duplicate back from the bin', async () => {
    const bytes = await photo({ seed: 8 });
    const first = await outcome(api.importBytes(bytes, { fileName: 'a.jpg' }));
    api.value('materials.delete', { id: first.material.id });
    expect(api.value('materials.list', {}).total).toBe(0);
    const again = await outcome(api.importBytes(bytes, { fileName: 'a.jpg' }));
    expect(again).toMatchObject({ duplicate: true, material: { id: first.material.id } });
    expect(api.value('materials.list', {}).total).toBe(1);
  });

  it('puts back a file that went missing when the same bytes come again', async () => {
    const bytes = await photo({ seed: 9 });
    const first = await outcome(api.importBytes(bytes, { fileName: 'a.jpg' }));
    rmSync(blobPath(api.store, first.material.sha256));
    expect(api.value('materials.get', { id: first.material.id }).fileMissing).toBe(true);
    const again = await outcome(api.importBytes(bytes, { fileName: 'a.jpg' }));
    expect(again.material.fileMissing).toBe(false);
  });

  it('reads the type from the bytes, not from the name', async () => {
    const image = await outcome(api.importBytes(await png(), { fileName: 'notat.txt' }));
    expect(image.material).toMatchObject({ kind: 'image', mediaType: 'image/png', originalName: 'notat.txt' });
    const sound = await outcome(api.importBytes(wav(), { fileName: 'opptak.jpg' }));
    expect(sound.material).toMatchObject({ kind: 'audio', mediaType: 'audio/wav', hasThumbnail: false, width: null });
    const document = await outcome(api.importBytes(pdf(), { fileName: 'skjema' }));
    expect(document.material).toMatchObject({ kind: 'pdf', mediaType: 'application/pdf' });
  });

  it('accepts office documents by their inner entries, and refuses a plain zip', async () => {
    const docx = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    const word = await outcome(api.importBytes(docx, { fileName: 'oppgave.docx' }));
    expect(word.material).toMatchObject({
      kind: 'document',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const odt = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]);
    const writer = await outcome(api.importBytes(odt, { fileName: 'oppgave.odt' }));
    expect(writer.material.mediaType).toBe('application/vnd.oasis.opendocument.text');
    const plain = zip([{ name: 'bilder/1.txt', data: 'hei' }]);
    expect(errorOf(await api.importBytes(plain, { fileName: 'oppgave.docx' }))).toEqual({
      code: 'file_rejected',
      params: { reason: 'unsupportedType' },
    });
  });

  it('refuses SVG, HTML and executables whatever they are called, leaving nothing behind', async () => {
    const refusals = [
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'bilde.jpg'],
      [Buffer.from('<!doctype html><script>alert(1)</script>'), 'side.png'],
      [Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'program.pdf'],
    ] as const;
    const before = hashDatabase(api.db);
    for (const [bytes, fileName] of refusals) {
      expect(errorOf(await api.importBytes(bytes, { fileName }))).toEqual({ code: 'file_rejected', params: { reason: 'unsupportedType' } });
    }
    expect(hashDatabase(api.db)).toBe(before);
    expect(storeFiles(api.store)).toEqual([]);
  });

  it('refuses an empty file and one over the size limit, leaving nothing behind', async () => {
    const small = createMaterialTestApi(1000);
    try {
      expect(errorOf(await small.importBytes(Buffer.alloc(0), { fileName: 'tom.jpg' }))).toEqual({
        code: 'file_rejected', params: { reason: 'empty' },
      });
      expect(errorOf(await small.importBytes(wav(600), { fileName: 'lang.wav' }))).toEqual({
        code: 'file_rejected', params: { reason: 'tooLarge', limitMb: 1 },
      });
      expect(storeFiles(small.store)).toEqual([]);
      expect(small.value('materials.list', {}).total).toBe(0);
      expect((await outcome(small.importBytes(wav(400), { fileName: 'kort.wav' }))).material.size).toBe(844);
    } finally {
      small.db.close();
    }
  });

  it('takes the size limit from the settings at each import, so a change needs no restart', async () => {
    const sound = wav(600_000); // 1.2 MB
    api.value('settings.update', { materialSizeLimitMb: 1 });
    expect(errorOf(await api.importBytes(sound, { fileName: 'intervju.wav' }))).toEqual({
      code: 'file_rejected', params: { reason: 'tooLarge', limitMb: 1 },
    });
    expect(storeFiles(api.store)).toEqual([]);
    api.value('settings.update', { materialSizeLimitMb: 2 });
    expect((await outcome(api.importBytes(sound, { fileName: 'intervju.wav' }))).material.size).toBe(sound.length);
    expect(errorOf(api.raw('settings.update', { materialSizeLimitMb: 0 })).issues).toEqual([{ path: 'materialSizeLimitMb', code: 'tooSmall', params: { min: 1 } }]);
  });

  it('refuses a truncated JPEG as corrupt, leaving nothing behind', async () => {
    const bytes = await photo({ width: 400, height: 300 });
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect(errorOf(await api.importBytes(truncated, { fileName: 'halv.jpg' }))).toEqual({
      code: 'file_rejected', params: { reason: 'corrupt' },
    });
    expect(storeFiles(api.store)).toEqual([]);
    expect(api.value('materials.list', {}).total).toBe(0);
  });

  it('checks the metadata and the role before reading the file', async () => {
    const bytes = await photo({ seed: 3 });
    expect(errorOf(await api.importBytes(bytes, { fileName: 'a.jpg', participantId: missingId }))).toEqual({
      code: 'validation', issues: [{ path: 'participantId', code: 'unknownParticipant' }],
    });
    expect(errorOf(await api.importBytes(bytes, { fileName: 'a.jpg', goalIds: ['sb-goal-9999'] }))).toEqual({
      code: 'validation', issues: [{ path: 'goalIds.0', code: 'unknownGoal' }],
    });
    expect(errorOf(await api.importBytes(bytes, { fileName: '' })).code).toBe('validation');
    expect(errorOf(await api.importBytes(bytes, { fileName: 'a.jpg' }, 'assistant')).code).toBe('forbidden');
    expect(storeFiles(api.store)).toEqual([]);
  });

  it('takes the date from EXIF, else from the file, and a date given by hand over both', async () => {
    const withExif = await outcome(api.importBytes(await photo({ seed: 4, takenAt: '2026:03:02 08:00:00' }), {
      fileName: 'a.jpg', lastModified: Date.parse('2026-05-05T12:00:00Z'),
    }));
    expect(withExif.material).toMatchObject({ date: '2026-03-02', dateFromExif: true });
    const fromFile = await outcome(api.importBytes(await photo({ seed: 5 }), {
      fileName: 'b.jpg', lastModified: Date.parse('2026-05-05T12:00:00Z'),
    }));
    expect(fromFile.material).toMatchObject({ date: '2026-05-05', dateFromExif: false });
    const byHand = await outcome(api.importBytes(await photo({ seed: 6, takenAt: '2026:03:02 08:00:00' }), {
      fileName: 'c.jpg', date: '2026-04-01',
    }));
    expect(byHand.material).toMatchObject({ date: '2026-04-01', dateFromExif: false });
  });

  it('imports from a path, and answers unreadable for a file that is not there', async () => {
    const participant = addParticipant(api);
    const file = fileWith(await photo({ seed: 11 }), 'bilde.jpg');
    const result = await importMaterialFromPath({ db: api.db, store: api.store }, file, {
      fileName: 'bilde.jpg', participantId: participant.id,
    });
    expect(result.ok && result.value.material.participantName).toBe('Hodan Warsame');
    const missing = await importMaterialFromPath({ db: api.db, store: api.store }, `${file}.borte`, { fileName: 'x.jpg' });
    expect(errorOf(missing)).toEqual({ code: 'file_rejected', params: { reason: 'unreadable' } });
    expect(storeFiles(api.store).filter((name) => name.startsWith('staging'))).toEqual([]);
  });

  it('turns a sideways phone photo upright: its size and its thumbnail', async () => {
    const sideways = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#888' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { material } = await outcome(api.importBytes(sideways, { fileName: 'stående.jpg' }));
    expect(material).toMatchObject({ width: 100, height: 200 });
    expect(await sharp(thumbnailPath(api.store, material.sha256)).metadata()).toMatchObject({ width: 100, height: 200, format: 'webp' });
  });
});
