import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { tempDir } from '../../helpers/temp-dir';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const writerSource = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const rounds = 12;

let writerBundle = '';

beforeAll(async () => {
  // Bundled into the project's own cache folder so `require('better-sqlite3')` resolves
  // from the project's node_modules, exactly as the app's bundles do.
  const outDir = join(root, 'node_modules', '.cache', 'sprakbro-tests');
  mkdirSync(outDir, { recursive: true });
  writerBundle = join(outDir, `crash-writer-${process.pid}.cjs`);
  await build({
    entryPoints: [writerSource],
    outfile: writerBundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
});

afterAll(() => rmSync(writerBundle, { force: true }));

interface Round {
  /** Writes the child reported as saved before it was killed. */
  saved: string[];
  /** Anything the child wrote to stderr: must stay empty (a crash of its own is a failure). */
  errors: string;
}

/** Runs the writer, kills it with SIGKILL after `killAfterMs`, and collects what it reported. */
function runAndKill(file: string, label: string, killAfterMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerBundle, file, label], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let started = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      // The clock starts at the first saved write, so every round kills mid-stream
      // rather than while the child is still loading.
      if (!started) {
        started = true;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: string) => (errors += chunk));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer stopped by itself (${String(_code)}): ${errors}`));
        return;
      }
      // Only complete lines count: a line cut off by the kill was never fully reported.
      const lines = output.split('\n');
      lines.pop();
      resolve({ saved: lines, errors });
    });
  });
}

describe('crash safety', () => {
  it(
    'keeps every reported write and a sound database when the backend is killed mid-write, again and again',
    async () => {
      const file = join(tempDir(), 'sprakbro.db');
      const reported: string[] = [];
      for (let round = 0; round < rounds; round += 1) {
        // Spread the kills from "almost at once" to "after many checkpoints".
        const killAfterMs = 5 + Math.floor(Math.random() * 250);
        const { saved, errors } = await runAndKill(file, `r${round}`, killAfterMs);
        expect(errors).toBe('');
        reported.push(...saved);
      }
      expect(reported.length).toBeGreaterThan(rounds);
      expect(existsSync(file)).toBe(true);

      const db = openDatabase(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const participants = new Set(
          (db.prepare('SELECT given_name FROM participant').pluck().all() as string[]).map((name) => `participant ${name}`),
        );
        const sites = new Set(
          (db.prepare('SELECT name FROM practice_site').pluck().all() as string[]).map((name) => `site ${name}`),
        );
        const missing = reported.filter((line) => !participants.has(line) && !sites.has(line));
        expect(missing).toEqual([]);
        // A site row written in the same call as its contacts is whole: never a cut-off JSON.
        const brokenContacts = db
          .prepare("SELECT count(*) FROM practice_site WHERE NOT json_valid(contacts) OR json_array_length(contacts) <> 10")
          .pluck()
          .get();
        expect(brokenContacts).toBe(0);
      } finally {
        db.close();
      }
    },
    120_000,
  );
});
