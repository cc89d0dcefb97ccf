import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiChannel } from '../../../shared/api/contract';
import { printChannel } from '../../../shared/api/print-names';
import { coreStartSchema, databaseArg, fontsArg } from '../../../electron/main/core-messages';
import { loadKey } from '../../../electron/main/key-store';
import { readdirSync } from 'node:fs';
import { createFakeElectron, FakeBrowserWindow, FakeUtilityProcess, type FakeElectron } from './fake-electron';

let fake: FakeElectron;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Loads main.ts afresh against a fresh fake Electron, as a new app start would. */
async function startMain(configure: (electron: FakeElectron) => void = () => undefined): Promise<void> {
  fake = createFakeElectron();
  configure(fake);
  vi.resetModules();
  vi.doMock('electron', () => fake);
  await import('../../../electron/main/main');
}

function withPlatform(platform: NodeJS.Platform, run: () => void): void {
  const original = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  try {
    run();
  } finally {
    if (original) Object.defineProperty(process, 'platform', original);
  }
}

beforeEach(() => {
  vi.doUnmock('electron');
});

describe('main lifecycle', () => {
  it('quits at once when another instance holds the lock', async () => {
    await startMain((electron) => electron.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.app.listenerCount('web-contents-created')).toBe(0);
  });

  it('registers the app scheme, the sandbox and the hardening before ready, and nothing else', async () => {
    await startMain();
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    expect(fake.utilityProcess.fork).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('on ready: denies permissions, serves app://, starts core, registers IPC, opens the window', async () => {
    await startMain();
    fake.markReady();
    await flush();

    const { defaultSession } = fake.session;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(defaultSession.checkHandler?.(null, 'media')).toBe(false);

    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));

    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(1);
    const core = FakeUtilityProcess.instances[0];
    expect(path.basename(core?.modulePath ?? '')).toBe('core-host.cjs');
    // The print fonts folder next to the bundles (dist/fonts) goes to core for the documents.
    expect(core?.args).toEqual([
      databaseArg(path.join(fake.app.getPath('userData'), 'sprakbro.sqlite')),
      fontsArg(path.join(path.dirname(path.dirname(core?.modulePath ?? '')), 'fonts')),
    ]);

    expect(fake.ipcMain.handle).toHaveBeenCalledWith(apiChannel, expect.any(Function));
    expect(fake.ipcMain.handle).toHaveBeenCalledWith(printChannel, expect.any(Function));

    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0];
    const preferences = window?.options.webPreferences as { preload: string };
    expect(path.basename(preferences.preload)).toBe('preload.cjs');
    expect(path.dirname(preferences.preload)).toBe(path.dirname(core?.modulePath ?? ''));
    expect(window?.loadURL).toHaveBeenCalledWith('app://sprakbro/index.html');
  });

  it('unwraps the keys from the OS keychain and hands them to core in its first message, never on the command line', async () => {
    await startMain();
    fake.markReady();
    await flush();
    const core = FakeUtilityProcess.instances[0];
    const start = coreStartSchema.parse(core?.posted[0]);
    const userData = fake.app.getPath('userData');
    expect(start.keys.sensitiveNotes).toEqual(loadKey(userData, 'sensitive-notes.key', fake.safeStorage, () => undefined));
    expect(start.keys.credentialIssuer).toHaveLength(32);
    expect(readdirSync(userData).sort()).toEqual(['credential-issuer.key.safe', 'sensitive-notes.key.safe']);
    expect(core?.args.join(' ')).not.toContain(start.keys.sensitiveNotes?.toString('base64'));
  });

  it('forwards a call from the window to core without a role (core’s profile session decides who calls)', async () => {
    await startMain();
    fake.markReady();
    await flush();
    const window = FakeBrowserWindow.instances[0];
    const handler = fake.ipcHandlers.get(apiChannel);
    const event = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
    const answer = handler?.(event, 'app.info', {}) as Promise<unknown>;
    await flush();
    const core = FakeUtilityProcess.instances[0];
    expect(core?.posted.slice(1)).toEqual([{ id: 1, method: 'app.info', input: {} }]);
    core?.reply({ id: 1, result: { ok: true, value: 'info' } });
    expect(await answer).toEqual({ ok: true, value: 'info' });
  });

  it('quits when the last window closes, except on macOS', async () => {
    await startMain();
    withPlatform('darwin', () => fake.app.emit('window-all-closed'));
    expect(fake.app.quit).not.toHaveBeenCalled();
    withPlatform('win32', () => fake.app.emit('window-all-closed'));
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
  });

  it('holds the quit until core has shut down (its final backup), then quits for real', async () => {
    await startMain();
    fake.markReady();
    await flush();
    const preventDefault = vi.fn();
    fake.app.emit('will-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalledTimes(1);
    const core = FakeUtilityProcess.instances[0];
    expect(core?.posted.at(-1)).toEqual({ shutdown: true });
    expect(fake.app.quit).not.toHaveBeenCalled();
    core?.emit('exit', 0);
    await flush();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    // The second will-quit (from that quit) passes straight through.
    const again = vi.fn();
    fake.app.emit('will-quit', { preventDefault: again });
    expect(again).not.toHaveBeenCalled();
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(1);
  });

  it('focuses the existing window when a second copy is started', async () => {
    await startMain();
    fake.markReady();
    await flush();
    const window = FakeBrowserWindow.instances[0];
    window?.isMinimized.mockReturnValue(true);
    fake.app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalledTimes(1);
    expect(window?.focus).toHaveBeenCalledTimes(1);
  });
});
