import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { exchangeLimits, type PackageRejectReason } from '../../../../shared/domain/exchange';
import { rejected } from './rejected';

export type Limits = typeof exchangeLimits;

/** Compressed bytes handed to the inflater at a time: a deflate block of 4 KiB inflates to at most ~4 MiB. */
const chunkBytes = 4096;
/** The ratio limit applies once this much has come out: tiny files pack badly or very well. */
const ratioFloorBytes = 1024 * 1024;

/**
 * Why an entry name is refused: anything that could reach outside a folder if it were ever
 * written out (`..`, absolute, backslashes, drive letters, control characters). Packages are
 * never unpacked to disk, but a name like that means the file was not made by Språkbro.
 */
export function isUnsafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 200) return true;
  if (name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/u.test(name)) return true;
  if ([...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return true;
  return name.split('/').some((part) => part === '..' || part === '.' || part === '');
}

/**
 * Reads every entry of a zip in memory, checking as it inflates, never trusting the sizes the
 * zip declares: the number of entries, unsafe and duplicate names, each file's and the total
 * inflated size, and the ratio of inflated to zipped bytes. The zip is fed to fflate's
 * streaming unzipper a few KiB at a time, so a bomb is stopped after a few MiB, not after it
 * has filled the memory. Throws the package_rejected failure on the first problem.
 */
export function safeUnzip(zip: Uint8Array, limits: Limits = exchangeLimits): Map<string, Uint8Array> {
  if (zip.length > limits.packageBytes) throw rejected('tooLarge');
  const files = new Map<string, Uint8Array[]>();
  const sizes = new Map<string, number>();
  let total = 0;
  let entries = 0;
  let problem: PackageRejectReason | undefined;
  const stop = (reason: PackageRejectReason, file?: UnzipFile) => {
    problem ??= reason;
    file?.terminate();
  };

  const unzip = new Unzip((file) => {
    if (problem) return;
    entries += 1;
    if (entries > limits.entries) return stop('tooManyEntries');
    if (isUnsafeEntryName(file.name)) return stop('unsafePath');
    if (files.has(file.name)) return stop('duplicateEntry');
    if (file.compression !== 0 && file.compression !== 8) return stop('corrupt');
    const chunks: Uint8Array[] = [];
    files.set(file.name, chunks);
    sizes.set(file.name, 0);
    file.ondata = (error, chunk) => {
      if (problem) return;
      if (error) return stop('corrupt', file);
      const size = (sizes.get(file.name) ?? 0) + chunk.length;
      sizes.set(file.name, size);
      total += chunk.length;
      if (size > limits.fileBytes || total > limits.totalBytes) return stop('tooLarge', file);
      if (total > ratioFloorBytes && total > zip.length * limits.ratio) return stop('tooLarge', file);
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  try {
    for (let offset = 0; offset < zip.length && !problem; offset += chunkBytes) {
      const end = Math.min(offset + chunkBytes, zip.length);
      unzip.push(zip.subarray(offset, end), end === zip.length);
    }
  } catch {
    problem ??= 'corrupt';
  }
  if (problem) throw rejected(problem);
  if (entries === 0) throw rejected('corrupt');

  const result = new Map<string, Uint8Array>();
  for (const [name, chunks] of files) result.set(name, concat(chunks));
  return result;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
