import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { createApi } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { checkImport, importMaterial } from '../../../../electron/core/services/materials/import';
import { materialStore, type MaterialStore } from '../../../../electron/core/services/materials/store';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract';
import type { MaterialImportMetadata, MaterialImportOutcome } from '../../../../shared/domain/materials';
import type { StaffRole } from '../../../../shared/domain/staff';
import type { Result } from '../../../../shared/result';
import { tempDir } from '../../helpers/temp-dir';
import type { TestApi } from '../../helpers/test-api';

export interface MaterialTestApi extends TestApi {
  store: MaterialStore;
  /** Imports bytes as the web route and Electron do: checks first, then the stream. */
  importBytes(bytes: Buffer, metadata: MaterialImportMetadata, role?: StaffRole): Promise<Result<MaterialImportOutcome>>;
}

/** The test API with a material store in a fresh temporary data folder. */
export function createMaterialTestApi(sizeLimitBytes?: number): MaterialTestApi {
  const dataDir = tempDir('sprakbro-materials-');
  const store = materialStore(join(dataDir, 'materials'), sizeLimitBytes);
  const db = openDatabase(':memory:');
  const api = createApi(
    { db, mode: 'test', version: '0.0.0-test', materialStore: store },
    { checkOutputs: true, onInternalError: (method, error) => { throw new Error(`${method}: ${String(error)}`); } },
  );
  const raw = (method: unknown, input: unknown, role: StaffRole = 'teacher') => api.call(method, input, { role });
  const call = <M extends MethodName>(method: M, input: MethodInput<M>, role?: StaffRole) =>
    raw(method, input, role) as Result<MethodOutput<M>>;
  return {
    db,
    store,
    raw,
    call,
    value(method, input) {
      const result = call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async importBytes(bytes, metadata, role = 'teacher') {
      const checked = checkImport(db, role, metadata);
      if (!checked.ok) return checked;
      return importMaterial({ db, store }, Readable.from([bytes]), checked.value);
    },
  };
}

/** Every file in the store, as paths relative to it (the staging folder included). */
export function storeFiles(store: MaterialStore): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(store.dir, path));
    }
  };
  walk(store.dir);
  return found.sort();
}

/** Deterministic noise, so pictures do not compress to nothing and differ by seed. */
export function noise(width: number, height: number, seed: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed * 2654435761 || 1;
  for (let index = 0; index < pixels.length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    pixels[index] = state & 0xff;
  }
  return pixels;
}

export interface PhotoOptions {
  width?: number;
  height?: number;
  seed?: number;
  /** EXIF DateTimeOriginal, as a camera writes it: "2026:09:14 10:11:12". */
  takenAt?: string;
  /** Adds a GPS position to the EXIF data. */
  gps?: boolean;
  quality?: number;
}

/** A JPEG photo made of noise, with EXIF date and optionally a GPS position. */
export function photo(options: PhotoOptions = {}): Promise<Buffer> {
  const width = options.width ?? 64;
  const height = options.height ?? 48;
  const image = sharp(noise(width, height, options.seed ?? 1), { raw: { width, height, channels: 3 } }).jpeg({
    quality: options.quality ?? 80,
  });
  const exif: Record<string, Record<string, string>> = {};
  if (options.takenAt) exif.IFD2 = { DateTimeOriginal: options.takenAt };
  if (options.gps) {
    exif.IFD3 = { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '10/1 45/1 0/1' };
  }
  return (Object.keys(exif).length > 0 ? image.withExif(exif) : image).toBuffer();
}

export const png = (seed = 2): Promise<Buffer> =>
  sharp(noise(40, 30, seed), { raw: { width: 40, height: 30, channels: 3 } }).png().toBuffer();

/** A short silent WAV file. */
export function wav(samples = 800): Buffer {
  const data = Buffer.alloc(samples * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

export const pdf = (): Buffer =>
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** Writes bytes to a file in a fresh folder and returns its path. */
export function fileWith(bytes: Buffer, name: string): string {
  const dir = tempDir('sprakbro-source-');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** A zip file with the given entries stored uncompressed: enough for type sniffing. */
export function zip(entries: { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An ISO-BMFF box: size, type, content. */
export function isoBox(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

const u32 = (value: number): Buffer => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value, 0);
  return bytes;
};
const text = (value: string): Buffer => Buffer.from(value, 'latin1');

/** A QuickTime ©xyz box: a 16-bit length, a language code, the ISO 6709 position. */
const xyz = (position: string) =>
  isoBox('\u00a9xyz', Buffer.from([0, position.length, 0x15, 0xc7]), text(position));

/**
 * The box structure of a phone video (no real media in 'mdat'), carrying a made-up position
 * in Oslo the ways phones write it: ©xyz in the movie's and the track's user data, a 3GPP
 * 'loci' box, and an iPhone-style 'keys'/'ilst' entry com.apple.quicktime.location.ISO6709.
 * A title (©nam) and a camera make sit beside them and must survive an export.
 */
export function mp4WithLocation(brand = 'isom'): Buffer {
  const hdlr = isoBox('hdlr', Buffer.alloc(8), text('mdta'), Buffer.alloc(13));
  const keyEntry = (name: string) => Buffer.concat([u32(8 + name.length), text('mdta'), text(name)]);
  const keys = isoBox('keys', Buffer.alloc(4), u32(2), keyEntry('com.apple.quicktime.make'), keyEntry('com.apple.quicktime.location.ISO6709'));
  const dataBox = (value: string) => isoBox('data', u32(1), u32(0), text(value));
  const ilst = isoBox('ilst', isoBox('\0\0\0\u0001', dataBox('Fiktivtelefon')), isoBox('\0\0\0\u0002', dataBox('+59.9127+010.7461+012.000/')));
  const loci = isoBox('loci', Buffer.alloc(4), Buffer.from([0x15, 0xc7]), text('Fiktiv plass\0'), Buffer.from([0]), u32(0x000ab000), u32(0x003be900), u32(0), text('earth\0\0'));
  const title = isoBox('\u00a9nam', Buffer.from([0, 9, 0x15, 0xc7]), text('Hagedagen'));
  const trak = isoBox('trak', isoBox('tkhd', Buffer.alloc(84)), isoBox('udta', xyz('+59.9127+010.7461/')), isoBox('mdia', Buffer.alloc(32)));
  const moov = isoBox('moov', isoBox('mvhd', Buffer.alloc(100)), trak, isoBox('udta', title, xyz('+59.9127+010.7461/'), loci), isoBox('meta', hdlr, keys, ilst));
  const ftyp = isoBox('ftyp', text(brand), u32(0x200), text(brand), text('mp41'));
  return Buffer.concat([ftyp, isoBox('mdat', Buffer.alloc(2000, 0x42)), moov]);
}
