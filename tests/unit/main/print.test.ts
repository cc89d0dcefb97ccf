import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { printChannel } from '../../../shared/api/print-names';
import { fail, ok, type Result } from '../../../shared/result';
import type { ForwardCall, SenderEvent } from '../../../electron/main/ipc';
import { handlePrintInvoke, isAllowedPrintRequest, registerPrintIpc, type PrintIpcDeps } from '../../../electron/main/print';
import { FakeFrame, FakeWebContents } from './fake-electron';

/** Where the mocked save dialog says the user chose to save (never written to). */
const chosenFolder = path.join(tmpdir(), 'valgt-mappe');

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const own = new Set<unknown>();
const courseId = '01900000-0000-7000-8000-000000000001';
const weekInput = { courseId, isoYear: 2026, isoWeek: 48 };
const document = { html: '<!doctype html><p>Uke 48</p>', fileName: 'Ukeplan uke 48.pdf', landscape: true };

function eventFrom(url = 'app://sprakbro/index.html'): SenderEvent {
  const contents = new FakeWebContents(url);
  own.add(contents);
  return { sender: contents, senderFrame: contents.mainFrame } as unknown as SenderEvent;
}

function deps(overrides: Partial<PrintIpcDeps> = {}) {
  const forward = vi.fn<ForwardCall>(() => Promise.resolve(ok(document) as Result<unknown>));
  const print = vi.fn((_doc: { html: string; landscape: boolean }) => Promise.resolve(Buffer.from('%PDF-1.4 fake')));
  const chooseFile = vi.fn((_sender: WebContents, name: string) => Promise.resolve<string | undefined>(path.join(chosenFolder, name)));
  const writeFile = vi.fn((_file: string, _data: Buffer) => Promise.resolve());
  const all: PrintIpcDeps = {
    forward,
    isOwnWebContents: (contents) => own.has(contents),
    printer: { print, close: vi.fn() },
    chooseFile,
    writeFile,
    ...overrides,
  };
  return { all, forward, print, chooseFile, writeFile };
}

describe('print IPC', () => {
  it('gets the HTML from core, prints it and saves where the user chose', async () => {
    const { all, forward, print, chooseFile, writeFile } = deps();
    const result = await handlePrintInvoke(eventFrom(), 'print.weekPlan', weekInput, all);
    expect(result).toEqual(ok({ saved: true, fileName: 'Ukeplan uke 48.pdf' }));
    expect(forward).toHaveBeenCalledWith('print.weekPlan', weekInput);
    expect(print).toHaveBeenCalledWith(document);
    expect(chooseFile.mock.calls[0]?.[1]).toBe('Ukeplan uke 48.pdf');
    expect(writeFile).toHaveBeenCalledWith(path.join(chosenFolder, 'Ukeplan uke 48.pdf'), Buffer.from('%PDF-1.4 fake'));
  });

  it('answers saved: false when the save dialog is cancelled, and writes nothing', async () => {
    const { all, writeFile } = deps({ chooseFile: () => Promise.resolve(undefined) });
    expect(await handlePrintInvoke(eventFrom(), 'print.weekPlan', weekInput, all)).toEqual(ok({ saved: false, fileName: 'Ukeplan uke 48.pdf' }));
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('refuses untrusted senders, non-print methods and bad input before core is asked', async () => {
    const { all, forward } = deps();
    const contents = new FakeWebContents();
    own.add(contents);
    const iframe = { sender: contents, senderFrame: new FakeFrame('app://sprakbro/index.html', contents.mainFrame) } as unknown as SenderEvent;
    expect(await handlePrintInvoke(iframe, 'print.weekPlan', weekInput, all)).toEqual(fail('forbidden'));
    expect(await handlePrintInvoke(eventFrom('https://evil.example/'), 'print.weekPlan', weekInput, all)).toEqual(fail('forbidden'));
    expect(await handlePrintInvoke(eventFrom(), 'staff.list', {}, all)).toEqual(fail('unknown_method'));
    const bad = await handlePrintInvoke(eventFrom(), 'print.weekPlan', { courseId: 'x', isoYear: 2026, isoWeek: 60 }, all);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('validation');
    expect(forward).not.toHaveBeenCalled();
  });

  it('passes core errors through and reports a broken print window as printer_unavailable', async () => {
    const notFound = deps({ forward: () => Promise.resolve(fail('not_found')) });
    expect(await handlePrintInvoke(eventFrom(), 'print.weekPlan', weekInput, notFound.all)).toEqual(fail('not_found'));
    const broken = deps();
    broken.all.printer = { print: () => Promise.reject(new Error('render process gone')), close: vi.fn() };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handlePrintInvoke(eventFrom(), 'print.weekPlan', weekInput, broken.all)).toEqual(fail('printer_unavailable'));
  });

  it('registers the second channel', async () => {
    const { all } = deps();
    registerPrintIpc(all);
    const handler = fake.ipcHandlers.get(printChannel);
    expect(handler).toBeDefined();
    expect(await handler?.(eventFrom(), 'print.weekPlan', weekInput)).toEqual(ok({ saved: true, fileName: 'Ukeplan uke 48.pdf' }));
  });
});

describe('print window requests', () => {
  const documentUrl = 'file:///var/sprakbro-print-x/document.html';
  it('lets through only the document and the bundled fonts', () => {
    expect(isAllowedPrintRequest(documentUrl, documentUrl, '/opt/app/fonts')).toBe(true);
    expect(isAllowedPrintRequest('file:///opt/app/fonts/NotoSans-Regular.ttf', documentUrl, '/opt/app/fonts')).toBe(true);
    expect(isAllowedPrintRequest('file:///opt/app/fonts/../../etc/passwd', documentUrl, '/opt/app/fonts')).toBe(false);
    expect(isAllowedPrintRequest('file:///etc/passwd', documentUrl, '/opt/app/fonts')).toBe(false);
    expect(isAllowedPrintRequest('https://example.com/x.png', documentUrl, '/opt/app/fonts')).toBe(false);
    expect(isAllowedPrintRequest('file:///opt/app/fonts/x.ttf', documentUrl, undefined)).toBe(false);
  });
});
