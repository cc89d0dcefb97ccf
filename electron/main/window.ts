import { BrowserWindow, type WebContents, type WebPreferences } from 'electron';
import { appEntryUrl } from './app-origin';

/**
 * The webContents of windows this module created. The IPC bridge answers only these, so a
 * webContents that appeared some other way (devtools, a future helper window) gets nothing.
 */
const ownContents = new WeakSet<WebContents>();

export function isOwnWebContents(contents: WebContents): boolean {
  return ownContents.has(contents);
}

/** The Electron security baseline from DESIGN.md, kept in one place so a test can pin it. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from Google; the app sends nothing anywhere.
    spellcheck: false,
    // A middle click on a link would ask for a new window; the open handler denies it, and this stops the attempt.
    disableBlinkFeatures: 'Auxclick',
  };
}

export interface MainWindowOptions {
  preloadPath: string;
}

/** Opens the main window on app://sprakbro/index.html, shown once it has painted. */
export function createMainWindow({ preloadPath }: MainWindowOptions): BrowserWindow {
  // The scanner cannot see into secureWebPreferences(), which sets these (pinned by tests/unit/main/window.test.ts).
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    title: 'Språkbro',
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 600,
    // Hidden until the first paint, so users never see a white flash.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  const contents = window.webContents;
  ownContents.add(contents);
  window.once('ready-to-show', () => window.show());
  // A failed load (missing build) must not become an unhandled rejection that kills main.
  window.loadURL(appEntryUrl).catch((error: unknown) => console.error('Could not load the app page', error));
  return window;
}
