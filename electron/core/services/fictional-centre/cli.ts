/**
 * `npm run generate -- --size decade --out <file> [--seed 2026] [--force]`: writes a
 * fictional centre into a new database file, for benchmarks and demonstrations.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/connection';
import { generateCentre } from './generate';
import { centreSizes, isCentreSizeName } from './sizes';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'demo' },
    out: { type: 'string' },
    seed: { type: 'string', default: '2026' },
    force: { type: 'boolean', default: false },
  },
});

const size = values.size ?? 'demo';
if (!isCentreSizeName(size)) {
  console.error(`Unknown size "${size}". Sizes: ${Object.keys(centreSizes).join(', ')}`);
  process.exit(2);
}
if (!values.out) {
  console.error('Say where to write the database: --out <file>');
  process.exit(2);
}
const out = resolve(values.out);
if (existsSync(out)) {
  if (!values.force) {
    console.error(`${out} exists; add --force to replace it.`);
    process.exit(2);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(out + suffix, { force: true });
}

const started = performance.now();
const db = openDatabase(out);
// Bulk loading: the file is new and can be rebuilt, so durability waits until the end. Without
// the write-ahead log every page is written once, straight into the file, instead of into a
// log of nearly a gigabyte that is then copied over; a large page cache keeps the indexes of
// the big tables in memory while they grow.
db.pragma('journal_mode = MEMORY');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -262144');
const counts = generateCentre(db, size, {
  seed: Number(values.seed),
  onProgress: (phase) => process.stderr.write(`  ${phase} (${Math.round(performance.now() - started)} ms)\n`),
});
db.exec('ANALYZE');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.close();
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ size, out, seconds: Number(seconds.toFixed(1)), counts }, null, 2));
