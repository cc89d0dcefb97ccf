import BetterSqlite3, { type Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { format } from 'date-fns';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { BackupFailureReason, BackupStatus } from '../../../../shared/domain/backups';
import { migrate } from '../../db/connection';
import { readSettings } from '../../repositories/settings';
import { cloudServiceOf } from './cloud-folders';
import { BackupPasswordError, deriveKey } from './encryption';
import { BackupRestoreError, beforeRestoreFolderName, prepareSnapshotCopy } from './restore';
import type { SnapshotManifest } from './manifest';
import { sensitiveKeyFileName } from '../sensitive-notes/key-file';
import { issuerKeyFileName } from '../credentials/issuer-key';
import { BackupVerifyError, takeSnapshot } from './snapshot';
import { listSnapshots, pruneSnapshots, type StoredSnapshot } from './snapshots';

type JobKind = NonNullable<BackupStatus['running']>;

export interface BackupServiceOptions {
  db: Database;
  databasePath: string;
  materialsDir?: string;
  appVersion: string;
  /**
   * Where an encrypted backup takes each key from: the providers the API uses (so a key the
   * Electron shell keeps in the OS keychain is carried too). A key without a provider is
   * read from its file beside the database, when there is one. A restore always writes the
   * snapshot's key as a plain file beside the database (see swapInFile).
   */
  keys?: Partial<Record<SnapshotManifest['secretFiles'][number], () => Buffer>>;
  /** Called after a restore put other data in place, so caches (the goal catalogue) are redone. */
  afterRestore?: (db: Database) => void;
  log?: (message: string, error?: unknown) => void;
  now?: () => Date;
}

/**
 * Backups while the app runs: automatic snapshots every few hours while there were
 * changes, one on close, and the jobs the user starts (back up now, restore, undo restore).
 * Jobs are asynchronous (the SQLite backup API works in steps), so the API only starts
 * them and reads their status; while a restore runs, dispatch refuses every change.
 */
export class BackupService {
  private running: JobKind | null = null;
  private lastBackupAt: string | null = null;
  private lastFailure: BackupStatus['lastFailure'] = null;
  private lastRestore: {
    manifest: SnapshotManifest;
    previousDatabase: string;
    /** Key files of the restore: whether it replaced them, and where the old one was kept (null: there was none). */
    previousSecrets: SwappedFile[];
    at: string;
    undone: boolean;
  } | null = null;
  private changesAtLastBackup = -1;
  private snapshots: StoredSnapshot[] = [];
  private snapshotsFolder: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> = Promise.resolve();

  constructor(private readonly options: BackupServiceOptions) {}

  /** Checks every few minutes whether an automatic snapshot is due; the timer never keeps the process alive. */
  startSchedule(everyMs = 10 * 60 * 1000): void {
    this.stopSchedule();
    this.timer = setInterval(() => void this.runIfDue(), everyMs);
    this.timer.unref();
    void this.refreshSnapshots();
  }

  stopSchedule(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  get isRestoring(): boolean {
    return this.running === 'restore' || this.running === 'undoRestore';
  }

  /** Only a dataFolder inside the backup folder (or the reverse) is refused: a snapshot must survive losing the data folder. */
  isInsideDataFolder(folder: string): boolean {
    const dataFolder = resolve(dirname(this.options.databasePath));
    const target = resolve(folder);
    const inside = (parent: string, child: string) => {
      const path = relative(parent, child);
      return path === '' || (!path.startsWith('..') && !isAbsolute(path));
    };
    return inside(dataFolder, target) || inside(target, dataFolder);
  }

  status(): BackupStatus {
    const settings = readSettings(this.options.db);
    if (settings.backupFolder !== this.snapshotsFolder) void this.refreshSnapshots();
    const dataFolder = dirname(this.options.databasePath);
    return {
      available: true,
      folder: settings.backupFolder,
      intervalHours: settings.backupIntervalHours,
      dataFolder,
      dataFolderCloud: cloudServiceOf(dataFolder),
      running: this.running,
      changedSinceLastBackup: this.totalChanges() !== this.changesAtLastBackup,
      lastBackupAt: this.lastBackupAt ?? this.snapshots[0]?.manifest.takenAt ?? null,
      lastFailure: this.lastFailure,
      lastRestore: this.lastRestore
        ? { snapshotId: this.lastRestore.manifest.id, at: this.lastRestore.at, canUndo: !this.lastRestore.undone }
        : null,
      snapshots: this.snapshots.map(({ manifest }) => ({
        id: manifest.id,
        takenAt: manifest.takenAt,
        appVersion: manifest.appVersion,
        encrypted: manifest.encrypted,
        participants: manifest.counts.participant ?? 0,
        courses: manifest.counts.course ?? 0,
        lessons: manifest.counts.lesson ?? 0,
        materials: manifest.counts.material ?? 0,
      })),
    };
  }

  /** Starts a snapshot now (false if another job runs). */
  startBackup(password?: string): boolean {
    return this.start('backup', async () => {
      const folder = this.folderOrFail();
      const key = password ? await deriveKey(password) : undefined;
      const changes = this.totalChanges();
      const manifest = await takeSnapshot({
        db: this.options.db,
        backupRoot: folder,
        appVersion: this.options.appVersion,
        now: this.now(),
        ...(this.options.materialsDir ? { materialsDir: this.options.materialsDir } : {}),
        ...(key ? { key } : {}),
        secretFiles: ([sensitiveKeyFileName, issuerKeyFileName] as const).map((name) => ({ name, read: () => this.keyFileBytes(name) })),
      });
      this.changesAtLastBackup = changes;
      this.lastBackupAt = manifest.takenAt;
      await pruneSnapshots(folder, this.now());
      await this.refreshSnapshots();
    });
  }

  /** Puts a snapshot back into the live database; the state before is kept for undo. */
  startRestore(snapshotId: string, password?: string): boolean {
    return this.start('restore', async () => {
      const folder = this.folderOrFail();
      const dataFolder = dirname(this.options.databasePath);
      const staged = join(dataFolder, `.restore-${process.pid}-${Date.now()}.db`);
      const secrets = join(dataFolder, `.restore-keys-${process.pid}-${Date.now()}`);
      mkdirSync(secrets, { recursive: true });
      try {
        const manifest = await prepareSnapshotCopy({
          snapshotDir: join(folder, snapshotId),
          targetFile: staged,
          secretFilesDir: secrets,
          ...(this.options.materialsDir ? { materialsDir: this.options.materialsDir } : {}),
          ...(password ? { password } : {}),
        });
        // The database in use stays open: its state is saved aside first (for undo), then
        // the checked copy is loaded into it with the backup API.
        const aside = join(dataFolder, beforeRestoreFolderName, `${format(this.now(), 'yyyy-MM-dd-HHmmss')}-before-${snapshotId}`);
        mkdirSync(aside, { recursive: true });
        const previousDatabase = join(aside, 'sprakbro.db');
        await this.options.db.backup(previousDatabase);
        await this.copyIntoLive(staged);
        // The snapshot's notes were encrypted with its key: that key comes back with it, and
        // only once its data is in place (a failed load must leave the key that fits the data).
        const previousSecrets = manifest.secretFiles.map((name) => swapInFile(join(secrets, name), join(dataFolder, name), aside));
        this.lastRestore = { manifest, previousDatabase, previousSecrets, at: this.now().toISOString(), undone: false };
      } finally {
        rmSync(staged, { force: true });
        rmSync(secrets, { recursive: true, force: true });
      }
    });
  }

  /** Puts back the database (and any key file the restore replaced) as they were before the last restore. */
  startUndoRestore(): boolean {
    const restored = this.lastRestore;
    if (!restored || restored.undone) return false;
    return this.start('undoRestore', async () => {
      await this.copyIntoLive(restored.previousDatabase);
      const dataFolder = dirname(this.options.databasePath);
      for (const secret of restored.previousSecrets) {
        if (!secret.replaced) continue;
        const live = join(dataFolder, secret.name);
        if (secret.keptAt) copyFileSync(secret.keptAt, live);
        else rmSync(live, { force: true });
      }
      restored.undone = true;
    });
  }

  /** A snapshot if due: a folder is set, something changed, and the interval has passed. */
  async runIfDue(): Promise<void> {
    const settings = readSettings(this.options.db);
    if (!settings.backupFolder || this.running) return;
    if (this.totalChanges() === this.changesAtLastBackup) return;
    const last = this.lastBackupAt ?? this.snapshots[0]?.manifest.takenAt;
    if (last && this.now().getTime() - new Date(last).getTime() < settings.backupIntervalHours * 3600_000) return;
    this.startBackup();
    await this.idle();
  }

  /** On close: one last snapshot if anything changed since the last one. */
  async close(): Promise<void> {
    this.stopSchedule();
    await this.idle();
    const settings = readSettings(this.options.db);
    if (settings.backupFolder && this.totalChanges() !== this.changesAtLastBackup && this.totalChanges() > 0) {
      this.startBackup();
      await this.idle();
    }
  }

  /** Resolves when the job in progress (if any) is over. */
  idle(): Promise<void> {
    return this.current;
  }

  private start(kind: JobKind, job: () => Promise<void>): boolean {
    if (this.running) return false;
    this.running = kind;
    this.current = job()
      .then(() => {
        if (this.lastFailure?.kind === kind) this.lastFailure = null;
      })
      .catch((error: unknown) => {
        this.lastFailure = { kind, reason: failureReason(error), at: this.now().toISOString() };
        this.options.log?.(`Backup job ${kind} failed`, error);
      })
      .finally(() => {
        this.running = null;
      });
    return true;
  }

  /**
   * Copies a database file into the open live database with SQLite's backup API (the
   * documented way to load a snapshot into a database in use), then brings its schema up
   * to this version: a snapshot from an older Språkbro gets the newer migrations.
   */
  private async copyIntoLive(source: string): Promise<void> {
    const snapshot = new BetterSqlite3(source, { fileMustExist: true });
    try {
      await snapshot.backup(this.options.databasePath);
    } finally {
      snapshot.close();
    }
    migrate(this.options.db);
    this.options.afterRestore?.(this.options.db);
    // The database now equals a snapshot (or the copy kept before one): nothing new to back up yet.
    this.changesAtLastBackup = this.totalChanges();
  }

  /** A key in its file's form (base64 and a newline), from its provider or else its file, if any. */
  private keyFileBytes(name: SnapshotManifest['secretFiles'][number]): Buffer | undefined {
    const provider = this.options.keys?.[name];
    if (provider) {
      try {
        return Buffer.from(provider().toString('base64') + '\n', 'utf8');
      } catch (error) {
        // A key the keychain refused: the backup is still worth more than no backup.
        this.options.log?.(`Backup without ${name}: the key is not available`, error);
        return undefined;
      }
    }
    const file = join(dirname(this.options.databasePath), name);
    return existsSync(file) ? readFileSync(file) : undefined;
  }

  private folderOrFail(): string {
    const folder = readSettings(this.options.db).backupFolder;
    if (!folder) throw new BackupJobError('folderMissing');
    try {
      mkdirSync(folder, { recursive: true });
      if (!statSync(folder).isDirectory()) throw new BackupJobError('folderUnwritable');
    } catch (error) {
      if (error instanceof BackupJobError) throw error;
      throw new BackupJobError('folderUnwritable');
    }
    return folder;
  }

  private async refreshSnapshots(): Promise<void> {
    const folder = readSettings(this.options.db).backupFolder;
    this.snapshotsFolder = folder;
    try {
      this.snapshots = folder ? await listSnapshots(folder) : [];
    } catch {
      this.snapshots = [];
    }
  }

  private totalChanges(): number {
    return this.options.db.prepare('SELECT total_changes()').pluck().get() as number;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

class BackupJobError extends Error {
  constructor(readonly reason: BackupFailureReason) {
    super(reason);
    this.name = 'BackupJobError';
  }
}

function failureReason(error: unknown): BackupFailureReason {
  if (error instanceof BackupJobError || error instanceof BackupRestoreError) return error.reason;
  if (error instanceof BackupVerifyError) return 'verifyFailed';
  if (error instanceof BackupPasswordError) return 'wrongPassword';
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'ENOTDIR') return 'folderUnwritable';
  return 'other';
}

interface SwappedFile {
  name: string;
  replaced: boolean;
  keptAt: string | null;
}

/**
 * Puts a restored key file in place of the live one, keeping the live one in `aside` when
 * it differs. An identical key is left alone (and an undo has nothing to put back).
 */
function swapInFile(restored: string, live: string, aside: string): SwappedFile {
  const name = live.slice(dirname(live).length + 1);
  if (existsSync(live) && readFileSync(live).equals(readFileSync(restored))) return { name, replaced: false, keptAt: null };
  let keptAt: string | null = null;
  if (existsSync(live)) {
    keptAt = join(aside, name);
    copyFileSync(live, keptAt);
  }
  renameSync(restored, live);
  return { name, replaced: true, keptAt };
}
