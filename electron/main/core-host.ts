/**
 * Entry of the core utility process (bundled to dist/electron/core-host-app.cjs and loaded by core-host.cjs). Core runs
 * here, not in main, so a long import or query never freezes the window. This file only
 * wires the process to the service; the logic lives in core-service.ts.
 *
 * It must not import 'electron' at runtime: a utility process only has process.parentPort.
 */
import type { MessageEvent } from 'electron';
import { isShutdownRequest, readDatabasePath, readFontsDir } from './core-messages';
import { createCoreService } from './core-service';

const port = process.parentPort;
const service = createCoreService({
  databasePath: readDatabasePath(process.argv, process.env),
  version: __APP_VERSION__,
  fontsDir: readFontsDir(process.argv),
});

/** Final backup, database closed (the WAL folded back), then exit; once, however it is asked. */
let shuttingDown = false;
function shutDown(): void {
  if (shuttingDown) return;
  shuttingDown = true;
  service
    .closeGracefully()
    .catch((error: unknown) => console.error('Closing core failed', error))
    .finally(() => process.exit(0));
}

port.on('message', (event: MessageEvent) => {
  if (isShutdownRequest(event.data)) {
    shutDown();
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
