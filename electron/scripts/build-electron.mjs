// Bundles the Electron main process, preload, core host and browser-mode server into
// dist/electron/*.cjs. better-sqlite3 stays external: it is a native module loaded from
// node_modules at run time (and rebuilt for Electron by electron-builder).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist', 'electron');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const entries = [
  { name: 'main', source: 'electron/main/main.ts', external: ['electron', 'better-sqlite3'] },
  // The sandboxed preload may only require 'electron'; everything else is bundled in.
  { name: 'preload', source: 'electron/preload/preload.ts', external: ['electron'] },
  { name: 'core-host', source: 'electron/main/core-host.ts', external: ['electron', 'better-sqlite3'] },
  { name: 'web', source: 'electron/web/cli.ts', external: ['electron', 'better-sqlite3'] },
];

rmSync(outdir, { recursive: true, force: true });

let built = 0;
for (const entry of entries) {
  const source = join(root, entry.source);
  if (!existsSync(source)) {
    console.warn(`build-electron: skipping ${entry.name}.cjs, ${entry.source} does not exist yet`);
    continue;
  }
  const outfile = join(outdir, `${entry.name}.cjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: true,
    external: entry.external,
    define: { __APP_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
  console.log(`build-electron: ${relative(root, outfile)}`);
  built += 1;
}

if (built === 0) {
  console.error('build-electron: nothing was built');
  process.exit(1);
}
