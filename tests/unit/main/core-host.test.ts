import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { databaseArg, databaseEnvName, readDatabasePath } from '../../../electron/main/core-messages';
import { createCoreService, type CoreService } from '../../../electron/main/core-service';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { fail } from '../../../shared/result';

const dir = mkdtempSync(path.join(tmpdir(), 'sprakbro-core-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
const newPath = (): string => path.join(dir, `db-${++fileCount}.sqlite`);

/** A database written by a future Språkbro: schema version beyond what this build knows. */
function newerDatabase(): string {
  const file = newPath();
  const db = new BetterSqlite3(file);
  db.exec('CREATE TABLE future (x)');
  db.pragma(`user_version = ${latestSchemaVersion + 5}`);
  db.close();
  return file;
}

const services: CoreService[] = [];
function service(databasePath: string | undefined, log = vi.fn()): CoreService {
  const created = createCoreService({ databasePath, version: '9.9.9-test', log });
  services.push(created);
  return created;
}
afterEach(() => {
  for (const created of services.splice(0)) created.close();
});

describe('core service', () => {
  it('takes a final backup snapshot when it closes after changes', async () => {
    // Outside the data folder, as the settings require.
    const backupFolder = path.join(mkdtempSync(path.join(tmpdir(), 'sprakbro-core-host-backups-')), 'Sikkerhetskopier');
    const core = service(newPath());
    expect(core.handle({ id: 1, method: 'settings.update', input: { backupFolder }, role: 'teacher' })).toMatchObject({ result: { ok: true } });
    core.handle({
      id: 2,
      method: 'participants.create',
      input: { givenName: 'Selam', familyName: 'Fiktiv', motherTongues: ['ti'], programme: 'introduction' },
      role: 'teacher',
    });
    await core.closeGracefully();
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(backupFolder).filter((name) => name.startsWith('sprakbro-'))).toHaveLength(1);
    rmSync(path.dirname(backupFolder), { recursive: true, force: true });
    // Closed: later calls are answered, not thrown.
    expect(core.handle({ id: 3, method: 'app.info', input: {}, role: 'teacher' })).toEqual({ id: 3, result: fail('internal') });
  });

  it('opens the database and answers a call with its envelope', () => {
    const core = service(newPath());
    const reply = core.handle({ id: 1, method: 'app.info', input: {}, role: 'teacher' });
    expect(reply).toMatchObject({ id: 1, result: { ok: true, value: { version: '9.9.9-test', mode: 'electron' } } });
  });

  it('passes the caller role on to core’s role check', () => {
    const core = service(newPath());
    const reply = core.handle({ id: 2, method: 'exampleCentre.create', input: {}, role: 'assistant' });
    expect(reply).toEqual({ id: 2, result: fail('forbidden') });
  });

  it('answers every call with database_newer when the database is newer than the app', () => {
    const file = newerDatabase();
    const core = service(file);
    for (const [id, method] of [[1, 'app.info'], [2, 'staff.list']] as const) {
      expect(core.handle({ id, method, input: {}, role: 'teacher' })).toEqual({
        id,
        result: fail('database_newer', undefined, { found: latestSchemaVersion + 5, known: latestSchemaVersion }),
      });
    }
    // The refused file was left alone: still the future version, no WAL switch.
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 5);
    check.close();
  });

  it('answers database_corrupt when the file is not a database', () => {
    const file = newPath();
    writeFileSync(file, 'this is a text file, not SQLite');
    const core = service(file);
    const reply = core.handle({ id: 3, method: 'app.info', input: {}, role: 'teacher' });
    expect(reply?.result.ok).toBe(false);
    expect(reply).toMatchObject({ id: 3, result: { error: { code: 'database_corrupt' } } });
  });

  it('answers internal, and logs, when any other error stops the database from opening', () => {
    const log = vi.fn();
    const core = createCoreService({
      databasePath: '/x.sqlite',
      version: '1',
      log,
      open: () => {
        throw new Error('EACCES');
      },
    });
    expect(core.handle({ id: 4, method: 'app.info', input: {}, role: 'teacher' })).toEqual({ id: 4, result: fail('internal') });
    expect(log).toHaveBeenCalled();
  });

  it('answers internal when started without a database path', () => {
    const core = service(undefined);
    expect(core.handle({ id: 5, method: 'app.info', input: {}, role: 'teacher' })).toEqual({ id: 5, result: fail('internal') });
  });

  it('answers a malformed request it can attribute, and ignores one it cannot', () => {
    const core = service(newPath());
    expect(core.handle({ id: 6, method: 'app.info', input: {}, role: 'superuser' })).toEqual({ id: 6, result: fail('internal') });
    expect(core.handle({ method: 'app.info' })).toBeUndefined();
    expect(core.handle('garbage')).toBeUndefined();
    expect(core.handle(null)).toBeUndefined();
  });

  it('lets core answer unknown methods and invalid input itself', () => {
    const core = service(newPath());
    expect(core.handle({ id: 7, method: 'nope', input: {}, role: 'teacher' })).toEqual({ id: 7, result: fail('unknown_method') });
    const invalid = core.handle({ id: 8, method: 'staff.create', input: { name: '' }, role: 'teacher' });
    expect(invalid).toMatchObject({ id: 8, result: { ok: false, error: { code: 'validation' } } });
  });
});

describe('readDatabasePath', () => {
  it('prefers the command-line flag, then the environment', () => {
    expect(readDatabasePath(['electron', 'core-host.cjs', databaseArg('/a/b.sqlite')], { [databaseEnvName]: '/env.sqlite' })).toBe(
      '/a/b.sqlite',
    );
    expect(readDatabasePath(['electron'], { [databaseEnvName]: '/env.sqlite' })).toBe('/env.sqlite');
    expect(readDatabasePath(['electron', databaseArg('')], {})).toBeUndefined();
    expect(readDatabasePath([], {})).toBeUndefined();
  });
});

describe('core-host entry', () => {
  it('answers over the parent port, with database_newer as an envelope instead of crashing', async () => {
    const file = newerDatabase();
    const port = Object.assign(new EventEmitter(), { postMessage: vi.fn() });
    const argv = process.argv;
    const sigtermBefore = process.listeners('SIGTERM');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    Object.defineProperty(process, 'parentPort', { value: port, configurable: true });
    vi.stubGlobal('__APP_VERSION__', '1.2.3');
    process.argv = [...argv, databaseArg(file)];
    try {
      await import('../../../electron/main/core-host');
      // Before main's start message (the keys), core opens nothing and answers internal.
      port.emit('message', { data: { id: 40, method: 'app.info', input: {}, role: 'teacher' }, ports: [] });
      expect(port.postMessage).toHaveBeenCalledWith({ id: 40, result: fail('internal') });
      port.emit('message', { data: { start: true, keys: {} }, ports: [] });
      port.emit('message', { data: { id: 41, method: 'app.info', input: {}, role: 'teacher' }, ports: [] });
      expect(port.postMessage).toHaveBeenCalledWith({
        id: 41,
        result: fail('database_newer', undefined, { found: latestSchemaVersion + 5, known: latestSchemaVersion }),
      });
      expect(process.listeners('SIGTERM').length).toBe(sigtermBefore.length + 1);
    } finally {
      process.argv = argv;
      for (const listener of process.listeners('SIGTERM')) {
        if (!sigtermBefore.includes(listener)) process.off('SIGTERM', listener);
      }
      Reflect.deleteProperty(process, 'parentPort');
      vi.unstubAllGlobals();
      errors.mockRestore();
    }
  });
});
