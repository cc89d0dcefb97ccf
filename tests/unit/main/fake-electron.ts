import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * A hand-made stand-in for the parts of the `electron` module that electron/main and
 * electron/preload use. The real module needs the Electron binary, which tests never have.
 * Each fake records what it was asked to do so tests can assert on it.
 */

let tokens = 0;

export class FakeFrame {
  detached = false;
  processId = 7;
  frameToken = `frame-${++tokens}`;
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type DeviceHandler = (details: unknown) => boolean;

export class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  deviceHandler: DeviceHandler | null = null;
  setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.requestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler) => {
    this.checkHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: DeviceHandler) => {
    this.deviceHandler = handler;
  });
}

export class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  mainFrame: FakeFrame;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  constructor(url = 'app://sprakbro/index.html') {
    super();
    this.mainFrame = new FakeFrame(url);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances);
  /** What loadURL answers; a test swaps it to simulate a page that fails to load. */
  static loadResult: () => Promise<void> = () => Promise.resolve();
  webContents = new FakeWebContents();
  loadURL = vi.fn((_url: string) => FakeBrowserWindow.loadResult());
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export class FakeUtilityProcess extends EventEmitter {
  static instances: FakeUtilityProcess[] = [];
  posted: unknown[] = [];
  postMessage = vi.fn((message: unknown) => {
    this.posted.push(message);
  });
  kill = vi.fn(() => {
    // Like the real one: the exit event follows the kill.
    queueMicrotask(() => this.emit('exit', 0));
    return true;
  });
  constructor(
    public modulePath: string,
    public args: string[],
    public options: Record<string, unknown>,
  ) {
    super();
    FakeUtilityProcess.instances.push(this);
  }
  /** Simulates core answering a request. */
  reply(message: unknown): void {
    this.emit('message', message);
  }
}

/**
 * The OS keychain stand-in: "encrypts" by reversing and tagging the bytes, so a test can
 * tell a wrapped file from a plain one and damage it; `available` turns the keychain off.
 */
export class FakeSafeStorage {
  available = true;
  isEncryptionAvailable = vi.fn(() => this.available);
  encryptString = vi.fn((plainText: string) => Buffer.concat([Buffer.from('FAKE-SAFE:'), Buffer.from(plainText, 'utf8').reverse()]));
  decryptString = vi.fn((encrypted: Buffer) => {
    const tag = Buffer.from('FAKE-SAFE:');
    if (!encrypted.subarray(0, tag.length).equals(tag)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(encrypted.subarray(tag.length)).reverse().toString('utf8');
  });
}

export function createFakeElectron() {
  FakeBrowserWindow.instances = [];
  FakeUtilityProcess.instances = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const calls: string[] = [];

  const app = Object.assign(new EventEmitter(), {
    whenReady: vi.fn(() => ready),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(() => {
      calls.push('enableSandbox');
    }),
    // userData is a real temporary folder: main keeps its wrapped keys there (key-store.ts).
    getPath: vi.fn((name: string) => (name === 'userData' ? userDataDir() : `/fake/${name}`)),
  });

  let userData: string | undefined;
  const userDataDir = (): string => (userData ??= mkdtempSync(join(tmpdir(), 'sprakbro-fake-userdata-')));

  const defaultSession = new FakeSession();
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();

  return {
    /** Order of the calls that must happen before ready. */
    calls,
    /** Emits 'ready': resolves app.whenReady(). */
    markReady: () => markReady(),
    ipcHandlers,
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((_schemes: unknown) => {
        calls.push('registerSchemesAsPrivileged');
      }),
      handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) => undefined),
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
        ipcHandlers.set(channel, handler);
      }),
    },
    utilityProcess: {
      fork: vi.fn(
        (modulePath: string, args: string[] = [], options: Record<string, unknown> = {}) =>
          new FakeUtilityProcess(modulePath, args, options),
      ),
    },
    safeStorage: new FakeSafeStorage(),
    contextBridge: { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) },
    ipcRenderer: { invoke: vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve(undefined)) },
    // A picked file's path; the fake reads it from the test's stand-in file object.
    webUtils: { getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '') },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
