import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SprakbroApi } from '../../../shared/api/client';
import { apiChannel, type MethodName } from '../../../shared/api/contract';
import { fail, ok } from '../../../shared/result';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

await import('../../../electron/preload/preload');

/** What the preload handed to contextBridge, read once after it ran. */
const exposed = fake.contextBridge.exposeInMainWorld.mock.calls;
const api = exposed[0]?.[1] as SprakbroApi;
/** Calls the api with a name the type system would reject, as a buggy or hostile page could. */
const callUntyped = (method: unknown, input: unknown) => api.call(method as MethodName, input as never);

beforeEach(() => {
  fake.ipcRenderer.invoke.mockReset();
  fake.ipcRenderer.invoke.mockResolvedValue(ok('from main'));
});

describe('preload', () => {
  it('exposes exactly one key, api, with exactly one method, call', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('api');
    expect(Object.keys(api)).toEqual(['call']);
    expect(typeof api.call).toBe('function');
  });

  it('refuses unknown method names without sending anything to main', async () => {
    for (const method of ['nope', 'fs.readFile', '', 'toString', '__proto__', 42, null]) {
      expect(await callUntyped(method, {})).toEqual(fail('unknown_method'));
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('sends a known method over the api channel and returns main’s envelope', async () => {
    const result = await api.call('staff.list', { search: 'Kari' });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(apiChannel, 'staff.list', { search: 'Kari' });
    expect(result).toEqual(ok('from main'));
  });

  it('answers internal when the invoke itself rejects', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    expect(await api.call('app.info', {})).toEqual(fail('internal'));
  });
});
