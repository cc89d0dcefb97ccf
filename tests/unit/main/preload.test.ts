import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SprakbroApi } from '../../../shared/api/client';
import { apiChannel, type MethodName } from '../../../shared/api/contract';
import { materialExportChannel, materialImportChannel } from '../../../shared/api/material-transport';
import { printChannel } from '../../../shared/api/print-names';
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
  it('exposes exactly one key, api, with its four methods', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('api');
    expect(Object.keys(api)).toEqual(['call', 'print', 'importMaterial', 'exportMaterial']);
    expect(typeof api.call).toBe('function');
    expect(typeof api.print).toBe('function');
  });

  it('sends print methods over the print channel and refuses any other name', async () => {
    const input = { courseId: '01900000-0000-7000-8000-000000000001', isoYear: 2026, isoWeek: 48 };
    expect(await api.print('print.weekPlan', input)).toEqual(ok('from main'));
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(printChannel, 'print.weekPlan', input);
    fake.ipcRenderer.invoke.mockClear();
    expect(await api.print('staff.list' as never, {} as never)).toEqual(fail('unknown_method'));
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
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

  it('imports a picked file by its path only, reporting progress, and refuses a file without one', async () => {
    const picked = join(tmpdir(), 'Bilder', 'bilde.jpg');
    const file = { name: 'bilde.jpg', size: 1234, type: 'image/jpeg', lastModified: 0, path: picked };
    const progress = vi.fn();
    expect(await api.importMaterial(file, { fileName: 'bilde.jpg' }, progress)).toEqual(ok('from main'));
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(materialImportChannel, picked, { fileName: 'bilde.jpg' });
    expect(progress.mock.calls).toEqual([[0, 1234], [1234, 1234]]);
    fake.ipcRenderer.invoke.mockClear();
    const inMemory = { name: 'x.jpg', size: 1, type: 'image/jpeg', lastModified: 0 };
    expect(await api.importMaterial(inMemory, { fileName: 'x.jpg' })).toEqual(fail('file_rejected', undefined, { reason: 'unreadable' }));
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('sends an export over the material export channel', async () => {
    expect(await api.exportMaterial('01900000-0000-7000-8000-0000000000aa')).toEqual(ok('from main'));
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(materialExportChannel, '01900000-0000-7000-8000-0000000000aa');
  });
});
