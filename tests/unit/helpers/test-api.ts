import type { Database } from 'better-sqlite3';
import { createApi } from '../../../electron/core/api/dispatch';
import { openDatabase } from '../../../electron/core/db/connection';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { StaffRole } from '../../../shared/domain/staff';
import type { Result } from '../../../shared/result';

export interface TestApi {
  db: Database;
  /** Typed call for tests that use the API as the renderer does. */
  call<M extends MethodName>(method: M, input: MethodInput<M>, role?: StaffRole): Result<MethodOutput<M>>;
  /** Untyped call for tests that send malformed input on purpose. */
  raw(method: unknown, input: unknown, role?: StaffRole): Result<unknown>;
  /** The value of a call that must succeed; throws with the error envelope otherwise. */
  value<M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M>;
}

export function createTestApi(file = ':memory:'): TestApi {
  const db = openDatabase(file);
  const api = createApi(
    { db, mode: 'test', version: '0.0.0-test' },
    { checkOutputs: true, onInternalError: (method, error) => { throw new Error(`${method}: ${String(error)}`); } },
  );
  const raw = (method: unknown, input: unknown, role: StaffRole = 'teacher') => api.call(method, input, { role });
  const call = <M extends MethodName>(method: M, input: MethodInput<M>, role?: StaffRole) =>
    raw(method, input, role) as Result<MethodOutput<M>>;
  return {
    db,
    raw,
    call,
    value(method, input) {
      const result = call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
  };
}
