// Bundles the Electron main process, preload, core host and browser-mode server into
// dist/electron/*.cjs. better-sqlite3 and sharp stay external: they are native modules loaded
// from node_modules at run time (better-sqlite3 rebuilt for Electron by electron-builder; sharp
// ships prebuilt libvips binaries per platform under @img/). heic-decode stays external too:
// its libheif-js WebAssembly build is several megabytes and is loaded from its own package.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist', 'electron');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const entries = [
  { name: 'main', source: 'electron/main/main.ts', external: ['electron', 'better-sqlite3', 'sharp', 'heic-decode'] },
  // The sandboxed preload may only require 'electron'; everything else is bundled in.
  { name: 'preload', source: 'electron/preload/preload.ts', external: ['electron'] },
  { name: 'core-host', source: 'electron/main/core-host.ts', external: ['electron', 'better-sqlite3', 'sharp', 'heic-decode'] },
  // playwright-core drives the system Chromium for PDFs in browser mode; it is loaded from
  // node_modules (a runtime dependency), as bundling it would break its own file lookups.
  { name: 'web', source: 'electron/web/cli.ts', external: ['electron', 'better-sqlite3', 'sharp', 'heic-decode', 'playwright-core'] },
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

// The print fonts (Noto Latin, Arabic, Ethiopic and their licence), next to the bundles.
const fontsOut = join(root, 'dist', 'fonts');
rmSync(fontsOut, { recursive: true, force: true });
cpSync(join(root, 'resources', 'fonts'), fontsOut, { recursive: true });
console.log(`build-electron: ${relative(root, fontsOut)}`);

if (built === 0) {
  console.error('build-electron: nothing was built');
  process.exit(1);
}
