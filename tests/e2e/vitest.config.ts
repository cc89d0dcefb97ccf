import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * End-to-end tests: each file starts the browser-mode server (dist/electron/web.cjs) with a
 * fresh data folder and drives Debian's Chromium with playwright-core. Run after `npm run build`.
 * One file at a time: every file runs a server and a browser, and the machine has two cores.
 */
export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
