import type { ImportProgress, PickedFile } from '../../../../shared/api/client';
import type { MaterialImportMetadata, Material, MaterialImportOutcome } from '../../../../shared/domain/materials';
import type { ApiError, Result } from '../../../../shared/result';

/** Where one file of an import stands; the list shows one line per file. */
export type ImportItemState =
  | { status: 'waiting' }
  | { status: 'sending'; percent: number }
  | { status: 'done'; material: Material }
  | { status: 'duplicate'; material: Material }
  | { status: 'refused'; error: ApiError }
  | { status: 'cancelled' };

export interface ImportItem {
  key: number;
  name: string;
  size: number;
  /** Whose file it is, so a participant's page can show only their lines. */
  participantId: string | null;
  state: ImportItemState;
}

/** What the defaults of a context (a participant, a placement) add to every file's metadata. */
export type ImportDefaults = Omit<MaterialImportMetadata, 'fileName' | 'lastModified'>;

export type ImportFile = (
  file: PickedFile,
  metadata: MaterialImportMetadata,
  onProgress?: ImportProgress,
) => Promise<Result<MaterialImportOutcome>>;

interface Job {
  item: ImportItem;
  file: PickedFile;
  defaults: ImportDefaults;
}

const finished = new Set<ImportItemState['status']>(['done', 'duplicate', 'refused', 'cancelled']);
export const isFinished = (item: ImportItem): boolean => finished.has(item.state.status);

/**
 * Sends picked files one or two at a time, in the order they were picked, so a hundred
 * photos neither flood the local server nor freeze the window. Each file's state is kept
 * for the progress list; cancelling stops the files that have not started (a file being
 * sent finishes: half a file is never stored anyway).
 */
export class ImportQueue {
  private jobs: Job[] = [];
  private running = 0;
  private nextKey = 1;
  private snapshot: readonly ImportItem[] = [];

  constructor(
    private readonly importFile: ImportFile,
    private readonly onChange: (items: readonly ImportItem[]) => void,
    private readonly onFinished: (item: ImportItem) => void = () => undefined,
    private readonly concurrency = 2,
  ) {}

  get items(): readonly ImportItem[] {
    return this.snapshot;
  }

  /** True while a file is waiting or being sent. */
  get busy(): boolean {
    return this.snapshot.some((item) => !isFinished(item));
  }

  add(files: readonly PickedFile[], defaults: ImportDefaults = {}): void {
    for (const file of files) {
      const item: ImportItem = { key: this.nextKey++, name: file.name, size: file.size, participantId: defaults.participantId ?? null, state: { status: 'waiting' } };
      this.jobs.push({ item, file, defaults });
    }
    this.publish();
    this.pump();
  }

  /** Files not yet started are not sent (only those the predicate picks, when given). */
  cancel(which: (item: ImportItem) => boolean = () => true): void {
    for (const job of this.jobs) {
      if (job.item.state.status === 'waiting' && which(job.item)) job.item = { ...job.item, state: { status: 'cancelled' } };
    }
    this.publish();
  }

  /** Forgets the finished lines (the list's «Fjern ferdige»), of those the predicate picks. */
  clearFinished(which: (item: ImportItem) => boolean = () => true): void {
    this.jobs = this.jobs.filter((job) => !isFinished(job.item) || !which(job.item));
    this.publish();
  }

  private pump(): void {
    while (this.running < this.concurrency) {
      const job = this.jobs.find((candidate) => candidate.item.state.status === 'waiting');
      if (!job) return;
      this.running += 1;
      this.set(job, { status: 'sending', percent: 0 });
      void this.send(job).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private async send(job: Job): Promise<void> {
    const { file, defaults } = job;
    const metadata: MaterialImportMetadata = { ...defaults, fileName: file.name, lastModified: Math.max(0, Math.trunc(file.lastModified)) };
    let result: Result<MaterialImportOutcome>;
    try {
      result = await this.importFile(file, metadata, (sent, total) => {
        const percent = total > 0 ? Math.min(100, Math.floor((sent / total) * 100)) : 0;
        // One update per whole percent: XHR reports far more often than anyone can read.
        if (job.item.state.status === 'sending' && job.item.state.percent !== percent) this.set(job, { status: 'sending', percent });
      });
    } catch {
      result = { ok: false, error: { code: 'internal' } };
    }
    if (!result.ok) this.set(job, { status: 'refused', error: result.error });
    else this.set(job, { status: result.value.duplicate ? 'duplicate' : 'done', material: result.value.material });
    this.onFinished(job.item);
  }

  private set(job: Job, state: ImportItemState): void {
    job.item = { ...job.item, state };
    this.publish();
  }

  private publish(): void {
    this.snapshot = this.jobs.map((job) => job.item);
    this.onChange(this.snapshot);
  }
}
