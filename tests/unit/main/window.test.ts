import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, isOwnWebContents } from '../../../electron/main/window';
import { FakeBrowserWindow, FakeWebContents } from './fake-electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

describe('createMainWindow', () => {
  it('creates the window with the security baseline', () => {
    createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs' });
    const window = FakeBrowserWindow.instances.at(-1);
    expect(window?.options).toMatchObject({ title: 'Språkbro', show: false });
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click (auxclick) on a link never even asks for a new window.
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('loads the app entry from app:// and never from file://', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    const window = FakeBrowserWindow.instances.at(-1);
    expect(window?.loadURL).toHaveBeenCalledTimes(1);
    expect(window?.loadURL).toHaveBeenCalledWith('app://sprakbro/index.html');
  });

  it('shows the window only once it is ready to show', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    const window = FakeBrowserWindow.instances.at(-1);
    expect(window?.show).not.toHaveBeenCalled();
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalledTimes(1);
  });

  it('logs a failed load instead of leaving an unhandled rejection', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    FakeBrowserWindow.loadResult = () => Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    try {
      createMainWindow({ preloadPath: '/p.cjs' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(errors).toHaveBeenCalledWith('Could not load the app page', expect.any(Error));
    } finally {
      FakeBrowserWindow.loadResult = () => Promise.resolve();
      errors.mockRestore();
    }
  });

  it('remembers the webContents it created, and only those', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs' }) as unknown as FakeBrowserWindow;
    expect(isOwnWebContents(window.webContents as unknown as WebContents)).toBe(true);
    expect(isOwnWebContents(new FakeWebContents() as unknown as WebContents)).toBe(false);
  });
});
