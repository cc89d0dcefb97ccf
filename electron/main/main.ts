/**
 * Electron main entry (bundled to dist/electron/main.cjs). Only lifecycle lives here; each
 * concern is in its own module. Build layout this relies on:
 *   dist/electron/{main,preload,core-host}.cjs and dist/renderer/ (the Vite output).
 */
import path from 'node:path';
import { app, BrowserWindow, safeStorage, session, shell } from 'electron';
import { startCoreClient, type CoreClient } from './core-client';
import { registerApiIpc } from './ipc';
import { loadCoreKeys } from './key-store';
import { registerMaterialIpc } from './material-ipc';
import { createPrintWindowPrinter, registerPrintIpc } from './print';
import { installAppProtocol, registerAppScheme } from './protocol';
import { denyAllPermissions, installWebContentsHardening } from './security';
import { createMainWindow, isOwnWebContents } from './window';

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const coreHostPath = path.join(__dirname, 'core-host.cjs');
// The print fonts are unpacked from the asar archive (electron-builder.yml), so Chromium and
// the core process read them as plain files.
const fontsDir = path.join(__dirname, '..', 'fonts').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);

// Both must happen before 'ready': schemes cannot be made privileged later, and the
// sandbox switch applies to every renderer, including ones we do not create ourselves.
registerAppScheme();
app.enableSandbox();

// One running copy: two would write the same database file at once.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let core: CoreClient | undefined;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): void => {
    mainWindow = createMainWindow({ preloadPath });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  // Only https pages on the allow-list reach this (security.ts isAllowedExternalUrl, tested in tests/unit/main/security.test.ts).
  installWebContentsHardening(app, (url) => void shell.openExternal(url)); // eng-disable OPEN_EXTERNAL_JS_CHECK

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    // On macOS apps stay active without windows until the user quits explicitly.
    if (process.platform !== 'darwin') app.quit();
  });

  // Quitting waits for core's final backup snapshot (a few seconds at most), then quits for real.
  let coreStopped = false;
  app.on('will-quit', (event) => {
    if (!core || coreStopped) return;
    event.preventDefault();
    coreStopped = true;
    void core.stop().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      const dataFolder = app.getPath('userData');
      const client = startCoreClient({
        modulePath: coreHostPath,
        databasePath: path.join(dataFolder, 'sprakbro.sqlite'),
        fontsDir,
        // safeStorage works only here in main (and after ready): core gets the unwrapped keys.
        keys: loadCoreKeys(dataFolder, safeStorage, (message) => console.error(message)),
      });
      core = client;
      installAppProtocol(rendererDir, (id, variant) => client.material('file', { id, variant }));
      registerApiIpc({
        // No role: core's profile session decides who is signed in.
        forward: (method, input) => client.call(method, input),
        isOwnWebContents,
      });
      const printer = createPrintWindowPrinter({ fontsDir });
      app.on('will-quit', () => printer.close());
      registerMaterialIpc({
        forward: (operation, input) => client.material(operation, input),
        isOwnWebContents,
      });
      registerPrintIpc({
        forward: (method, input) => client.call(method, input),
        isOwnWebContents,
        printer,
      });
      openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Språkbro could not start', error);
      app.exit(1);
    });
}
