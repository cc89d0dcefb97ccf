import { z } from 'zod';
import { backupFolderSchema, backupIntervalSchema, defaultBackupIntervalHours } from './backups';
import { idleLockMinutesSchema } from './profiles';
import { defaultTranslationLeadDays, translationLeadDaysSchema } from './translation-queue';

export const uiLanguageSchema = z.enum(['nb', 'nn', 'en']);

/** Largest material file accepted at import, in MB (MiB): 2048 is the 2 GB of the issue. */
export const materialSizeLimitMbSchema = z.number().int().min(1).max(10240);
export const defaultMaterialSizeLimitMb = 2048;

export const settingsSchema = z.object({
  uiLanguage: uiLanguageSchema,
  /** Set once the first-start offer of the example centre has been answered. */
  welcomeDone: z.boolean(),
  /** The folder the user picked for snapshots (never the data folder itself); null until chosen. */
  backupFolder: backupFolderSchema,
  backupIntervalHours: backupIntervalSchema,
  materialSizeLimitMb: materialSizeLimitMbSchema,
  /** Lock the PC after this many idle minutes (only for a profile with a PIN); 0 is off. */
  idleLockMinutes: idleLockMinutesSchema,
  /** Days before a lesson with mother-tongue support its translation tasks are due. */
  translationLeadDays: translationLeadDaysSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = {
  uiLanguage: 'nb',
  welcomeDone: false,
  backupFolder: null,
  backupIntervalHours: defaultBackupIntervalHours,
  materialSizeLimitMb: defaultMaterialSizeLimitMb,
  idleLockMinutes: 0,
  translationLeadDays: defaultTranslationLeadDays,
};

export const settingsUpdateSchema = settingsSchema.partial().strict();

export const appInfoSchema = z.object({
  version: z.string(),
  schemaVersion: z.number(),
  mode: z.enum(['electron', 'browser', 'test']),
  counts: z.object({ staff: z.number(), courses: z.number(), participants: z.number() }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
