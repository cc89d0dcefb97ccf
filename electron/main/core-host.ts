/**
 * Entry of the core utility process (bundled to dist/electron/core-host-app.cjs and loaded by core-host.cjs). Core runs
 * here, not in main, so a long import or query never freezes the window. This file only
 * wires the process to the service; the logic lives in core-service.ts.
 *
 * It must not import 'electron' at runtime: a utility process only has process.parentPort.
 */
import type { MessageEvent } from 'electron';
import { fail } from '../../shared/result';
import { coreStartSchema, isShutdownRequest, readDatabasePath, readFontsDir } from './core-messages';
import { createCoreService, type CoreService } from './core-service';

const port = process.parentPort;
/**
 * Made on main's start message, which carries the keys from the OS keychain: the database
 * opens only once they are here, so core never falls back to making a key of its own.
 */
let service: CoreService | undefined;

/** Final backup, database closed (the WAL folded back), then exit; once, however it is asked. */
let shuttingDown = false;
function shutDown(): void {
  if (shuttingDown) return;
  shuttingDown = true;
  (service?.closeGracefully() ?? Promise.resolve())
    .catch((error: unknown) => console.error('Closing core failed', error))
    .finally(() => process.exit(0));
}

port.on('message', (event: MessageEvent) => {
  if (isShutdownRequest(event.data)) {
    shutDown();
    return;
  }
  if (!service) {
    const start = coreStartSchema.safeParse(event.data);
    if (start.success) {
      service = createCoreService({
        databasePath: readDatabasePath(process.argv, process.env),
        version: __APP_VERSION__,
        fontsDir: readFontsDir(process.argv),
        keys: start.data.keys,
      });
      return;
    }
    // A call before the start message is main's bug: answer it, so it does not hang.
    console.error('Core got a message before its start message');
    const id = (event.data as { id?: unknown } | null)?.id;
    if (typeof id === 'number') port.postMessage({ id, result: fail('internal') });
    return;
  }
  const material = service.handleMaterial(event.data);
  if (material) {
    void material.then((reply) => port.postMessage(reply));
    return;
  }
  const reply = service.handle(event.data);
  if (reply) port.postMessage(reply);
});

// Main asks with a message on quit; SIGTERM (a kill on POSIX) gets the same care.
process.once('SIGTERM', shutDown);
