#!/usr/bin/env node
/**
 * `npm run check:electron`: Electronegativity (Doyensec's scanner for Electron
 * misconfigurations) over electron/, failing on any HIGH or MEDIUM finding. Runs offline.
 *
 * A false positive is silenced where it is, with an `eng-disable <CHECK>` comment on its line
 * and the reason beside it (the scanner's documented way). Two global checks are left out
 * here, each for a reason:
 * - AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list from GitHub; the
 *   project builds and tests offline, and Electron updates come through npm.
 * - CSP_GLOBAL_CHECK only finds a policy written as a literal in a header call or a <meta>
 *   tag. Ours is assembled in shared/security/content-security-policy.ts and sent as a header
 *   by both shells (electron/main/protocol.ts, electron/web/security-headers.ts), which the
 *   scanner cannot follow; tests/unit/main/csp-evaluator.test.ts runs the same CSP evaluator
 *   (Google's, as bundled with Electronegativity) over that policy and fails on its findings.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const scannerDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const scannerRequire = createRequire(join(scannerDir, 'package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
// The scanner takes check names in their construct form here (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, CSP_GLOBAL_CHECK).
const excluded = ['AvailableSecurityFixesGlobalCheck', 'CSPGlobalCheck'];

// The scanner's CLI first fetches updated message texts from GitHub; run in-process with its
// bundled English texts instead, so the check never reaches for the network.
scannerRequire('i18n').configure({
  locales: ['en-US'],
  defaultLocale: 'en-US',
  directory: join(scannerDir, 'dist', 'locales'),
  updateFiles: false,
  objectNotation: true,
  register: globalThis,
});
// Its loader of those texts is replaced by a no-op (the texts are configured just above).
const textsLoader = scannerRequire.resolve('./dist/locales/i18n.js');
const stub = new Module(textsLoader);
stub.filename = textsLoader;
stub.loaded = true;
stub.exports = { __esModule: true, default: () => Promise.resolve() };
scannerRequire.cache[textsLoader] = stub;
const run = scannerRequire('./dist/runner.js');
// A folder may be named for a trial run (e.g. to see that a finding fails the check); the default is electron/.
const input = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'electron');
const result = await run(
  {
    input,
    customScan: [],
    excludeFromScan: excluded,
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);

const serious = result.issues.filter((issue) => issue.severity.value >= 2);
for (const issue of serious) {
  console.error(
    `${issue.severity.name} ${issue.id} ${relative(process.cwd(), join(input, issue.file))}:${issue.location.line}:${issue.location.column} ${issue.description}\n  ${issue.shortenedURL}`,
  );
}
for (const error of result.errors ?? []) console.error('Could not scan', error.file ?? error);
console.log(
  `Electronegativity (Electron ${electronVersion}, ${result.atomicChecks} checks per file and ${result.globalChecks} global checks): ` +
    `${serious.length} high or medium findings, ${result.issues.length - serious.length} low or informational (left out: ${excluded.join(', ')}).`,
);
if (serious.length > 0 || (result.errors ?? []).length > 0) process.exit(1);
