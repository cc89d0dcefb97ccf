import { contract, isMethodName, type MethodName } from '../../../shared/api/contract';
import type { StaffRole } from '../../../shared/domain/staff';
import { fail, ok, type Result } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation';
import { ApiFailure } from '../db/errors';
import { storageErrorCode } from '../db/storage-errors';
import { withStatementCache } from '../db/statement-cache';
import { handlers, type HandlerContext } from './handlers';
import { prepareGoalCatalogue } from '../services/goals/prepare';
import { AssistantScope } from '../services/profiles/assistant-scope';
import { filterAssistantOutput, guardAssistantInput } from '../services/profiles/assistant-rules';
import { ProfileSession } from '../services/profiles/session';

/**
 * Who makes a call: the one place roles are enforced. `staffId` is the signed-in profile;
 * for an assistant it limits every call to their own classes (services/profiles/assistant-rules.ts).
 */
export interface Caller {
  role: StaffRole;
  staffId?: string;
}

export interface Api {
  /**
   * Runs one contract call. Never throws: every outcome is an envelope. Without `caller`
   * (every shell) the profile session decides who calls, and refuses while signed out or locked;
   * an explicit caller is for tests and in-process tools.
   */
  call(method: unknown, input: unknown, caller?: Caller): Result<unknown>;
  /** Who is signed in on this PC (absent when the database could not be opened). */
  readonly session?: ProfileSession;
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
export function createApi(given: HandlerContext, options: ApiOptions = {}): Api {
  // Every call's statements are compiled once per connection (db/statement-cache.ts).
  const context: HandlerContext = { ...given, db: withStatementCache(given.db) };
  prepareGoalCatalogue(context.db, (error) => options.onInternalError?.('goals.catalogueSync', error));
  const session = new ProfileSession(context.db);
  const run = <M extends MethodName>(method: M, input: unknown, caller: Caller): Result<unknown> => {
    const spec = contract[method];
    if (!(spec.roles as readonly StaffRole[]).includes(caller.role)) return fail('forbidden');
    // While a restore loads a backup into the database, nothing may read half of it or write into it.
    if (context.backups?.isRestoring && method !== 'backups.status') return fail('maintenance');
    const given = input ?? {};
    const parsed = spec.input.safeParse(given);
    if (!parsed.success) return fail('validation', toFieldIssues(parsed.error, given));
    const handler = handlers[method] as (input: unknown, context: HandlerContext) => unknown;
    const scope = caller.role === 'assistant' && caller.staffId ? new AssistantScope(context.db, caller.staffId) : undefined;
    const value = context.db.transaction(() => {
      if (scope) guardAssistantInput(method, parsed.data, scope);
      const answer = handler(parsed.data, { ...context, caller, profiles: session });
      return scope ? filterAssistantOutput(method, answer, scope) : answer;
    })();
    if (options.checkOutputs) spec.output.parse(value);
    return ok(value);
  };

  return {
    session,
    call(method, input, caller) {
      if (!isMethodName(method)) return fail('unknown_method');
      try {
        const who = caller ?? session.callerFor(method);
        if (typeof who === 'string') return fail(who);
        return run(method, input, who);
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
