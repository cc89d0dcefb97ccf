import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../electron/core/db/connection';
import { takeSnapshot } from '../../../electron/core/services/backup/snapshot';
import { timingOf, type Timing } from './stats';
import type { BenchServer } from './web-server';

/** A theme with 200 terms (the generator makes every fortieth theme that long). */
export function wordListTheme(file: string): { themeId: string; terms: number } {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    const row = raw
      .prepare(
        `SELECT theme_id AS themeId, count(*) AS terms FROM glossary_term_theme GROUP BY theme_id HAVING count(*) >= 200 LIMIT 1`,
      )
      .get() as { themeId: string; terms: number } | undefined;
    if (!row) throw new Error('the decade database has no theme with 200 terms');
    return row;
  } finally {
    raw.close();
  }
}

/**
 * A bilingual word list of 200 terms (Norwegian, Arabic, Tigrinya) printed to PDF through
 * browser mode, as the «Skriv ut ordliste» button does: HTML from core, PDF from the warm
 * Chromium. The first print starts Chromium and is timed apart.
 */
export async function measureWordList(server: BenchServer, themeId: string, runs = 5): Promise<{ first: number; warm: Timing; pdfBytes: number }> {
  const input = { themeId, languages: ['ar', 'ti'] };
  let started = performance.now();
  const pdfBytes = await server.print('print.wordList', input);
  const first = performance.now() - started;
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    started = performance.now();
    await server.print('print.wordList', input);
    samples.push(performance.now() - started);
  }
  return { first, warm: timingOf(samples), pdfBytes };
}

const folderBytes = (folder: string): number =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);

/**
 * One backup snapshot of the decade database with the app's own backup code (SQLite's online
 * backup, then integrity check and row counts against the live file), into a temporary folder.
 */
export async function measureBackup(file: string, runs = 2): Promise<{ timing: Timing; bytes: number; databaseBytes: number }> {
  const db = openDatabase(file);
  const root = mkdtempSync(join(tmpdir(), 'sprakbro-bench-backup-'));
  try {
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await takeSnapshot({ db, backupRoot: join(root, String(run)), appVersion: 'bench' });
      samples.push(performance.now() - started);
    }
    return { timing: timingOf(samples), bytes: folderBytes(join(root, '0')), databaseBytes: statSync(file).size };
  } finally {
    db.close();
    rmSync(root, { recursive: true, force: true });
  }
}
