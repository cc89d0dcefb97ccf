import { z } from 'zod';
import { isKnownLanguage } from './languages';

/** Row identifiers are UUIDv7 strings made in core, never numbers. */
export const idSchema = z.string().uuid({ message: 'invalidValue' });

/** Any name in any script: trimmed, never empty, at most 200 characters. */
export const nameSchema = z.string().trim().min(1).max(200);
/** Free text, trimmed, may be empty. Without a default: partial updates must leave it out when absent. */
export const textSchema = (max: number) => z.string().trim().max(max);
/** Free text for create inputs: absent means empty. Never use it in an update schema, where the default would overwrite. */
export const optionalTextSchema = (max: number) => textSchema(max).default('');

/** A calendar date as YYYY-MM-DD that really exists (no 2025-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalidDate' })
  .refine(isRealDate, { message: 'invalidDate' });

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 && year <= 2200 &&
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const languageCodeSchema = z
  .string()
  .min(2)
  .max(12)
  .refine(isKnownLanguage, { message: 'unknownLanguage' });

/** A list of language codes: known codes only, no duplicates. */
export const languageListSchema = z
  .array(languageCodeSchema)
  .max(20)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'duplicate' });

/** Adds the end-before-start check to a schema with optional start and end dates. */
export function endNotBeforeStart(value: { startDate?: string | null; endDate?: string | null }): boolean {
  if (!value.startDate || !value.endDate) return true;
  return value.endDate >= value.startDate;
}

export const searchSchema = z.string().trim().max(200).optional();

export const byIdSchema = z.object({ id: idSchema }).strict();

/** Every row carries these; `deletedAt` is set while a row sits in the bin (a tombstone). */
export const rowMetaSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
