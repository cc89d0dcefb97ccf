import { z } from 'zod';

/** A folder path as the OS gives it: absolute, on Windows (C:\…, \\server\…) or POSIX (/…). */
export const isAbsoluteFolderPath = (path: string): boolean => /^([A-Za-z]:[\\/]|\\\\[^\\]|\/)/u.test(path);

export const backupFolderSchema = z
  .string()
  .trim()
  .max(1000)
  .refine(isAbsoluteFolderPath, { message: 'notAbsolutePath' })
  .nullable();

/** Hours between automatic snapshots while there are changes. */
export const backupIntervalSchema = z.number().int().min(1).max(24);
export const defaultBackupIntervalHours = 4;

/** A password for an encrypted backup: long enough to be worth the encryption. */
export const backupPasswordSchema = z.string().min(10).max(200);

export const backupRunSchema = z.object({ password: backupPasswordSchema.optional() }).strict();
export const backupRestoreSchema = z
  .object({ id: z.string().regex(/^sprakbro-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?$/u, { message: 'invalidValue' }), password: z.string().max(200).optional() })
  .strict();
export type BackupRestoreInput = z.input<typeof backupRestoreSchema>;

export const cloudServices = ['onedrive', 'dropbox', 'googleDrive', 'icloud', 'box', 'jottacloud', 'pcloud'] as const;

export const backupJobKinds = ['backup', 'restore', 'undoRestore'] as const;
export const backupFailureReasons = [
  'folderMissing',
  'folderUnwritable',
  'verifyFailed',
  'notABackup',
  'newerApp',
  'passwordNeeded',
  'wrongPassword',
  'damaged',
  'other',
] as const;
export type BackupFailureReason = (typeof backupFailureReasons)[number];

export const backupSnapshotSchema = z.object({
  id: z.string(),
  takenAt: z.string(),
  appVersion: z.string(),
  encrypted: z.boolean(),
  participants: z.number(),
  courses: z.number(),
  lessons: z.number(),
  materials: z.number(),
});
export type BackupSnapshot = z.infer<typeof backupSnapshotSchema>;

export const backupStatusSchema = z.object({
  /** False where no backup service runs (tests without a data folder). */
  available: z.boolean(),
  folder: z.string().nullable(),
  intervalHours: z.number(),
  /** The live data folder lies in a sync client's folder: a warning with a way out. */
  dataFolder: z.string().nullable(),
  dataFolderCloud: z.enum(cloudServices).nullable(),
  /** Set while a job runs; then writes are refused until it is done. */
  running: z.enum(backupJobKinds).nullable(),
  changedSinceLastBackup: z.boolean(),
  lastBackupAt: z.string().nullable(),
  lastFailure: z.object({ kind: z.enum(backupJobKinds), reason: z.enum(backupFailureReasons), at: z.string() }).nullable(),
  /** After a restore: what came back, and that it can be undone. */
  lastRestore: z.object({ snapshotId: z.string(), at: z.string(), canUndo: z.boolean() }).nullable(),
  snapshots: z.array(backupSnapshotSchema),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;
