// `npm run generate -- --size decade --out <file>`: bundles the generator (TypeScript in
// electron/core) with esbuild into the project's cache folder and runs it with this Node.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'node_modules', '.cache', 'sprakbro-generate');
mkdirSync(outDir, { recursive: true });
const bundle = join(outDir, 'generate.cjs');
await build({
  absWorkingDir: root,
  entryPoints: [join(root, 'electron/core/services/fictional-centre/cli.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['better-sqlite3', 'sharp'],
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
