import type { Database } from 'better-sqlite3';
import { loadShippedCatalogue } from './catalogue';
import { syncCatalogue, type SyncReport } from './sync';

/**
 * Applies the shipped goal catalogue to an open database. Called once by createApi, which
 * every entry point (Electron core process, browser mode, tests) goes through. A catalogue
 * that cannot be applied is reported, not fatal: the app still opens with the goals it
 * already has, and teacher goals keep working.
 */
export function prepareGoalCatalogue(db: Database, report: (error: unknown) => void): SyncReport | undefined {
  try {
    return syncCatalogue(db, loadShippedCatalogue());
  } catch (error) {
    report(error);
    return undefined;
  }
}
