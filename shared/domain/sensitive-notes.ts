import { z } from 'zod';
import { idSchema } from './common';

/**
 * Sensitive notes about a participant: what staff learn that could harm the person if it
 * spread (health, family situation, concerns about negative social control). Stored
 * encrypted, shown only to teachers and admins, one at a time, and every opening is logged.
 */
export const sensitiveNoteCategories = ['health', 'family', 'social_control', 'other'] as const;
export const sensitiveNoteCategorySchema = z.enum(sensitiveNoteCategories);
export type SensitiveNoteCategory = z.infer<typeof sensitiveNoteCategorySchema>;

const noteText = z.string().trim().min(1).max(10_000);

export const sensitiveNoteCreateSchema = z
  .object({ participantId: idSchema, category: sensitiveNoteCategorySchema, text: noteText })
  .strict();
export const sensitiveNoteUpdateSchema = z
  .object({ id: idSchema, category: sensitiveNoteCategorySchema.optional(), text: noteText.optional() })
  .strict();
export const sensitiveNoteListSchema = z.object({ participantId: idSchema }).strict();

/** What a list shows: that a note exists, its kind and date, never its text. */
export const sensitiveNoteSummarySchema = z.object({
  id: z.string(),
  participantId: z.string(),
  category: sensitiveNoteCategorySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SensitiveNoteSummary = z.infer<typeof sensitiveNoteSummarySchema>;

export const sensitiveNoteSchema = sensitiveNoteSummarySchema.extend({ text: z.string() });
export type SensitiveNote = z.infer<typeof sensitiveNoteSchema>;

export const sensitiveNoteLogEntrySchema = z.object({
  noteId: z.string(),
  action: z.enum(['create', 'open', 'update', 'delete', 'restore']),
  role: z.string(),
  at: z.string(),
});
export type SensitiveNoteLogEntry = z.infer<typeof sensitiveNoteLogEntrySchema>;
