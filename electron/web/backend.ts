import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Api } from '../core/api/dispatch';
import type { HandlerContext } from '../core/api/handlers';
import { openApi } from '../core/api/open-api';
import { openDatabase } from '../core/db/connection';
import type { MaterialService } from '../core/services/materials/service';
import { materialStore, materialStoreFolder } from '../core/services/materials/store';
import type { ErrorCode } from '../../shared/result';

export const databaseFileName = 'sprakbro.sqlite';

export interface Backend {
  api: Api;
  /** Material files: import, serve, export. */
  materials: MaterialService;
  /** Set when the database could not be opened; every API call then answers this error. */
  databaseError?: { code: ErrorCode; message: string };
  close(): void;
  /** Closes after one last backup snapshot when there were changes since the previous one. */
  closeWithFinalBackup(): Promise<void>;
}

export interface BackendOptions {
  dataDir: string;
  mode: HandlerContext['mode'];
  version: string;
  log: (message: string) => void;
  /** The bundled print fonts (dist/fonts). */
  fontsDir?: string;
  /** Largest material file accepted; the default from shared/domain/materials.ts otherwise. */
  materialSizeLimitBytes?: number;
}

/**
 * Opens the database in the data folder and puts the API on it. A database that cannot be
 * used does not stop the server: the renderer still loads and shows the error code, which
 * is far clearer to a teacher than a page that never opens.
 */
export function openBackend({ dataDir, mode, version, log, fontsDir, materialSizeLimitBytes }: BackendOptions): Backend {
  const opened = openApi(
    join(dataDir, databaseFileName),
    {
      mode,
      version,
      ...(fontsDir ? { fontsDir } : {}),
      materialStore: materialStore(join(dataDir, materialStoreFolder), materialSizeLimitBytes),
    },
    {
      // A missing or unwritable data folder is reported like a database that cannot be opened.
      open: (file) => {
        mkdirSync(dataDir, { recursive: true });
        return openDatabase(file);
      },
      onInternalError: (method, error) => log(`Internal error in ${method}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
      onStorageError: (method, error) => log(`Storage error in ${method}: ${error instanceof Error ? error.message : String(error)}`),
    },
  );
  if (opened.failure) log(`Databasen kan ikke åpnes / The database cannot be opened: ${opened.failure.message}`);
  return {
    api: opened.api,
    materials: opened.materials,
    ...(opened.failure ? { databaseError: { code: opened.failure.code, message: opened.failure.message } } : {}),
    close: opened.close,
    closeWithFinalBackup: opened.closeWithFinalBackup,
  };
}
