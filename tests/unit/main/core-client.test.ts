import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCoreClient, type CoreClient, type CoreClientOptions } from '../../../electron/main/core-client';
import { coreStartSchema, databaseArg } from '../../../electron/main/core-messages';
import { fail, ok } from '../../../shared/result';
import { FakeUtilityProcess } from './fake-electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let clients: CoreClient[] = [];
let clock = 0;
const log = vi.fn();

function start(options: Partial<CoreClientOptions> = {}): CoreClient {
  const client = startCoreClient({
    modulePath: '/app/dist/electron/core-host.cjs',
    databasePath: '/user/data/sprakbro.sqlite',
    now: () => clock,
    log,
    ...options,
  });
  clients.push(client);
  return client;
}

const latest = (): FakeUtilityProcess => {
  const proc = FakeUtilityProcess.instances.at(-1);
  if (!proc) throw new Error('no utility process was forked');
  return proc;
};

beforeEach(() => {
  FakeUtilityProcess.instances = [];
  fake.utilityProcess.fork.mockClear();
  log.mockClear();
  clock = 0;
});
afterEach(() => {
  for (const client of clients) void client.stop(0);
  clients = [];
});

describe('core client', () => {
  it('forks the core host at once with the database path', () => {
    start();
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(1);
    const proc = latest();
    expect(proc.modulePath).toBe('/app/dist/electron/core-host.cjs');
    expect(proc.args).toEqual([databaseArg('/user/data/sprakbro.sqlite')]);
  });

  it('posts a call with an id and resolves it with the matching reply', async () => {
    const client = start();
    const first = client.call('app.info', {}, 'teacher');
    const second = client.call('staff.list', { search: 'Kari' }, 'teacher');
    const proc = latest();
    expect(proc.posted).toEqual([
      { start: true, keys: {} },
      { id: 1, method: 'app.info', input: {}, role: 'teacher' },
      { id: 2, method: 'staff.list', input: { search: 'Kari' }, role: 'teacher' },
    ]);
    // Replies may come back in any order.
    proc.reply({ id: 2, result: ok([]) });
    proc.reply({ id: 1, result: ok({ version: '1' }) });
    expect(await first).toEqual(ok({ version: '1' }));
    expect(await second).toEqual(ok([]));
  });

  it('ignores malformed replies and replies for unknown ids', async () => {
    const client = start();
    const call = client.call('app.info', {}, 'teacher');
    const proc = latest();
    proc.reply('garbage');
    proc.reply({ id: 1, result: { ok: 'maybe' } });
    proc.reply({ id: 99, result: ok('stray') });
    proc.reply({ id: 1, result: fail('not_found') });
    expect(await call).toEqual(fail('not_found'));
    expect(log).toHaveBeenCalledWith('Ignoring a malformed reply from the core process');
  });

  it('fails pending calls with internal and restarts core when it exits unexpectedly', async () => {
    const client = start();
    const pending = client.call('app.info', {}, 'teacher');
    const crashed = latest();
    crashed.emit('exit', 134);
    expect(await pending).toEqual(fail('internal'));
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(2);
    const fresh = latest();
    expect(fresh).not.toBe(crashed);

    const next = client.call('app.info', {}, 'teacher');
    // A fresh process gets the start message (the keys) again before any call.
    expect(fresh.posted).toHaveLength(2);
    expect(fresh.posted[0]).toEqual({ start: true, keys: {} });
    expect(crashed.posted).toHaveLength(2);
    // A late reply from the dead process must not resolve the new call.
    crashed.reply({ id: 2, result: ok('from the dead') });
    fresh.reply({ id: 2, result: ok('fresh') });
    expect(await next).toEqual(ok('fresh'));
  });

  it('stops restarting after a crash loop, and tries again once the window has passed', async () => {
    const client = start({ maxRestarts: 2, restartWindowMs: 1000 });
    latest().emit('exit', 1);
    latest().emit('exit', 1);
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(3);
    latest().emit('exit', 1);
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(3);
    expect(await client.call('app.info', {}, 'teacher')).toEqual(fail('internal'));

    clock = 5000;
    const call = client.call('app.info', {}, 'teacher');
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(4);
    latest().reply({ id: 1, result: ok('back') });
    expect(await call).toEqual(ok('back'));
  });

  it('stop asks core to shut down, fails pending calls, waits for it to exit and does not restart it', async () => {
    const client = start();
    const pending = client.call('app.info', {}, 'teacher');
    const proc = latest();
    let stopped = false;
    const stopping = client.stop(60_000).then(() => (stopped = true));
    expect(proc.posted.at(-1)).toEqual({ shutdown: true });
    expect(proc.kill).not.toHaveBeenCalled();
    expect(await pending).toEqual(fail('internal'));
    await flush();
    expect(stopped).toBe(false); // still taking its final backup
    proc.emit('exit', 0);
    await stopping;
    expect(stopped).toBe(true);
    expect(proc.kill).not.toHaveBeenCalled();
    expect(await client.call('app.info', {}, 'teacher')).toEqual(fail('internal'));
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(1);
  });

  it('kills core when it does not shut down within the grace time', async () => {
    const client = start();
    const proc = latest();
    await client.stop(5); // the fake only exits when killed
    expect(proc.kill).toHaveBeenCalledTimes(1);
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(1);
  });

  it('sends the keys from the keychain first, as a message core checks with its schema', () => {
    const sensitiveNotes = Buffer.alloc(32, 7).toString('base64');
    start({ keys: { sensitiveNotes } });
    const first = coreStartSchema.parse(latest().posted[0]);
    expect(first.keys.sensitiveNotes).toEqual(Buffer.alloc(32, 7));
    expect(first.keys.credentialIssuer).toBeUndefined();
    expect(latest().args.join(' ')).not.toContain(sensitiveNotes);
  });

  it('answers internal when the message cannot be posted', async () => {
    const client = start();
    latest().postMessage.mockImplementationOnce(() => {
      throw new Error('could not be cloned');
    });
    expect(await client.call('app.info', {}, 'teacher')).toEqual(fail('internal'));
  });
});
