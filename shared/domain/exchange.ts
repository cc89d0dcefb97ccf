import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';
import { translationDirectionSchema, translationStatusSchema, wordClassSchema } from './glossary';

/**
 * Exchange packages: a teacher sends a class's coming plans and the glossaries linked to
 * them to an assistant who works on their own laptop; the assistant sends the translations
 * back in a return package, and the centre merges them row by row.
 *
 * A package is one zip with `manifest.json` and the files it lists (JSON only: no pictures
 * or sound, so a package stays small and travels through an ordinary API call as base64).
 * Authenticity: the outgoing manifest carries the centre's install id, the package id and a
 * random per-package secret; the return manifest carries the package id and an
 * HMAC-SHA-256, keyed with that secret, over the names, sizes and SHA-256 of its files. The
 * centre accepts a return only for a package it sent itself, with a matching HMAC, and only
 * once (until that merge is undone). The secret travels with the outgoing package, so this
 * proves "made from a package we sent and not changed since", not who the assistant is.
 */

export const exchangeFormat = 'sprakbro-exchange';
export const exchangeFormatVersion = 1;

/** Limits checked while a package is read; a package over any of them is refused unread. */
export const exchangeLimits = {
  /** The zip itself: base64 of this fits the API's 5 MB request body. */
  packageBytes: 3 * 1024 * 1024,
  entries: 8,
  /** One file, inflated. */
  fileBytes: 16 * 1024 * 1024,
  /** All files together, inflated. */
  totalBytes: 24 * 1024 * 1024,
  /** Inflated to zipped size, checked once past a megabyte (JSON packs about ten to one). */
  ratio: 100,
} as const;

/** Why a package was refused; the message for each is `exchange.rejected.<reason>`. */
export const packageRejectReasons = [
  'corrupt',
  'tooLarge',
  'tooManyEntries',
  'unsafePath',
  'duplicateEntry',
  'unexpectedEntry',
  'missingEntry',
  'malformed',
  'invalidManifest',
  'wrongVersion',
  'wrongKind',
  'foreignSource',
  'tampered',
  'alreadyMerged',
  'ownPackage',
] as const;
export type PackageRejectReason = (typeof packageRejectReasons)[number];

// ---- The files inside a package ----

const shortText = z.string().max(200);
const longText = z.string().max(1000);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const stamp = z.string().max(40);

export const outgoingFileNames = ['plans.json', 'glossary.json'] as const;
export const returnFileNames = ['translations.json'] as const;
const fileEntrySchema = z
  .object({ name: z.enum([...outgoingFileNames, ...returnFileNames]), size: z.number().int().min(0), sha256: sha256Hex })
  .strict();

const manifestBase = {
  format: z.literal(exchangeFormat),
  formatVersion: z.literal(exchangeFormatVersion),
  packageId: idSchema,
  centreId: idSchema,
  createdAt: stamp,
  files: z.array(fileEntrySchema).min(1).max(4),
};

export const outgoingManifestSchema = z
  .object({
    ...manifestBase,
    kind: z.literal('toAssistant'),
    /** 32 random bytes, base64url: the key for the return package's HMAC. */
    secret: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  })
  .strict();
export type OutgoingManifest = z.infer<typeof outgoingManifestSchema>;

export const returnManifestSchema = z
  .object({ ...manifestBase, kind: z.literal('fromAssistant'), hmac: sha256Hex })
  .strict();
export type ReturnManifest = z.infer<typeof returnManifestSchema>;

export const manifestSchema = z.discriminatedUnion('kind', [outgoingManifestSchema, returnManifestSchema]);
export type Manifest = z.infer<typeof manifestSchema>;

/** One translation as it travels; compared field by field, never by timestamps of two PCs. */
export const packedTranslationSchema = z
  .object({
    id: idSchema,
    language: z.string().min(2).max(12),
    text: z.string().trim().min(1).max(200),
    transliteration: shortText,
    example: longText,
    direction: translationDirectionSchema,
    status: translationStatusSchema,
  })
  .strict();
export type PackedTranslation = z.infer<typeof packedTranslationSchema>;

export const packedPlansSchema = z
  .object({
    course: z.object({ id: idSchema, name: shortText }).strict(),
    assistant: z.object({ id: idSchema, name: shortText, languages: z.array(z.string().max(12)).max(20) }).strict(),
    from: isoDateSchema,
    to: isoDateSchema,
    themes: z
      .array(
        z
          .object({
            id: idSchema,
            name: shortText,
            startDate: isoDateSchema,
            endDate: isoDateSchema,
            keyWords: z.array(shortText).max(200),
            note: z.string().max(5000),
          })
          .strict(),
      )
      .max(200),
    lessons: z
      .array(
        z
          .object({
            id: idSchema,
            date: isoDateSchema,
            startTime: z.string().max(5),
            endTime: z.string().max(5),
            title: shortText,
            themeId: idSchema.nullable(),
            cancelled: z.boolean(),
            /** Who supports the lesson in which languages; null: no mother-tongue support planned. */
            support: z.object({ names: z.array(shortText).max(10), languages: z.array(z.string().max(12)).max(20) }).strict().nullable(),
            goals: z.array(z.string().max(500)).max(50),
          })
          .strict(),
      )
      .max(2000),
  })
  .strict();
export type PackedPlans = z.infer<typeof packedPlansSchema>;

export const packedGlossarySchema = z
  .object({
    terms: z
      .array(
        z
          .object({
            id: idSchema,
            term: z.string().trim().min(1).max(200),
            wordClass: wordClassSchema.nullable(),
            example: longText,
            themeIds: z.array(idSchema).max(50),
            lessonIds: z.array(idSchema).max(200),
            translations: z.array(packedTranslationSchema).max(60),
          })
          .strict(),
      )
      .max(5000),
  })
  .strict();
export type PackedGlossary = z.infer<typeof packedGlossarySchema>;

export const packedReturnSchema = z
  .object({
    terms: z
      .array(z.object({ termId: idSchema, translations: z.array(packedTranslationSchema).max(60) }).strict())
      .max(5000),
  })
  .strict();
export type PackedReturn = z.infer<typeof packedReturnSchema>;

// ---- API ----

/** A package's bytes as base64 (the zip, at most exchangeLimits.packageBytes). */
export const packageDataSchema = z
  .string()
  .min(4)
  .max(Math.ceil(exchangeLimits.packageBytes / 3) * 4)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'invalidValue' });

export const exchangeExportSchema = z
  .object({
    courseId: idSchema,
    assistantId: idSchema,
    /** The first day (default: today); the package holds `weeks` weeks from it. */
    from: isoDateSchema.optional(),
    weeks: z.number().int().min(1).max(8),
  })
  .strict();

export const packageFileSchema = z.object({
  packageId: z.string(),
  fileName: z.string(),
  data: z.string(),
  size: z.number(),
  lessonCount: z.number(),
  termCount: z.number(),
});
export type PackageFile = z.infer<typeof packageFileSchema>;

export const sentPackageSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  assistantId: z.string().nullable(),
  assistantName: z.string(),
  from: z.string(),
  to: z.string(),
  termCount: z.number(),
  lessonCount: z.number(),
  createdAt: z.string(),
  mergedAt: z.string().nullable(),
});
export type SentPackage = z.infer<typeof sentPackageSchema>;
export const sentPackageListSchema = z.object({ courseId: idSchema.optional() }).strict();

export const translationValueSchema = z.object({
  text: z.string(),
  transliteration: z.string(),
  example: z.string(),
  direction: translationDirectionSchema,
  /** The direction to show the text in. */
  dir: z.enum(['ltr', 'rtl']),
  status: translationStatusSchema,
});
export type TranslationValue = z.infer<typeof translationValueSchema>;

/**
 * One translation the assistant wrote or changed. 'new': the centre has none; 'changed': the
 * centre's is as it was when the package was made; 'conflict': both sides changed it since.
 */
export const mergeRowSchema = z.object({
  termId: z.string(),
  term: z.string(),
  language: z.string(),
  kind: z.enum(['new', 'changed', 'conflict']),
  centre: translationValueSchema.nullable(),
  assistant: translationValueSchema,
});
export type MergeRow = z.infer<typeof mergeRowSchema>;

const packageSummaryFields = {
  packageId: z.string(),
  courseName: z.string(),
  assistantName: z.string(),
  from: z.string(),
  to: z.string(),
  createdAt: z.string(),
};

export const packageInspectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('toAssistant'), ...packageSummaryFields, lessonCount: z.number(), termCount: z.number(), alreadyReceived: z.boolean() }),
  z.object({ kind: z.literal('fromAssistant'), ...packageSummaryFields, rows: z.array(mergeRowSchema), unchangedCount: z.number() }),
]);
export type PackageInspection = z.infer<typeof packageInspectionSchema>;

export const packageDataInputSchema = z.object({ data: packageDataSchema }).strict();

export const mergeChoiceSchema = z
  .object({ termId: idSchema, language: z.string().min(2).max(12), take: z.enum(['assistant', 'centre']) })
  .strict();
export type MergeChoice = z.infer<typeof mergeChoiceSchema>;

export const exchangeMergeSchema = z
  .object({ data: packageDataSchema, choices: z.array(mergeChoiceSchema).max(20_000) })
  .strict();

export const mergeResultSchema = z.object({ mergeId: z.string(), taken: z.number(), kept: z.number() });
export type MergeResult = z.infer<typeof mergeResultSchema>;

export const receivedPackageSchema = z.object({
  id: z.string(),
  courseName: z.string(),
  assistantName: z.string(),
  from: z.string(),
  to: z.string(),
  receivedAt: z.string(),
  termIds: z.array(z.string()),
  plans: packedPlansSchema,
});
export type ReceivedPackage = z.infer<typeof receivedPackageSchema>;
export const receivedPackageSummarySchema = receivedPackageSchema.omit({ plans: true, termIds: true }).extend({ termCount: z.number() });
export type ReceivedPackageSummary = z.infer<typeof receivedPackageSummarySchema>;
