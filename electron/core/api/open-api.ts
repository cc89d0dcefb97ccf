import type { Database } from 'better-sqlite3';
import { fail, type ErrorCode } from '../../../shared/result';
import { DatabaseOpenError, openDatabase } from '../db/connection';
import { createApi, type Api, type ApiOptions } from './dispatch';
import type { HandlerContext } from './handlers';
import { BackupService } from '../services/backup/service';
import { prepareGoalCatalogue } from '../services/goals/prepare';
import { keyFileProvider, sensitiveKeyFileName } from '../services/sensitive-notes/key-file';
import { issuerKeyFileName } from '../services/credentials/issuer-key';
import { CredentialService } from '../services/credentials/service';
import { dirname, join } from 'node:path';
import { createMaterialService, unavailableMaterialService, type MaterialService } from '../services/materials/service';
import { guardedBySession } from '../services/profiles/material-guard';

export interface DatabaseFailure {
  code: ErrorCode;
  message: string;
  params?: Record<string, number | string>;
}

export interface OpenedApi {
  api: Api;
  /** Importing, serving and exporting material files (needs context.materialStore). */
  materials: MaterialService;
  /** Set when the database could not be used; `api` then answers every call with it. */
  failure?: DatabaseFailure;
  close(): void;
  /** Closes after one last snapshot if anything changed since the previous one (on quit). */
  closeWithFinalBackup(): Promise<void>;
}

export interface OpenApiOptions extends ApiOptions {
  /** Replaceable in tests; defaults to the real openDatabase. */
  open?: (file: string) => Database;
}

/**
 * Opens the database and puts the API on it, for every shell (Electron's core process and
 * browser mode). A database that cannot be used does not stop the app: every call answers
 * the reason, so the renderer can say "made by a newer Språkbro" instead of showing nothing.
 */
export function openApi(file: string, context: Omit<HandlerContext, 'db'>, options: OpenApiOptions = {}): OpenedApi {
  let db: Database;
  try {
    db = (options.open ?? openDatabase)(file);
  } catch (error) {
    const known = error instanceof DatabaseOpenError;
    const failure: DatabaseFailure = {
      code: known ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
      ...(known ? { params: error.params } : {}),
    };
    return {
      api: { call: () => fail(failure.code, undefined, failure.params) },
      materials: unavailableMaterialService(failure.code, failure.params),
      failure,
      close: () => undefined,
      closeWithFinalBackup: () => Promise.resolve(),
    };
  }
  const keys = { ...sensitiveKeyFor(file, context), ...issuerSeedFor(file, context) };
  const backups = startBackups(file, db, context, keys, options);
  const credentialService = credentialServiceFor(db, keys.issuerSeed, backups, options);
  const api = createApi({ ...context, db, ...(backups ? { backups } : {}), ...keys, credentialService, credentials: credentialService }, options);
  return {
    api,
    materials: guardedBySession(
      pausedWhileRestoring(
        context.materialStore ? createMaterialService(db, context.materialStore) : unavailableMaterialService('internal'),
        backups,
      ),
      api.session,
      db,
    ),
    close: () => {
      backups?.stopSchedule();
      db.close();
    },
    async closeWithFinalBackup() {
      await backups?.close();
      db.close();
    },
  };
}

/**
 * File imports, serving and exports bypass dispatch, so they get dispatch's rule here:
 * while a restore loads a backup, nothing reads or writes the database.
 */
function pausedWhileRestoring(materials: MaterialService, backups: BackupService | undefined): MaterialService {
  if (!backups) return materials;
  const paused = unavailableMaterialService('maintenance');
  const pick = (): MaterialService => (backups.isRestoring ? paused : materials);
  return {
    sizeLimitBytes: () => pick().sizeLimitBytes(),
    checkImport: (role, metadata) => pick().checkImport(role, metadata),
    importStream: (source, metadata) => pick().importStream(source, metadata),
    importPath: (role, file, metadata) => pick().importPath(role, file, metadata),
    file: (id, variant) => pick().file(id, variant),
    exportCopy: (id) => pick().exportCopy(id),
  };
}

/**
 * The key for sensitive notes, in a file beside a database on disk (never inside it). A
 * shell may pass its own provider (the OS keychain); an in-memory database has none.
 */
function sensitiveKeyFor(file: string, context: Omit<HandlerContext, 'db'>): Pick<HandlerContext, 'sensitiveKey'> {
  if (context.sensitiveKey) return { sensitiveKey: context.sensitiveKey };
  if (file === ':memory:') return {};
  return { sensitiveKey: keyFileProvider(join(dirname(file), sensitiveKeyFileName)) };
}

/**
 * The issuer key for signing credentials: a file beside the database like the
 * sensitive-notes key (a shell may pass its own provider, e.g. the OS keychain); an
 * in-memory database can check credentials but not sign any.
 */
function issuerSeedFor(file: string, context: Omit<HandlerContext, 'db'>): Pick<HandlerContext, 'issuerSeed'> {
  if (context.issuerSeed) return { issuerSeed: context.issuerSeed };
  if (file === ':memory:') return {};
  return { issuerSeed: keyFileProvider(join(dirname(file), issuerKeyFileName)) };
}

/** Signing and checking credentials. Anything left unsigned at the last close is signed now. */
function credentialServiceFor(db: Database, issuerSeed: HandlerContext['issuerSeed'], backups: BackupService | undefined, options: OpenApiOptions): CredentialService {
  const service = new CredentialService({
    db,
    ...(issuerSeed ? { issuerSeed } : {}),
    paused: () => backups?.isRestoring ?? false,
    log: (message, error) => options.onInternalError?.(message, error),
  });
  service.scheduleSigning();
  return service;
}

/** Automatic snapshots for a database on disk (an in-memory one has nothing to keep). */
function startBackups(file: string, db: Database, context: Omit<HandlerContext, 'db'>, keys: Pick<HandlerContext, 'sensitiveKey' | 'issuerSeed'>, options: OpenApiOptions): BackupService | undefined {
  if (file === ':memory:') return undefined;
  const backups = new BackupService({
    db,
    // Encrypted backups carry the keys the API uses (from the OS keychain in Electron).
    keys: {
      ...(keys.sensitiveKey ? { [sensitiveKeyFileName]: keys.sensitiveKey } : {}),
      ...(keys.issuerSeed ? { [issuerKeyFileName]: keys.issuerSeed } : {}),
    },
    databasePath: file,
    appVersion: context.version,
    ...(context.materialStore ? { materialsDir: context.materialStore.dir } : {}),
    afterRestore: (restored) => prepareGoalCatalogue(restored, (error) => options.onInternalError?.('goals.catalogueSync', error)),
    log: (message, error) => options.onInternalError?.(message, error),
  });
  backups.startSchedule();
  return backups;
}
