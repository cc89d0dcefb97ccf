import { describe, expect, it, vi } from 'vitest';
import type { ImportProgress, PickedFile } from '../../shared/api/client';
import type { Material, MaterialImportMetadata, MaterialImportOutcome } from '../../shared/domain/materials';
import type { Result } from '../../shared/result';
import { ImportQueue, type ImportItem } from '../../renderer/src/features/materials/import-queue';

const file = (name: string, size = 1000): PickedFile => ({ name, size, type: 'image/jpeg', lastModified: 1_760_000_000_000 });

const material = (id: string): Material => ({ id, caption: '', originalName: `${id}.jpg` }) as Material;

interface Call {
  file: PickedFile;
  metadata: MaterialImportMetadata;
  progress: ImportProgress | undefined;
  finish: (result: Result<MaterialImportOutcome>) => void;
}

/** An import function whose calls stay open until the test finishes them. */
function fakeImport() {
  const calls: Call[] = [];
  const importFile = vi.fn(
    (picked: PickedFile, metadata: MaterialImportMetadata, progress?: ImportProgress) =>
      new Promise<Result<MaterialImportOutcome>>((resolve) => calls.push({ file: picked, metadata, progress, finish: resolve })),
  );
  return { calls, importFile };
}

const statuses = (items: readonly ImportItem[]) => items.map((item) => item.state.status);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('material import queue', () => {
  it('sends files in the order picked, two at a time, with the context defaults and the file date', async () => {
    const { calls, importFile } = fakeImport();
    const queue = new ImportQueue(importFile, () => undefined);
    queue.add([file('a.jpg'), file('b.jpg'), file('c.jpg'), file('d.jpg')], { participantId: 'p1', siteId: null });

    expect(statuses(queue.items)).toEqual(['sending', 'sending', 'waiting', 'waiting']);
    expect(calls.map((call) => call.file.name)).toEqual(['a.jpg', 'b.jpg']);
    expect(calls[0]!.metadata).toEqual({ participantId: 'p1', siteId: null, fileName: 'a.jpg', lastModified: 1_760_000_000_000 });

    calls[1]!.finish({ ok: true, value: { material: material('m-b'), duplicate: false } });
    await settle();
    expect(calls.map((call) => call.file.name)).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(statuses(queue.items)).toEqual(['sending', 'done', 'sending', 'waiting']);
    expect(queue.busy).toBe(true);

    calls[0]!.finish({ ok: true, value: { material: material('m-a'), duplicate: false } });
    calls[2]!.finish({ ok: true, value: { material: material('m-c'), duplicate: false } });
    await settle();
    calls[3]!.finish({ ok: true, value: { material: material('m-d'), duplicate: false } });
    await settle();
    expect(statuses(queue.items)).toEqual(['done', 'done', 'done', 'done']);
    expect(queue.busy).toBe(false);
    expect(importFile).toHaveBeenCalledTimes(4);
    expect(queue.items.map((item) => item.participantId)).toEqual(['p1', 'p1', 'p1', 'p1']);
  });

  it('reports progress in whole percent, once per step', async () => {
    const { calls, importFile } = fakeImport();
    const changes: (readonly ImportItem[])[] = [];
    const queue = new ImportQueue(importFile, (items) => changes.push(items));
    queue.add([file('film.mp4', 2000)]);
    const progress = calls[0]!.progress!;
    const before = changes.length;
    progress(500, 2000);
    progress(505, 2000); // still 25 %: no new state
    progress(1999, 2000);
    expect(changes.length - before).toBe(2);
    expect(queue.items[0]!.state).toEqual({ status: 'sending', percent: 99 });
    calls[0]!.finish({ ok: true, value: { material: material('m'), duplicate: false } });
    await settle();
    expect(queue.items[0]!.state.status).toBe('done');
  });

  it('keeps a duplicate apart, with the existing item, and a refusal with its reason', async () => {
    const { calls, importFile } = fakeImport();
    const finished: ImportItem[] = [];
    const queue = new ImportQueue(importFile, () => undefined, (item) => finished.push(item));
    queue.add([file('same.jpg'), file('notes.svg'), file('broken.jpg')]);
    calls[0]!.finish({ ok: true, value: { material: material('existing'), duplicate: true } });
    calls[1]!.finish({ ok: false, error: { code: 'file_rejected', params: { reason: 'unsupportedType' } } });
    await settle();
    // A transport that throws (a dropped connection) refuses the file instead of hanging the queue.
    calls[2]!.finish(Promise.reject(new Error('gone')) as never);
    await settle();
    expect(queue.items.map((item) => item.state)).toEqual([
      { status: 'duplicate', material: material('existing') },
      { status: 'refused', error: { code: 'file_rejected', params: { reason: 'unsupportedType' } } },
      { status: 'refused', error: { code: 'internal' } },
    ]);
    expect(finished.map((item) => item.name)).toEqual(['same.jpg', 'notes.svg', 'broken.jpg']);
  });

  it('cancels the files not started; the ones being sent finish, and later files still go', async () => {
    const { calls, importFile } = fakeImport();
    const queue = new ImportQueue(importFile, () => undefined, undefined, 1);
    queue.add([file('1.jpg'), file('2.jpg'), file('3.jpg')]);
    expect(statuses(queue.items)).toEqual(['sending', 'waiting', 'waiting']);
    queue.cancel();
    expect(statuses(queue.items)).toEqual(['sending', 'cancelled', 'cancelled']);
    calls[0]!.finish({ ok: true, value: { material: material('one'), duplicate: false } });
    await settle();
    expect(importFile).toHaveBeenCalledTimes(1);
    expect(statuses(queue.items)).toEqual(['done', 'cancelled', 'cancelled']);

    queue.clearFinished();
    expect(queue.items).toEqual([]);
    queue.add([file('4.jpg')]);
    expect(calls.map((call) => call.file.name)).toEqual(['1.jpg', '4.jpg']);
    expect(statuses(queue.items)).toEqual(['sending']);
  });

  it('cancels and clears only the lines of one participant when asked', async () => {
    const { calls, importFile } = fakeImport();
    const queue = new ImportQueue(importFile, () => undefined, undefined, 1);
    queue.add([file('a1.jpg')], { participantId: 'a' });
    queue.add([file('b1.jpg'), file('b2.jpg')], { participantId: 'b' });
    queue.add([file('a2.jpg')], { participantId: 'a' });
    queue.cancel((item) => item.participantId === 'b');
    expect(statuses(queue.items)).toEqual(['sending', 'cancelled', 'cancelled', 'waiting']);
    calls[0]!.finish({ ok: true, value: { material: material('a1'), duplicate: false } });
    await settle();
    expect(calls.map((call) => call.file.name)).toEqual(['a1.jpg', 'a2.jpg']);
    queue.clearFinished((item) => item.participantId === 'b');
    expect(queue.items.map((item) => item.name)).toEqual(['a1.jpg', 'a2.jpg']);
  });
});
