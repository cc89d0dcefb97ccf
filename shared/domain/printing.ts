import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/**
 * Printed documents. Core renders each one as a complete, self-contained HTML page; the
 * shells turn it into a PDF with Chromium (Electron's printToPDF or the system Chromium).
 */
export const printWeekPlanSchema = z
  .object({
    courseId: idSchema,
    isoYear: z.number().int().min(1900).max(2200),
    isoWeek: z.number().int().min(1).max(53),
  })
  .strict();

/** The next two weeks from `from`; without it, from today. */
export const printAssistantPlanSchema = z.object({ courseId: idSchema, from: isoDateSchema.optional() }).strict();

export const printSubstitutePacketSchema = z.object({ courseId: idSchema, date: isoDateSchema }).strict();

export const printDocumentSchema = z.object({
  html: z.string(),
  /** A suggested file name ending in .pdf, without any folder. */
  fileName: z.string(),
  landscape: z.boolean(),
  /**
   * Instead of one PDF: one PDF per part, written by the shell into this folder without
   * replacing any file (certificate batches, "one PDF per participant").
   */
  folder: z.object({ path: z.string(), files: z.array(z.object({ html: z.string(), fileName: z.string(), credentialDocumentId: z.string().optional() })) }).optional(),
  /**
   * An issued document whose signed credential the shell puts into the PDF after printing
   * (services/credentials/embed.ts); for one document at a time, also per file of a folder.
   */
  credentialDocumentId: z.string().optional(),
});
export type PrintDocument = z.infer<typeof printDocumentSchema>;

/**
 * What printing answers the renderer. In Electron main shows a save dialog and writes the
 * file (`saved` false when the user cancelled); in browser mode the transport hands the
 * PDF to the browser as a download.
 */
export const printOutcomeSchema = z.object({ saved: z.boolean(), fileName: z.string() });
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;
