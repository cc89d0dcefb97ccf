import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** The generator and the schema decide what a decade database holds: their sources name the cached file. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const folder of ['electron/core/services/fictional-centre', 'electron/core/db/migrations']) {
    for (const file of readdirSync(join(repoRoot, folder)).sort()) hash.update(readFileSync(join(repoRoot, folder, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The decade database (10,000 participants, 150,000 lessons, 1,500,000 attendance rows…),
 * generated once with `npm run generate` and kept in the system's temporary folder until
 * the generator or a migration changes. Returns its path and how long generating took (or null
 * when it came from the cache).
 */
export function decadeDatabase(): { file: string; generatedSeconds: number | null } {
  const dir = join(tmpdir(), 'sprakbro-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `decade-${sourcesHash()}.sqlite`);
  if (existsSync(file)) return { file, generatedSeconds: null };
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(repoRoot, 'electron/scripts/generate.mjs'), '--size', 'decade', '--out', file, '--force'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`generating the decade database failed (${String(run.status)})`);
  return { file, generatedSeconds: (performance.now() - started) / 1000 };
}
