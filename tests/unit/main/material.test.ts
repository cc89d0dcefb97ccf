import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { materialExportChannel, materialImportBytesChannel, materialImportChannel, maxImportBytesOverBridge } from '../../../shared/api/material-transport';
import { fail, ok, type Result } from '../../../shared/result';
import type { SenderEvent } from '../../../electron/main/ipc';
import {
  handleMaterialExportInvoke,
  handleMaterialImportBytesInvoke,
  handleMaterialImportInvoke,
  registerMaterialIpc,
  type ForwardMaterial,
  type MaterialIpcDeps,
} from '../../../electron/main/material-ipc';
import { materialTarget } from '../../../electron/main/material-protocol';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { startCoreClient } from '../../../electron/main/core-client';
import { createCoreService } from '../../../electron/main/core-service';
import { photo } from '../core/materials/material-helpers';
import { FakeFrame, FakeUtilityProcess, FakeWebContents } from './fake-electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const dir = mkdtempSync(path.join(tmpdir(), 'sprakbro-material-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const picked = path.join(dir, 'bilde.jpg');
writeFileSync(picked, 'jpeg bytes');

/** Where the mocked save dialog says the user chose to save (never written to). */
const chosenFolder = path.join(tmpdir(), 'valgt-mappe');

const own = new Set<unknown>();
const materialId = '01900000-0000-7000-8000-0000000000aa';

function eventFrom(url = 'app://sprakbro/index.html'): SenderEvent {
  const contents = new FakeWebContents(url);
  own.add(contents);
  return { sender: contents, senderFrame: contents.mainFrame } as unknown as SenderEvent;
}

function deps(answer: Result<unknown> = ok({ duplicate: false })) {
  const forward = vi.fn<ForwardMaterial>(() => Promise.resolve(answer));
  const chooseFile = vi.fn((_sender: WebContents, name: string) => Promise.resolve<string | undefined>(path.join(chosenFolder, name)));
  const writeFile = vi.fn((_file: string, _data: Uint8Array) => Promise.resolve());
  const copyFile = vi.fn((_from: string, _to: string) => Promise.resolve());
  const all: MaterialIpcDeps = { forward, isOwnWebContents: (contents) => own.has(contents), chooseFile, writeFile, copyFile };
  return { all, forward, chooseFile, writeFile, copyFile };
}

describe('material import over IPC', () => {
  it('forwards the path of a regular file with the metadata to core', async () => {
    const { all, forward } = deps();
    const result = await handleMaterialImportInvoke(eventFrom(), picked, { fileName: 'bilde.jpg' }, all);
    expect(result).toEqual(ok({ duplicate: false }));
    expect(forward).toHaveBeenCalledWith('import', { path: picked, metadata: { fileName: 'bilde.jpg' } });
  });

  it('refuses folders, missing files, relative paths and non-strings without asking core', async () => {
    const { all, forward } = deps();
    for (const candidate of [dir, path.join(dir, 'borte.jpg'), 'bilde.jpg', 42, null, `${picked}\0.txt`, '']) {
      expect(await handleMaterialImportInvoke(eventFrom(), candidate, { fileName: 'x' }, all)).toEqual(
        fail('file_rejected', undefined, { reason: 'unreadable' }),
      );
    }
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not our top frame', async () => {
    const { all, forward } = deps();
    const contents = new FakeWebContents();
    own.add(contents);
    const child = new FakeFrame('app://sprakbro/index.html', contents.mainFrame);
    const fromIframe = { sender: contents, senderFrame: child } as unknown as SenderEvent;
    expect(await handleMaterialImportInvoke(fromIframe, picked, { fileName: 'x' }, all)).toEqual(fail('forbidden'));
    const stranger = new FakeWebContents();
    const fromStranger = { sender: stranger, senderFrame: stranger.mainFrame } as unknown as SenderEvent;
    expect(await handleMaterialImportInvoke(fromStranger, picked, { fileName: 'x' }, all)).toEqual(fail('forbidden'));
    expect(forward).not.toHaveBeenCalled();
  });
});

describe('import of bytes made in the app (a recording) over IPC', () => {
  it('writes the bytes to a private temporary file, lets core import it, then removes it', async () => {
    const bytes = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3]);
    let seen: { path: string; content: Buffer } | undefined;
    const forward = vi.fn<ForwardMaterial>((_operation, input) => {
      const { path: file } = input as { path: string };
      seen = { path: file, content: readFileSync(file) };
      return Promise.resolve(ok({ duplicate: false }));
    });
    const result = await handleMaterialImportBytesInvoke(eventFrom(), bytes, { fileName: 'Uttale.webm' }, { ...deps().all, forward });
    expect(result).toEqual(ok({ duplicate: false }));
    expect(forward).toHaveBeenCalledWith('import', { path: seen?.path, metadata: { fileName: 'Uttale.webm' } });
    expect(seen?.content.equals(Buffer.from(bytes))).toBe(true);
    expect(existsSync(path.dirname(seen?.path ?? ''))).toBe(false);
  });

  it('refuses anything but bytes, empty or oversized bytes, and strangers, without asking core', async () => {
    const { all, forward } = deps();
    for (const candidate of ['bytes', 42, null, new Uint8Array(0), { length: 3 }, new Uint8Array(maxImportBytesOverBridge + 1)]) {
      expect(await handleMaterialImportBytesInvoke(eventFrom(), candidate, { fileName: 'x' }, all)).toEqual(
        fail('file_rejected', undefined, { reason: 'unreadable' }),
      );
    }
    const stranger = new FakeWebContents();
    const fromStranger = { sender: stranger, senderFrame: stranger.mainFrame } as unknown as SenderEvent;
    expect(await handleMaterialImportBytesInvoke(fromStranger, new Uint8Array([1]), { fileName: 'x' }, all)).toEqual(fail('forbidden'));
    expect(forward).not.toHaveBeenCalled();
  });
});

describe('material export over IPC', () => {
  it('writes a cleaned image copy where the user chose', async () => {
    const data = new Uint8Array([1, 2, 3]);
    const { all, forward, chooseFile, writeFile } = deps(ok({ kind: 'data', data, mediaType: 'image/jpeg', fileName: 'IMG_7.jpg' }));
    expect(await handleMaterialExportInvoke(eventFrom(), materialId, all)).toEqual(ok({ saved: true, fileName: 'IMG_7.jpg' }));
    expect(forward).toHaveBeenCalledWith('export', { id: materialId });
    expect(chooseFile).toHaveBeenCalledWith(expect.anything(), 'IMG_7.jpg');
    expect(writeFile).toHaveBeenCalledWith(path.join(chosenFolder, 'IMG_7.jpg'), data);
  });

  it('copies other kinds from the store, and says so when the user cancels', async () => {
    const stored = { kind: 'file', path: '/data/materials/ab/abc', size: 10, mediaType: 'application/pdf', fileName: 'skjema.pdf', patches: [] };
    const { all, copyFile, chooseFile } = deps(ok(stored));
    expect(await handleMaterialExportInvoke(eventFrom(), materialId, all)).toEqual(ok({ saved: true, fileName: 'skjema.pdf' }));
    expect(copyFile).toHaveBeenCalledWith('/data/materials/ab/abc', path.join(chosenFolder, 'skjema.pdf'));
    chooseFile.mockResolvedValueOnce(undefined);
    expect(await handleMaterialExportInvoke(eventFrom(), materialId, all)).toEqual(ok({ saved: false, fileName: 'skjema.pdf' }));
  });

  it('writes core’s location patches over the copied video, not over the store', async () => {
    const storedFile = path.join(dir, 'lagret-video');
    writeFileSync(storedFile, Buffer.from('0123456789abcdef\u00a9xyz+59.9+010.7/rest', 'latin1'));
    const patches = [
      { position: 16, data: new Uint8Array(Buffer.from('free', 'latin1')) },
      { position: 20, data: new Uint8Array(11) },
    ];
    const stored = { kind: 'file', path: storedFile, size: 36, mediaType: 'video/mp4', fileName: 'VID_1.mp4', patches };
    const target = path.join(dir, 'VID_1.mp4');
    const { all } = deps(ok(stored));
    const chooseFile = vi.fn(() => Promise.resolve<string | undefined>(target));
    const before = readFileSync(storedFile);
    expect(await handleMaterialExportInvoke(eventFrom(), materialId, { ...all, chooseFile, copyFile: undefined })).toEqual(
      ok({ saved: true, fileName: 'VID_1.mp4' }),
    );
    const copy = readFileSync(target);
    expect(copy.length).toBe(before.length);
    expect(copy.toString('latin1', 16, 20)).toBe('free');
    expect(copy.subarray(20, 31).every((byte) => byte === 0)).toBe(true);
    expect(copy.toString('latin1')).not.toContain('+59.9');
    expect(copy.subarray(31).equals(before.subarray(31))).toBe(true);
    expect(readFileSync(storedFile).equals(before)).toBe(true);
  });

  it('refuses a file reply without patches (core and main must agree on the message)', async () => {
    const stored = { kind: 'file', path: '/data/materials/cd/cde', size: 10, mediaType: 'video/mp4', fileName: 'VID_1.mp4' };
    const { all, copyFile } = deps(ok(stored));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handleMaterialExportInvoke(eventFrom(), materialId, all)).toEqual(fail('internal'));
    expect(copyFile).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it('passes core’s refusal on without a dialog', async () => {
    const { all, chooseFile } = deps(fail('consent_missing'));
    expect(await handleMaterialExportInvoke(eventFrom(), materialId, all)).toEqual(fail('consent_missing'));
    expect(chooseFile).not.toHaveBeenCalled();
    expect(await handleMaterialExportInvoke(eventFrom(), 42, all)).toEqual(fail('validation'));
  });

  it('installs both channels', () => {
    registerMaterialIpc(deps().all);
    expect(fake.ipcHandlers.has(materialImportChannel)).toBe(true);
    expect(fake.ipcHandlers.has(materialImportBytesChannel)).toBe(true);
    expect(fake.ipcHandlers.has(materialExportChannel)).toBe(true);
  });
});

describe('app:// material files', () => {
  const stored = path.join(dir, 'opptak');
  writeFileSync(stored, Buffer.from('0123456789abcdefghij'));
  const lookup = vi.fn((_id: string, variant: string) =>
    Promise.resolve(
      variant === 'original'
        ? ok({ path: stored, size: 20, mediaType: 'audio/wav', inline: true, fileName: 'opptak.wav' })
        : fail('not_found'),
    ),
  );
  const handler = createAppProtocolHandler(path.join(dir, 'renderer'), lookup);
  const request = (url: string, range?: string) =>
    handler({ url, method: 'GET', headers: new Headers(range ? { range } : {}) });

  it('knows a material address only in its one exact form', () => {
    expect(materialTarget(`app://sprakbro/media/materials/${materialId}/original`)).toEqual({ id: materialId, variant: 'original' });
    expect(materialTarget(`app://other/media/materials/${materialId}/original`)).toBeUndefined();
    expect(materialTarget(`app://sprakbro/media/materials/${materialId}/original?x`)).toBeUndefined();
    expect(materialTarget(`app://sprakbro/media/materials/../sprakbro.sqlite`)).toBeUndefined();
  });

  it('serves the file with its type and nosniff, and a byte range as 206', async () => {
    const whole = await request(`app://sprakbro/media/materials/${materialId}/original`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await whole.text()).toBe('0123456789abcdefghij');
    const part = await request(`app://sprakbro/media/materials/${materialId}/original`, 'bytes=10-14');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 10-14/20');
    expect(await part.text()).toBe('abcde');
    expect((await request(`app://sprakbro/media/materials/${materialId}/original`, 'bytes=30-')).status).toBe(416);
    expect((await request(`app://sprakbro/media/materials/${materialId}/thumbnail`)).status).toBe(404);
  });
});

describe('core process: material messages', () => {
  it('imports a file from a path into the store beside the database, and says where it is', async () => {
    const dataDir = mkdtempSync(path.join(dir, 'data-'));
    const service = createCoreService({ databasePath: path.join(dataDir, 'sprakbro.sqlite'), version: '9.9.9-test', log: vi.fn() });
    try {
      const source = path.join(dataDir, 'kilde.jpg');
      writeFileSync(source, await photo({ seed: 601 }));
      const imported = await service.handleMaterial({ id: 1, material: 'import', input: { path: source, metadata: { fileName: 'kilde.jpg' } }, role: 'teacher' });
      expect(imported).toMatchObject({ id: 1, result: { ok: true, value: { duplicate: false, material: { kind: 'image' } } } });
      const id = (imported?.result as { value: { material: { id: string; sha256: string } } }).value.material;
      const found = await service.handleMaterial({ id: 2, material: 'file', input: { id: id.id, variant: 'original' }, role: 'teacher' });
      expect(found).toMatchObject({
        id: 2,
        result: { ok: true, value: { path: path.join(dataDir, 'materials', id.sha256.slice(0, 2), id.sha256), mediaType: 'image/jpeg' } },
      });
      expect(await service.handleMaterial({ id: 3, material: 'import', input: { path: source, metadata: { fileName: 'x' } }, role: 'assistant' }))
        .toEqual({ id: 3, result: fail('forbidden') });
      expect(await service.handleMaterial({ id: 4, material: 'file', input: { id: 5 }, role: 'teacher' })).toEqual({ id: 4, result: fail('validation') });
      expect(service.handleMaterial({ id: 5, method: 'app.info', input: {}, role: 'teacher' })).toBeUndefined();
    } finally {
      service.close();
    }
  });

  it('sends material operations to the utility process and matches the reply by id', async () => {
    FakeUtilityProcess.instances = [];
    const client = startCoreClient({ modulePath: '/app/core-host.cjs', databasePath: '/user/data/sprakbro.sqlite', log: vi.fn() });
    try {
      const proc = FakeUtilityProcess.instances.at(-1)!;
      const pending = client.material('file', { id: materialId, variant: 'thumbnail' }, 'teacher');
      expect(proc.posted.at(-1)).toEqual({ id: 1, material: 'file', input: { id: materialId, variant: 'thumbnail' }, role: 'teacher' });
      proc.reply({ id: 1, result: fail('file_missing') });
      expect(await pending).toEqual(fail('file_missing'));
    } finally {
      void client.stop(0);
    }
  });
});
