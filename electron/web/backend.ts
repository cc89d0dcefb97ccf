import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createApi, type Api } from '../core/api/dispatch';
import type { HandlerContext } from '../core/api/handlers';
import { DatabaseOpenError, openDatabase } from '../core/db/connection';
import { fail, type ErrorCode } from '../../shared/result';

export const databaseFileName = 'sprakbro.sqlite';

export interface Backend {
  api: Api;
  /** Set when the database could not be opened; every API call then answers this error. */
  databaseError?: { code: ErrorCode; message: string };
  close(): void;
}

export interface BackendOptions {
  dataDir: string;
  mode: HandlerContext['mode'];
  version: string;
  log: (message: string) => void;
  /** The bundled print fonts (dist/fonts). */
  fontsDir?: string;
}

/**
 * Opens the database in the data folder and puts the API on it. A database that cannot be
 * used does not stop the server: the renderer still loads and shows the error code, which
 * is far clearer to a teacher than a page that never opens.
 */
export function openBackend({ dataDir, mode, version, log, fontsDir }: BackendOptions): Backend {
  let db: Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = openDatabase(join(dataDir, databaseFileName));
  } catch (error) {
    const known = error instanceof DatabaseOpenError;
    const code: ErrorCode = known ? error.code : 'internal';
    const params = known ? error.params : undefined;
    const message = error instanceof Error ? error.message : String(error);
    log(`Databasen kan ikke åpnes / The database cannot be opened: ${message}`);
    return {
      api: { call: () => fail(code, undefined, params) },
      databaseError: { code, message },
      close: () => undefined,
    };
  }
  const api = createApi(
    { db, mode, version, ...(fontsDir ? { fontsDir } : {}) },
    { onInternalError: (method, error) => log(`Internal error in ${method}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`) },
  );
  return { api, close: () => db.close() };
}
