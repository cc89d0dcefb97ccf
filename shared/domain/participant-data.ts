import { z } from 'zod';
import { idSchema } from './common';

/**
 * A participant's data on request: a readable package of everything stored about them, and
 * complete deletion (no tombstone, no undo). The retention list shows participants whose last
 * course ended more than a set number of years ago, so a centre can tidy up what it may no
 * longer keep.
 */

/** How many years after the last course ended a participant shows in the retention list. */
export const retentionYearsSchema = z.number().int().min(1).max(50);
export const defaultRetentionYears = 5;

export const retentionInputSchema = z.object({}).strict();
export const retentionYearsInputSchema = z.object({ years: retentionYearsSchema }).strict();

export const retentionRowSchema = z.object({
  participantId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  /** The latest end date of the participant's courses, or of their own period; YYYY-MM-DD. */
  lastEnd: z.string(),
  /** The participant sits in the bin (deleted, restorable) but is still stored. */
  inBin: z.boolean(),
  /** When their data was last exported, if it was. */
  exportedAt: z.string().nullable(),
});
export type RetentionRow = z.infer<typeof retentionRowSchema>;

export const retentionListSchema = z.object({
  years: retentionYearsSchema,
  /** Participants whose last end date is before this day are listed; YYYY-MM-DD. */
  cutoff: z.string(),
  rows: z.array(retentionRowSchema),
});
export type RetentionList = z.infer<typeof retentionListSchema>;

export const participantExportStartSchema = z
  .object({
    participantId: idSchema,
    /** Sensitive notes go in only when the user ticks it for this one export; the opening is logged. */
    includeSensitive: z.boolean(),
  })
  .strict();

export const participantExportJobSchema = z.object({ jobId: z.string() });
export const participantExportResultInputSchema = z.object({ jobId: z.string().uuid({ message: 'invalidValue' }) }).strict();

/** The package, once it is made: a zip (base64), handed over once and then forgotten by core. */
export const participantExportResultSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running') }),
  z.object({ state: z.literal('done'), fileName: z.string(), zipBase64: z.string(), files: z.number().int(), missingFiles: z.number().int() }),
  z.object({ state: z.literal('failed'), code: z.string() }),
]);
export type ParticipantExportResult = z.infer<typeof participantExportResultSchema>;

export const participantDeleteSchema = z
  .object({
    participantId: idSchema,
    /** The participant's name as the user typed it to confirm; must match the stored name. */
    confirmName: z.string().trim().min(1).max(401),
  })
  .strict();

export const participantDeleteResultSchema = z.object({
  /** Rows removed from the database, the participant's own row included. */
  rows: z.number().int(),
  /** Material files removed from the store (files other materials still use are kept). */
  files: z.number().int(),
});
export type ParticipantDeleteResult = z.infer<typeof participantDeleteResultSchema>;

export const privacyLogEntrySchema = z.object({
  action: z.enum(['export', 'export_sensitive', 'delete']),
  role: z.string(),
  at: z.string(),
  /** Null once the participant is deleted: the log keeps only that a participant was deleted. */
  participantId: z.string().nullable(),
});
export type PrivacyLogEntry = z.infer<typeof privacyLogEntrySchema>;

/** The full name the deletion dialog asks the user to type: given and family name, single spaces. */
export const fullName = (given: string, family: string): string => `${given} ${family}`.trim().replace(/\s+/gu, ' ');

/** Compared without regard to case, extra spaces or Unicode form, so a typed name matches in any script. */
export const sameName = (typed: string, stored: string): boolean =>
  typed.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase() === stored.normalize('NFC').toLocaleLowerCase();
