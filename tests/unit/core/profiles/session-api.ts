import type { Database } from 'better-sqlite3';
import { createApi, type Api } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/result';

/** An API called the way the shells call it: without a caller, so the profile session decides. */
export interface SessionApi {
  db: Database;
  api: Api;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Result<MethodOutput<M>>;
  value<M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M>;
  /** The same database opened by a new backend, as after a restart of the app. */
  restart(): SessionApi;
}

export function createSessionApi(db: Database = openDatabase(':memory:')): SessionApi {
  const api = createApi(
    { db, mode: 'test', version: '0.0.0-test' },
    { checkOutputs: true, onInternalError: (method, error) => { throw new Error(`${method}: ${String(error)}`); } },
  );
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) => api.call(method, input) as Result<MethodOutput<M>>;
  return {
    db,
    api,
    call,
    value(method, input) {
      const result = call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    restart: () => createSessionApi(db),
  };
}
