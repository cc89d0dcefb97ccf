import { dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openApi, type OpenedApi } from '../core/api/open-api';
import { materialStore, materialStoreFolder } from '../core/services/materials/store';
import { fail, type Result } from '../../shared/result';
import { heldKeyProvider, sensitiveKeyFileName, type SensitiveKeyProvider } from '../core/services/sensitive-notes/key-file';
import { issuerKeyFileName } from '../core/services/credentials/issuer-key';
import {
  coreRequestSchema,
  materialExportRequestSchema,
  materialFileRequestSchema,
  materialImportRequestSchema,
  materialRequestSchema,
  type CoreKeys,
  type CoreReply,
  type MaterialRequest,
} from './core-messages';

export interface CoreServiceOptions {
  /** Undefined when main did not pass one; every call then fails with 'internal'. */
  databasePath: string | undefined;
  version: string;
  /** The bundled print fonts, passed on to the print handlers. */
  fontsDir?: string | undefined;
  /**
   * The keys main unwrapped from the OS keychain (the start message). Given, core reads no
   * key file (see heldKeyProvider); left out, core keeps them in files as in browser mode.
   */
  keys?: CoreKeys;
  /** Replaceable in tests; defaults to the real openDatabase. */
  open?: (file: string) => Database;
  /** Largest material file accepted; the default from shared/domain/materials.ts otherwise. */
  materialSizeLimitBytes?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface CoreService {
  /** Answers one message from main; undefined when the message is too broken to answer. */
  handle(message: unknown): CoreReply | undefined;
  /** Answers a material message (import, file, export); undefined when the message is not one. */
  handleMaterial(message: unknown): Promise<CoreReply> | undefined;
  close(): void;
  /** Closes after the final backup snapshot (when a folder is set and something changed). */
  closeGracefully(): Promise<void>;
}

/**
 * What the core utility process does, without the process plumbing (see core-host.ts), so
 * tests can drive it directly. The database is opened once, at start. If that fails, the
 * service stays up and answers every call with the reason, so the renderer can tell the
 * user "this database was made by a newer Språkbro" instead of facing a dead window.
 */
export function createCoreService(options: CoreServiceOptions): CoreService {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  let opened: OpenedApi | undefined;

  if (options.databasePath === undefined) {
    log('Core started without a database path');
  } else {
    opened = openApi(
      options.databasePath,
      {
        mode: 'electron',
        version: options.version,
        ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}),
        ...(options.keys ? heldKeys(dirname(options.databasePath), options.keys) : {}),
        // The material store sits beside the database in the user data folder.
        materialStore: materialStore(join(dirname(options.databasePath), materialStoreFolder), options.materialSizeLimitBytes),
      },
      {
        ...(options.open ? { open: options.open } : {}),
        onInternalError: (method, error) => log(`Core call ${method} failed`, error),
        onStorageError: (method, error) => log(`Core call ${method} could not write`, error),
      },
    );
    if (opened.failure) log(`Database refused: ${opened.failure.message}`);
  }

  return {
    handle(message) {
      const request = coreRequestSchema.safeParse(message);
      if (!request.success) {
        // Answer when we can tell who asked, so main's pending call does not hang.
        const id = (message as { id?: unknown } | null)?.id;
        return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? { id, result: fail('internal') } : undefined;
      }
      const { id, method, input, role } = request.data;
      if (!opened) return { id, result: fail('internal') };
      return { id, result: opened.api.call(method, input, role ? { role } : undefined) };
    },
    handleMaterial(message) {
      const request = materialRequestSchema.safeParse(message);
      if (!request.success) return undefined;
      const { id } = request.data;
      if (!opened) return Promise.resolve({ id, result: fail('internal') });
      return runMaterial(opened, request.data).then(
        (result) => ({ id, result }),
        (error: unknown) => {
          log(`Core material ${request.data.material} failed`, error);
          return { id, result: fail('internal') };
        },
      );
    },
    close() {
      opened?.close();
      opened = undefined;
    },
    async closeGracefully() {
      const closing = opened;
      opened = undefined;
      await closing?.closeWithFinalBackup();
    },
  };
}

/** Providers for the keys main handed over; a restored key file beside the database wins until main wraps it. */
function heldKeys(dataFolder: string, keys: CoreKeys): { sensitiveKey: SensitiveKeyProvider; issuerSeed: SensitiveKeyProvider } {
  return {
    sensitiveKey: heldKeyProvider(keys.sensitiveNotes, join(dataFolder, sensitiveKeyFileName)),
    issuerSeed: heldKeyProvider(keys.credentialIssuer, join(dataFolder, issuerKeyFileName)),
  };
}

/** One material operation, its input checked here: main is trusted, but a bug there should fail clearly. */
async function runMaterial(opened: OpenedApi, request: MaterialRequest): Promise<Result<unknown>> {
  const { materials } = opened;
  if (request.material === 'import') {
    const input = materialImportRequestSchema.safeParse(request.input);
    if (!input.success) return fail('validation');
    // The profile session (in open-api.ts) narrows this to the signed-in profile's role.
    return materials.importPath(request.role ?? 'teacher', input.data.path, input.data.metadata);
  }
  if (request.material === 'file') {
    const input = materialFileRequestSchema.safeParse(request.input);
    return input.success ? materials.file(input.data.id, input.data.variant) : fail('validation');
  }
  const input = materialExportRequestSchema.safeParse(request.input);
  return input.success ? materials.exportCopy(input.data.id) : fail('validation');
}
