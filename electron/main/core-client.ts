import { utilityProcess, type UtilityProcess } from 'electron';
import type { MethodName } from '../../shared/api/contract';
import type { StaffRole } from '../../shared/domain/staff';
import { fail, type Result } from '../../shared/result';
import {
  coreReplySchema,
  databaseArg,
  fontsArg,
  shutdownRequest,
  type CoreRequest,
  type CoreStart,
  type MaterialOperation,
  type MaterialRequest,
} from './core-messages';

export interface CoreClientOptions {
  /** The bundled core-host.cjs. */
  modulePath: string;
  databasePath: string;
  /** The bundled print fonts folder, handed to core for the documents' @font-face rules. */
  fontsDir?: string;
  /** The keys from the OS keychain (key-store.ts), sent first to every core process it starts. */
  keys?: CoreStart['keys'];
  /** Unexpected exits tolerated within restartWindowMs; after that calls fail until it passes. */
  maxRestarts?: number;
  restartWindowMs?: number;
  now?: () => number;
  log?: (message: string) => void;
}

export interface CoreClient {
  /** Without `role`, core's profile session decides who calls (the app's own calls never pass one). */
  call(method: MethodName, input: unknown, role?: StaffRole): Promise<Result<unknown>>;
  /** A material operation (import from a path, a stored file's place, an export copy). */
  material(operation: MaterialOperation, input: unknown, role?: StaffRole): Promise<Result<unknown>>;
  /**
   * Ends the core process for good (on quit); pending calls fail with 'internal'. Core is
   * asked to shut down (final backup, database closed) and killed if it has not exited
   * after `graceMs`. Resolves once it is gone.
   */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Runs core in an Electron utility process and matches its replies to calls by id. If the
 * process dies, the calls it held fail with 'internal' (the renderer shows a retry) and a
 * fresh process is started. A crash loop is capped, so a core that cannot start does not
 * spin the CPU: after maxRestarts exits within the window, calls fail until it has passed.
 */
export function startCoreClient(options: CoreClientOptions): CoreClient {
  const maxRestarts = options.maxRestarts ?? 3;
  const restartWindowMs = options.restartWindowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.error(message));

  /** Calls in flight, with the process they were sent to: only that process may answer them. */
  const pending = new Map<number, { proc: UtilityProcess; resolve: (result: Result<unknown>) => void }>();
  const crashes: number[] = [];
  let child: UtilityProcess | null = null;
  let stopped = false;
  let nextId = 1;

  const failPending = (): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const { resolve } of waiting) resolve(fail('internal'));
  };

  const spawn = (): UtilityProcess => {
    const args = [databaseArg(options.databasePath), ...(options.fontsDir ? [fontsArg(options.fontsDir)] : [])];
    const proc = utilityProcess.fork(options.modulePath, args, {
      serviceName: 'Språkbro core',
    });
    // Core opens the database on this message; messages keep their order, so it comes first.
    const start: CoreStart = { start: true, keys: options.keys ?? {} };
    try {
      proc.postMessage(start);
    } catch (error) {
      // Its calls then fail with 'internal' (core answers nothing before the start message).
      log(`Could not send the start message to the core process: ${String(error)}`);
    }
    proc.on('message', (message: unknown) => {
      const reply = coreReplySchema.safeParse(message);
      if (!reply.success) {
        log('Ignoring a malformed reply from the core process');
        return;
      }
      const entry = pending.get(reply.data.id);
      // No entry: the call was already failed by a restart. Another process: not its call.
      if (!entry || entry.proc !== proc) return;
      pending.delete(reply.data.id);
      entry.resolve(reply.data.result as Result<unknown>);
    });
    proc.once('exit', (code: number) => {
      if (child !== proc) return; // an old process we already replaced or stopped
      child = null;
      failPending();
      if (stopped) return;
      log(`The core process exited unexpectedly (code ${code}); restarting it`);
      crashes.push(now());
      ensureChild();
    });
    return proc;
  };

  const ensureChild = (): UtilityProcess | null => {
    if (child) return child;
    if (stopped) return null;
    const since = now() - restartWindowMs;
    while (crashes.length > 0 && (crashes[0] ?? 0) <= since) crashes.shift();
    if (crashes.length > maxRestarts) return null;
    child = spawn();
    return child;
  };

  // Start at once, so the database is open (and migrated) before the first call.
  ensureChild();

  const send = (what: string, request: (id: number) => CoreRequest | MaterialRequest): Promise<Result<unknown>> => {
    const proc = ensureChild();
    if (!proc) return Promise.resolve(fail('internal'));
    const id = nextId++;
    return new Promise<Result<unknown>>((resolve) => {
      pending.set(id, { proc, resolve });
      try {
        proc.postMessage(request(id));
      } catch (error) {
        pending.delete(id);
        log(`Could not send ${what} to the core process: ${String(error)}`);
        resolve(fail('internal'));
      }
    });
  };

  return {
    call(method, input, role) {
      return send(method, (id) => ({ id, method, input, ...(role ? { role } : {}) }));
    },
    material(operation, input, role) {
      return send(`material ${operation}`, (id) => ({ id, material: operation, input, ...(role ? { role } : {}) }));
    },
    stop(graceMs = 20_000) {
      stopped = true;
      const proc = child;
      child = null;
      failPending();
      if (!proc) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          log('The core process did not shut down in time; killing it');
          proc.kill();
        }, graceMs);
        proc.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        try {
          proc.postMessage(shutdownRequest);
        } catch {
          proc.kill();
        }
      });
    },
  };
}
