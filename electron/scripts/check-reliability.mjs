#!/usr/bin/env node
/**
 * `npm run check:reliability`: runs the reliability tests (crash safety under SIGKILL, API
 * fuzzing, hostile input, backups, participant deletion) and prints the figures issue 9 asks
 * for. The figures come from the tests that just passed: the number of cases each one ran
 * is read from its own source (e.g. `const rounds = 12`), so changing a test changes the
 * figure, and a failing test fails this check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

const files = {
  crash: 'tests/unit/core/crash/crash-safety.test.ts',
  fuzz: 'tests/unit/core/api-fuzz.test.ts',
  properties: 'tests/unit/core/api-properties.test.ts',
  backups: 'tests/unit/core/backup',
  hostileCore: 'tests/unit/core/hostile',
  hostileRenderer: 'tests/renderer/hostile-html.test.tsx',
  deletion: 'tests/unit/core/participant-data',
};

/** A number a test file declares (`const name = 123;`); the check stops if it is not there. */
function declared(file, name) {
  const match = readFileSync(join(root, file), 'utf8').match(new RegExp(`const ${name} = ([\\d_]+);`));
  if (!match) throw new Error(`${file} no longer declares ${name}; update electron/scripts/check-reliability.mjs`);
  return Number(match[1].replaceAll('_', ''));
}

const workDir = mkdtempSync(join(tmpdir(), 'sprakbro-reliability-'));
const report = join(workDir, 'results.json');
let results;
try {
  const run = spawnSync(
    process.execPath,
    [vitest, 'run', '--config', 'tests/vitest.config.ts', '--reporter=json', `--outputFile=${report}`, ...Object.values(files)],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    results = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    console.error(`The reliability tests did not run (vitest exit ${run.status}).`);
    process.exit(1);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const tests = results.testResults.flatMap((file) =>
  file.assertionResults.map((test) => ({
    file: relative(root, file.name),
    title: test.title,
    status: test.status,
    why: (test.failureMessages ?? [])[0]?.split('\n')[0] ?? '',
  })),
);
const failed = tests.filter((test) => test.status === 'failed');
const passed = (where, titlePattern = /./u) =>
  tests.filter((test) => test.file.startsWith(where) && test.status === 'passed' && titlePattern.test(test.title));

const crashRounds = declared(files.crash, 'rounds') * passed(files.crash).length;
const fuzzMethods = passed(files.fuzz, /answers malformed input/u).length;
const fuzzPerMethod = declared(files.fuzz, 'inputsPerMethod');
const propertyRuns = passed(files.properties).length > 0 ? declared(files.properties, 'runsPerMethod') : 0;
const htmlPayloads = passed(files.hostileCore, /^stores /u).length;
const htmlInRenderer = passed(files.hostileRenderer, /never runs/u).length;
const csvFiles = passed(files.hostileCore, /^CSV: /u).length;
const grepFiles = passed(files.hostileCore, /^Grep JSON: /u).length;
const materialFiles = passed(files.hostileCore, /is refused \(/u).length;
const printedInChromium = passed(files.hostileCore, /nothing runs in Chromium/u).length;
const backupWrites = passed(files.backups, /backs up|writes a checked snapshot|encrypts|takes automatic snapshots|rotates/u).length;
const backupRestores = passed(files.backups, /restor/u).length;
const backupRefusals = passed(files.backups, /refuses|never leaves/u).length;
const deletions = passed(files.deletion, /leaves no row|leaves the name|deletes|removes a file/u).length;

const line = (label, value) => console.log(`  ${label.padEnd(34)} ${value}`);
console.log('\nSpråkbro reliability figures');
line('Crash safety (SIGKILL)', `${crashRounds} kill cycles survived: integrity_check ok, every write reported saved was there`);
line('API fuzzing', `${fuzzMethods} methods × (${fuzzPerMethod} mutated inputs + ${propertyRuns} fast-check inputs) = ${fuzzMethods * (fuzzPerMethod + propertyRuns)} cases, database unchanged`);
line('Hostile HTML', `${htmlPayloads} payloads stored clean by core, ${htmlInRenderer} shown clean by the renderer, ${printedInChromium ? 'all printed in Chromium with nothing run' : 'not printed'}`);
line('Hostile files', `${csvFiles + grepFiles + materialFiles} refused with a reason, nothing written (goal CSV ${csvFiles}, Grep JSON ${grepFiles}, materials ${materialFiles})`);
line('Backups', `${backupWrites} write-and-verify scenarios, ${backupRestores} restore scenarios (with undo), ${backupRefusals} refusals (tampered, newer, no room)`);
line('Complete deletion', `${deletions} scenarios: no table, nor the database file, holds the participant afterwards; files still used are kept`);
console.log(`  ${tests.length} tests, ${failed.length} failed\n`);
for (const test of failed) console.error(`FAILED ${test.file} › ${test.title}\n  ${test.why}`);
if (failed.length > 0 || tests.length === 0) process.exit(1);
