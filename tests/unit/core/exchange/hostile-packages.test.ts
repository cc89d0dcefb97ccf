import { createHash, createHmac } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeLimits } from '../../../../shared/domain/exchange';
import { safeUnzip } from '../../../../electron/core/services/exchange/safe-unzip';
import { errorOf } from '../../helpers/fixtures';
import { hashDatabase } from '../../helpers/db-dump';
import { bytesOf, centreAndLaptop, closeAll, filesOf, json, toData } from './exchange-helpers';

/**
 * Hostile and broken packages: each is refused with its own reason before anything is
 * written, on the centre (return packages) and on the laptop (outgoing packages).
 */
let world: ReturnType<typeof centreAndLaptop>;
let outgoing: Record<string, Uint8Array>;
let returned: Record<string, Uint8Array>;

beforeEach(() => {
  world = centreAndLaptop();
  const file = world.centre.value('exchange.export', world.exportInput);
  outgoing = filesOf(file);
  const received = world.laptop.value('exchange.receive', { data: file.data });
  world.laptop.value('glossary.translations.create', { termId: world.terms.nap.id, language: 'ar', text: 'قيلولة' });
  returned = filesOf(world.laptop.value('exchange.returnPackage', { id: received.id }));
});
afterEach(() => closeAll(world.centre, world.laptop));

/** The reason a package is refused with on the centre, checking that nothing changed. */
function centreRefuses(data: string): unknown {
  const before = hashDatabase(world.centre.db);
  const inspect = errorOf(world.centre.call('exchange.inspect', { data }));
  const merge = errorOf(world.centre.call('exchange.merge', { data, choices: [] }));
  expect(merge).toEqual(inspect);
  expect(hashDatabase(world.centre.db)).toBe(before);
  return inspect.code === 'package_rejected' ? inspect.params?.reason : inspect.code;
}

/** The same on a fresh laptop, for outgoing packages. */
function laptopRefuses(data: string): unknown {
  const before = hashDatabase(world.laptop.db);
  const error = errorOf(world.laptop.call('exchange.receive', { data }));
  expect(hashDatabase(world.laptop.db)).toBe(before);
  return error.code === 'package_rejected' ? error.params?.reason : error.code;
}

const withManifest = (files: Record<string, Uint8Array>, change: (manifest: Record<string, unknown>) => void) => {
  const manifest = json(files['manifest.json']) as Record<string, unknown>;
  change(manifest);
  return { ...files, 'manifest.json': bytesOf(manifest) };
};

describe('hostile exchange packages', () => {
  it('accepts the untouched packages (so each refusal below is the change’s doing)', () => {
    expect(world.centre.value('exchange.inspect', { data: toData(returned) }).kind).toBe('fromAssistant');
  });

  it.each([
    ['../escape.json'],
    ['/etc/passwd'],
    ['..\\..\\windows\\system.ini'],
    ['C:/Users/x.json'],
    ['c:evil.json'],
    ['plans/../../x.json'],
    ['a\u0000.json'],
  ])('refuses the entry name %j (zip-slip)', (name) => {
    expect(centreRefuses(toData({ ...returned, [name]: strToU8('{}') }))).toBe('unsafePath');
    expect(laptopRefuses(toData({ ...outgoing, [name]: strToU8('{}') }))).toBe('unsafePath');
  });

  it('refuses a zip bomb while inflating, whatever sizes the zip declares', () => {
    // 20 MB of zeros pack to about 20 KB: a thousand to one.
    const bomb = zipSync({ ...returned, 'translations.json': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(centreRefuses(Buffer.from(bomb).toString('base64'))).toBe('tooLarge');
    // The same with the declared sizes in the headers set to small numbers (lying).
    const lying = Buffer.from(bomb);
    for (let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); at >= 0; at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4)) {
      lying.writeUInt32LE(100, at + 22);
    }
    expect(centreRefuses(lying.toString('base64'))).toBe('tooLarge');
  });

  it('refuses a file over the size limit even when it packs within the ratio, and a package too large to send', () => {
    const noise = new Uint8Array(100_000);
    for (let i = 0; i < noise.length; i++) noise[i] = (Math.imul(i, 2654435761) >>> 24) & 0xff;
    const stored = zipSync({ 'translations.json': noise }, { level: 0 });
    expect(() => safeUnzip(stored, { ...exchangeLimits, fileBytes: 64 * 1024 })).toThrow(expect.objectContaining({ params: { reason: 'tooLarge' } }));
    expect(() => safeUnzip(stored, { ...exchangeLimits, totalBytes: 64 * 1024 })).toThrow(expect.objectContaining({ params: { reason: 'tooLarge' } }));
    expect(safeUnzip(stored).get('translations.json')).toEqual(noise);
    // Over the package limit the API's own schema refuses it, before a byte is unpacked.
    expect(centreRefuses('A'.repeat(Math.ceil(exchangeLimits.packageBytes / 3) * 4 + 4))).toBe('validation');
  });

  it('refuses too many entries', () => {
    const many = { ...returned };
    for (let i = 0; i < 10; i++) many[`extra-${i}.json`] = strToU8('{}');
    expect(centreRefuses(toData(many))).toBe('tooManyEntries');
  });

  it('refuses duplicate entry names', () => {
    const zip = Buffer.from(zipSync({ ...returned, 'translations.jsoX': returned['translations.json']! }));
    // Rename the second entry to the first's name, in its local header and in the central directory.
    let at = zip.indexOf('translations.jsoX');
    while (at >= 0) {
      zip.write('translations.json', at);
      at = zip.indexOf('translations.jsoX');
    }
    expect(centreRefuses(zip.toString('base64'))).toBe('duplicateEntry');
  });

  it('refuses malformed JSON, in the manifest and in a listed file', () => {
    expect(centreRefuses(toData({ ...returned, 'manifest.json': strToU8('{"format": "sprakbro-exchange",') }))).toBe('malformed');
    const broken = strToU8('{"terms": [');
    const files = withManifest({ ...returned, 'translations.json': broken }, (manifest) => {
      // Listed with the right size and hash, so only the JSON itself is wrong (HMAC aside).
      (manifest.files as { size: number; sha256: string }[])[0]!.size = broken.length;
      (manifest.files as { sha256: string }[])[0]!.sha256 = createHmac('sha256', '').digest('hex');
    });
    expect(centreRefuses(toData(files))).toBe('tampered');
  });

  it('refuses entries the manifest does not list, and listed files that are missing', () => {
    expect(centreRefuses(toData({ ...returned, 'notes.json': strToU8('{}') }))).toBe('unexpectedEntry');
    const { 'translations.json': _gone, ...without } = returned;
    expect(centreRefuses(toData(without))).toBe('missingEntry');
    const { 'manifest.json': _manifest, ...noManifest } = returned;
    expect(centreRefuses(toData(noManifest))).toBe('missingEntry');
  });

  it('refuses a manifest that fails its schema, and one of another format version', () => {
    expect(centreRefuses(toData(withManifest(returned, (m) => { m.packageId = 'not-an-id'; })))).toBe('invalidManifest');
    expect(centreRefuses(toData(withManifest(returned, (m) => { m.extra = true; })))).toBe('invalidManifest');
    expect(centreRefuses(toData(withManifest(returned, (m) => { m.format = 'zip'; })))).toBe('invalidManifest');
    expect(centreRefuses(toData(withManifest(returned, (m) => { m.formatVersion = 2; })))).toBe('wrongVersion');
  });

  it('refuses a return package whose content was changed (HMAC), and one from a foreign source', () => {
    const manifest = json(returned['manifest.json']) as { files: { size: number; sha256: string }[] };
    const forged = strToU8(JSON.stringify({ terms: [] }));
    // The forger updates the size and hash in the manifest but cannot make the HMAC.
    const tampered = withManifest({ ...returned, 'translations.json': forged }, (m) => {
      const entry = (m.files as { size: number; sha256: string }[])[0]!;
      entry.size = forged.length;
      entry.sha256 = createHash('sha256').update(forged).digest('hex');
    });
    expect(manifest.files).toHaveLength(1);
    expect(centreRefuses(toData(tampered))).toBe('tampered');
    expect(centreRefuses(toData(withManifest(returned, (m) => { m.hmac = '0'.repeat(64); })))).toBe('tampered');
    expect(centreRefuses(toData(withManifest(returned, (m) => { m.packageId = '01900000-0000-7000-8000-0000000000ff'; })))).toBe('foreignSource');
    expect(centreRefuses(toData(withManifest(returned, (m) => { m.centreId = '01900000-0000-7000-8000-0000000000fe'; })))).toBe('foreignSource');
  });

  it('refuses bytes that are no zip, and a package of the wrong kind', () => {
    expect(centreRefuses(Buffer.from('just some text, not a zip at all').toString('base64'))).toBe('corrupt');
    expect(laptopRefuses(toData(returned))).toBe('wrongKind');
    const merge = errorOf(world.laptop.call('exchange.merge', { data: toData(outgoing), choices: [] }));
    expect(merge.params?.reason).toBe('wrongKind');
  });

  it('refuses an outgoing package whose plans fail their schema', () => {
    const plans = json(outgoing['plans.json']) as { lessons: { date: string }[] };
    plans.lessons[0]!.date = '2026-02-30';
    const bytes = bytesOf(plans);
    const files = withManifest({ ...outgoing, 'plans.json': bytes }, (m) => {
      const entry = (m.files as { name: string; size: number; sha256: string }[]).find((file) => file.name === 'plans.json')!;
      entry.size = bytes.length;
      entry.sha256 = createHash('sha256').update(bytes).digest('hex');
    });
    expect(laptopRefuses(toData(files))).toBe('malformed');
  });

  it('refuses input that is not base64 at the boundary', () => {
    expect(errorOf(world.centre.call('exchange.inspect', { data: 'ø'.repeat(40) })).code).toBe('validation');
  });
});
