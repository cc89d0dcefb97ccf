import type { Database } from 'better-sqlite3';
import { fail, type ErrorCode } from '../../../shared/result';
import { DatabaseOpenError, openDatabase } from '../db/connection';
import { createApi, type Api, type ApiOptions } from './dispatch';
import type { HandlerContext } from './handlers';

export interface DatabaseFailure {
  code: ErrorCode;
  message: string;
  params?: Record<string, number | string>;
}

export interface OpenedApi {
  api: Api;
  /** Set when the database could not be used; `api` then answers every call with it. */
  failure?: DatabaseFailure;
  close(): void;
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
    return { api: { call: () => fail(failure.code, undefined, failure.params) }, failure, close: () => undefined };
  }
  return { api: createApi({ ...context, db }, options), close: () => db.close() };
}
