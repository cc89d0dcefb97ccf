/**
 * Entry of the core utility process (bundled to dist/electron/core-host-app.cjs and loaded by core-host.cjs). Core runs
 * here, not in main, so a long import or query never freezes the window. This file only
 * wires the process to the service; the logic lives in core-service.ts.
 *
 * It must not import 'electron' at runtime: a utility process only has process.parentPort.
 */
import type { MessageEvent } from 'electron';
import { readDatabasePath, readFontsDir } from './core-messages';
import { createCoreService } from './core-service';

const port = process.parentPort;
const service = createCoreService({
  databasePath: readDatabasePath(process.argv, process.env),
  version: __APP_VERSION__,
  fontsDir: readFontsDir(process.argv),
});

port.on('message', (event: MessageEvent) => {
  const material = service.handleMaterial(event.data);
  if (material) {
    void material.then((reply) => port.postMessage(reply));
    return;
  }
  const reply = service.handle(event.data);
  if (reply) port.postMessage(reply);
});

// Main stops the process with SIGTERM on quit; close the database so the WAL is folded back.
process.once('SIGTERM', () => {
  service.close();
  process.exit(0);
});
