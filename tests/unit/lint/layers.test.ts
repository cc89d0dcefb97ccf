import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import stylelint from 'stylelint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of DESIGN.md ("Architecture") live in eslint.config.js and the
 * logical-properties rule in package.json's "stylelint" key. These tests lint small
 * snippets as if they were files in each layer, so a config change that silently stops
 * enforcing a layer fails here.
 */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function layerMessages(filePath: string, code: string) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${repoRoot}${filePath}` });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((message) => message.fatal);
  expect(fatal, `parse error in ${filePath}`).toEqual([]);
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports');
}

describe('ESLint layer rules', () => {
  it('reports electron imported in core, with a message that says why', async () => {
    const messages = await layerMessages('electron/core/x.ts', "import { app } from 'electron';\nexport { app };");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/core is pure Node/);
    expect(messages[0]!.message).toMatch(/DESIGN\.md/);
    expect(messages[0]!.severity).toBe(2);
  });

  it('reports a renderer file reaching into core', async () => {
    const messages = await layerMessages('renderer/src/x.ts', "import '../../electron/core/db/connection';");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/api client/);
  });

  it('reports a Node built-in imported in shared', async () => {
    const messages = await layerMessages('shared/x.ts', "import fs from 'node:fs';\nexport { fs };");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/shared/);
  });

  const forbidden: [file: string, code: string][] = [
    ['electron/core/db/x.ts', "import { ipcMain } from 'electron/main';"],
    ['electron/core/api/x.ts', "import '../../main/ipc';"],
    ['electron/core/api/x.ts', "import '../../preload/index';"],
    ['electron/core/api/x.ts', "import '../../../renderer/src/api/client';"],
    ['electron/core/api/x.ts', "export { thing } from '../../../renderer/src/thing';"],
    ['electron/web/server.ts', "import { app } from 'electron';"],
    ['electron/web/server.ts', "import '../main/window';"],
    ['renderer/src/features/x/Screen.tsx', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/features/x/Screen.tsx', "import Database from 'better-sqlite3';"],
    ['renderer/src/features/x/Screen.tsx', "import path from 'path';"],
    ['renderer/src/features/x/Screen.tsx', "import { readFile } from 'node:fs/promises';"],
    ['renderer/src/features/x/Screen.tsx', "import '../../../../electron/main/window';"],
    ['renderer/src/features/x/Screen.tsx', "import '../../../../electron/web/server';"],
    ['renderer/src/features/x/Screen.tsx', "import '../../../../electron/preload/index';"],
    ['shared/x.ts', "import { readFileSync } from 'fs';"],
    ['shared/x.ts', "import 'fs/promises';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import Database from 'better-sqlite3';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import { createRoot } from 'react-dom/client';"],
    ['shared/x.ts', "import { useQuery } from '@tanstack/react-query';"],
    ['shared/x.ts', "import { v7 } from 'uuid';"],
    ['shared/domain/x.ts', "import '../../electron/core/db/ids';"],
    ['shared/domain/x.ts', "export * from '../../renderer/src/api/client';"],
    ['electron/preload/index.ts', "import { openDatabase } from '../core/db/connection';"],
    ['electron/preload/index.ts', "import '../main/window';"],
    ['electron/preload/index.ts', "import fs from 'node:fs';"],
    ['electron/preload/index.ts', "import React from 'react';"],
    ['electron/main/index.ts', "import '../../renderer/src/App';"],
  ];
  it.each(forbidden)('reports %s: %s', async (file, code) => {
    const messages = await layerMessages(file, code);
    expect(messages.length).toBeGreaterThanOrEqual(1);
    for (const message of messages) expect(message.message).toMatch(/DESIGN\.md "Architecture"/);
  });

  const allowed: [file: string, code: string][] = [
    ['electron/core/x.ts', "import { ok } from '../../shared/result';"],
    ['electron/core/db/x.ts', "import { readFileSync } from 'node:fs';\nimport Database from 'better-sqlite3';"],
    ['electron/core/db/x.ts', "import { migrations } from './migrations';\nimport { ApiFailure } from '../db/errors';"],
    ['electron/web/server.ts', "import { createServer } from 'node:http';\nimport { createApi } from '../core/api/dispatch';"],
    ['shared/x.ts', "import { z } from 'zod';"],
    ['shared/domain/x.ts', "import { ok } from '../result';\nimport { idSchema } from './common';"],
    ['renderer/src/api/client.ts', "import { contract } from '../../../shared/api/contract';"],
    ['renderer/src/App.tsx', "import { useState } from 'react';\nimport { createRoot } from 'react-dom/client';"],
    ['renderer/vite.config.ts', "import { fileURLToPath } from 'node:url';"],
    ['electron/preload/index.ts', "import { contextBridge } from 'electron';\nimport { apiChannel } from '../../shared/api/contract';"],
    ['electron/main/index.ts', "import { app } from 'electron';\nimport { createApi } from '../core/api/dispatch';\nimport { ok } from '../../shared/result';"],
    ['tests/unit/x.test.ts', "import { openDatabase } from '../../electron/core/db/connection';"],
  ];
  it.each(allowed)('allows %s: %s', async (file, code) => {
    expect(await layerMessages(file, code)).toEqual([]);
  });

  it('reports explicit any as an error', async () => {
    const [result] = await eslint.lintText('export const x: any = 1;\n', { filePath: `${repoRoot}electron/core/x.ts` });
    const anyMessages = result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-explicit-any');
    expect(anyMessages).toHaveLength(1);
    expect(anyMessages[0]!.severity).toBe(2);
  });

  it('applies the react-hooks rules to the renderer', async () => {
    const code = [
      "import { useState } from 'react';",
      'export function View({ on }: { on: boolean }) {',
      '  if (on) { const [value] = useState(1); return value; }',
      '  return 0;',
      '}',
    ].join('\n');
    const [result] = await eslint.lintText(`${code}\n`, { filePath: `${repoRoot}renderer/src/View.tsx` });
    expect(result!.messages.map((m) => m.ruleId)).toContain('react-hooks/rules-of-hooks');
  });
});

describe('stylelint logical properties', () => {
  const packageJson = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { stylelint: stylelint.Config };
  const lint = async (code: string) => {
    const { results } = await stylelint.lint({ code, config: packageJson.stylelint, configBasedir: repoRoot });
    return results[0]!.warnings;
  };

  it('reports margin-left and says which logical property to use', async () => {
    const warnings = await lint('.card { margin-left: 1rem; }\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.rule).toBe('csstools/use-logical');
    expect(warnings[0]!.text).toMatch(/margin-inline-start/);
  });

  it('reports other physical directions too', async () => {
    const warnings = await lint('.a { padding-right: 1rem; text-align: left; border-left: 1px solid; }\n');
    expect(warnings.filter((w) => w.rule === 'csstools/use-logical')).toHaveLength(3);
  });

  it('accepts logical properties', async () => {
    expect(await lint('.card { margin-inline-start: 1rem; padding-inline: 2px; text-align: start; }\n')).toEqual([]);
  });
});
