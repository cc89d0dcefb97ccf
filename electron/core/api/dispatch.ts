import { contract, isMethodName, type MethodName } from '../../../shared/api/contract';
import type { StaffRole } from '../../../shared/domain/staff';
import { fail, ok, type Result } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation';
import { ApiFailure } from '../db/errors';
import { storageErrorCode } from '../db/storage-errors';
import { handlers, type HandlerContext } from './handlers';
import { prepareGoalCatalogue } from '../services/goals/prepare';

export interface Caller {
  role: StaffRole;
}

export interface Api {
  /** Runs one contract call. Never throws: every outcome is an envelope. */
  call(method: unknown, input: unknown, caller: Caller): Result<unknown>;
}

export interface ApiOptions {
  /** Check every answer against its output schema (tests switch this on). */
  checkOutputs?: boolean;
  onInternalError?: (method: string, error: unknown) => void;
  onStorageError?: (method: string, error: unknown) => void;
}

/**
 * The single entry to the backend for IPC, HTTP and tests: method known, role allowed,
 * input valid, then the handler inside one transaction, so a failure changes nothing.
 */
export function createApi(context: HandlerContext, options: ApiOptions = {}): Api {
  prepareGoalCatalogue(context.db, (error) => options.onInternalError?.('goals.catalogueSync', error));
  const run = <M extends MethodName>(method: M, input: unknown, caller: Caller): Result<unknown> => {
    const spec = contract[method];
    if (!(spec.roles as readonly StaffRole[]).includes(caller.role)) return fail('forbidden');
    // While a restore loads a backup into the database, nothing may read half of it or write into it.
    if (context.backups?.isRestoring && method !== 'backups.status') return fail('maintenance');
    const given = input ?? {};
    const parsed = spec.input.safeParse(given);
    if (!parsed.success) return fail('validation', toFieldIssues(parsed.error, given));
    const handler = handlers[method] as (input: unknown, context: HandlerContext) => unknown;
    const value = context.db.transaction(() => handler(parsed.data, { ...context, caller }))();
    if (options.checkOutputs) spec.output.parse(value);
    return ok(value);
  };

  return {
    call(method, input, caller) {
      if (!isMethodName(method)) return fail('unknown_method');
      try {
        return run(method, input, caller);
      } catch (error) {
        if (error instanceof ApiFailure) return fail(error.code, error.issues, error.params);
        const storage = storageErrorCode(error);
        if (storage) {
          // Still logged: a full or read-only disk is worth seeing in the log, but it is not a bug.
          options.onStorageError?.(method, error);
          return fail(storage);
        }
        options.onInternalError?.(method, error);
        return fail('internal');
      }
    },
  };
}
