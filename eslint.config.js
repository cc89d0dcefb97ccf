// ESLint flat config. Besides the usual checks it enforces the layers of DESIGN.md
// ("Architecture"): shared → nothing; core and web → shared; main → core and shared;
// preload → electron and shared; renderer → shared only. The rules work on import
// specifiers (no-restricted-imports), as VS Code enforces its layering, so they stay fast.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const builtins = builtinModules.filter((name) => !name.startsWith('_')).map(escape).join('|');

/** `node:fs`, `fs`, `fs/promises`, `path`, … */
const nodeBuiltinRegex = `^(node:.*|(${builtins})(/.*)?)$`;
/** A relative path that climbs out of its folder and lands in one of `folders`. */
const reaching = (folders) => `^(\\.\\./)+(.*/)?(${folders.join('|')})(/|$)`;

const layerMessage = (text) => `${text} (DESIGN.md "Architecture").`;

const electronPattern = (who) => ({
  regex: '^electron(/.*)?$',
  message: layerMessage(`${who} never imports electron: only electron/main and electron/preload do`),
});

const nodeBuiltinsPattern = (who) => ({
  regex: nodeBuiltinRegex,
  message: layerMessage(`${who}: no Node built-in modules`),
});

const sqlitePattern = (who) => ({
  regex: '^better-sqlite3(/.*)?$',
  message: layerMessage(`${who} never touches the database: only electron/core does`),
});

/** Every bare specifier except those listed (and those already reported by another pattern). */
const onlyPackages = (allowed, alreadyReported) =>
  `^(?!(${[...allowed, ...alreadyReported].join('|')})(/|$))(?!node:)(?!(${builtins})(/|$))[^.]`;

const sharedRules = {
  'no-restricted-imports': ['error', {
    patterns: [
      electronPattern('shared is isomorphic and'),
      nodeBuiltinsPattern('shared runs in Node and in the browser alike'),
      sqlitePattern('shared is isomorphic and'),
      {
        regex: '^react',
        message: layerMessage('shared has no DOM and no React: UI code belongs in renderer/'),
      },
      {
        regex: onlyPackages(['zod'], ['electron', 'better-sqlite3', 'react[^/]*']),
        message: layerMessage('shared may import only zod and other shared files'),
      },
      {
        regex: reaching(['electron', 'renderer']),
        message: layerMessage('shared imports nothing outside shared/: never electron/ or renderer/'),
      },
    ],
  }],
};

const coreRules = {
  'no-restricted-imports': ['error', {
    patterns: [
      electronPattern('core is pure Node and'),
      {
        regex: reaching(['renderer']),
        message: layerMessage('core never imports the renderer: share types through shared/'),
      },
      {
        regex: reaching(['main', 'preload']),
        message: layerMessage('core is pure Node and must not depend on electron/main or electron/preload'),
      },
    ],
  }],
};

const mainRules = {
  'no-restricted-imports': ['error', {
    patterns: [
      {
        regex: reaching(['renderer']),
        message: layerMessage('electron/main imports core and shared only, never the renderer'),
      },
    ],
  }],
};

const preloadRules = {
  'no-restricted-imports': ['error', {
    patterns: [
      nodeBuiltinsPattern('the preload runs sandboxed, without Node'),
      {
        regex: onlyPackages(['electron'], []),
        message: layerMessage('the preload may import only electron and shared: it exposes window.api and nothing else'),
      },
      {
        regex: reaching(['core', 'main', 'web', 'renderer']),
        message: layerMessage('the preload may import only electron and shared: calls go over IPC to main'),
      },
    ],
  }],
};

const rendererRules = {
  'no-restricted-imports': ['error', {
    patterns: [
      electronPattern('the renderer is sandboxed and'),
      nodeBuiltinsPattern('the renderer runs in the browser sandbox, without Node'),
      sqlitePattern('the renderer reaches data only through its api client and'),
      {
        regex: reaching(['electron']),
        message: layerMessage('the renderer imports shared only, never electron/ (core, main, web, preload): talk to the backend through the api client'),
      },
    ],
  }],
};

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'release/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      '.tsbuild/',
      '.sprakbro-data/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    ignores: ['renderer/src/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx,js,jsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  // Layers. Each file falls under exactly one of these blocks: a later block replaces the
  // rule's options instead of merging them.
  { files: ['shared/**'], rules: sharedRules },
  { files: ['electron/core/**', 'electron/web/**'], rules: coreRules },
  { files: ['electron/main/**'], rules: mainRules },
  { files: ['electron/preload/**'], rules: preloadRules },
  { files: ['renderer/**'], rules: rendererRules },
  {
    // Build-time config next to the renderer runs in Node, not in the renderer.
    files: ['renderer/*.config.{js,mjs,cjs,ts,mts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
);
