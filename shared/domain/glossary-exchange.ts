import { z } from 'zod';
import { idSchema, nameSchema, rowMetaSchema } from './common';
import { languages as builtInLanguages } from './languages';

/**
 * Moving glossaries in and out of the app: our own CSV, TBX v3 (ISO 30042, TBX-Basic) and a
 * CSV that Anki imports; and languages the users add to the built-in list.
 */

// ---------------------------------------------------------------- user-added languages

/** ISO 639 code: 639-1 (two letters) or 639-2/3 (three), lower case. */
export const userLanguageCodeSchema = z.string().trim().regex(/^[a-z]{2,3}$/, { message: 'invalidValue' });

/**
 * The language of a translation: a built-in code, or a code shaped like ISO 639 that core
 * checks against the languages users have added (shared cannot see the database).
 */
export const translationLanguageSchema = z
  .string()
  .min(2)
  .max(12)
  .refine((code) => /^[a-z]{2,3}$/.test(code) || builtInLanguages.some((language) => language.code === code), {
    message: 'unknownLanguage',
  });

export const userLanguageCreateSchema = z
  .object({
    code: userLanguageCodeSchema,
    name: nameSchema.max(80),
    direction: z.enum(['ltr', 'rtl']),
  })
  .strict();
export type UserLanguageCreate = z.input<typeof userLanguageCreateSchema>;

export const userLanguageUpdateSchema = z
  .object({ id: idSchema, name: nameSchema.max(80).optional(), direction: z.enum(['ltr', 'rtl']).optional() })
  .strict();

export const userLanguageSchema = rowMetaSchema.extend({
  code: z.string(),
  name: z.string(),
  direction: z.enum(['ltr', 'rtl']),
});
export type UserLanguage = z.infer<typeof userLanguageSchema>;

// ---------------------------------------------------------------- import and export

export const glossaryImportFormats = ['csv', 'tbx'] as const;
export type GlossaryImportFormat = (typeof glossaryImportFormats)[number];
export const glossaryExportFormats = ['csv', 'tbx', 'anki'] as const;
export type GlossaryExportFormat = (typeof glossaryExportFormats)[number];

/** 2 MiB of file: tens of thousands of terms, and still well inside one API call once in base64. */
export const glossaryImportMaxBytes = 2 * 1024 * 1024;
/** More terms than a centre's whole glossary; beyond it the preview would be unreadable anyway. */
export const glossaryImportMaxRows = 5_000;

export const glossaryImportSchema = z
  .object({
    format: z.enum(glossaryImportFormats),
    /** The file's bytes as read, in base64: core finds the encoding, so a Windows-1252 file is not mangled on the way. */
    contentBase64: z
      .string()
      .min(1)
      .max(Math.ceil(glossaryImportMaxBytes / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'invalidValue' }),
    /** New terms are linked to this theme (the page the import was started from). */
    themeId: idSchema.optional(),
  })
  .strict();
export type GlossaryImport = z.input<typeof glossaryImportSchema>;

export const glossaryEncodings = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

/** Why a line, an entry or the whole file cannot be used; `code` is a key under `glossaryExchange.issue`. */
export const glossaryImportIssueCodes = [
  'required',
  'tooLong',
  'invalidWordClass',
  'unknownLanguage',
  'unknownTheme',
  'ambiguousTheme',
  'wrongColumnCount',
  'missingHeader',
  'unknownColumn',
  'duplicateColumn',
  'duplicateInFile',
  'translitWithoutText',
  'noRows',
  'tooManyRows',
  'tooLarge',
  'empty',
  'binary',
  'unknownEncoding',
  'doctype',
  'malformedXml',
  'notTbx',
] as const;
export type GlossaryImportIssueCode = (typeof glossaryImportIssueCodes)[number];

export const glossaryImportIssueSchema = z.object({
  /** CSV: 1-based line of the file; TBX: 1-based number of the conceptEntry (or the XML line for malformed XML); 0 for the whole file. */
  line: z.number().int().min(0),
  field: z.string(),
  code: z.enum(glossaryImportIssueCodes),
});
export type GlossaryImportIssue = z.infer<typeof glossaryImportIssueSchema>;

export const glossaryChangeKinds = ['newTerm', 'newTranslation', 'changed', 'unchanged', 'error'] as const;

export const glossaryImportRowSchema = z.object({
  line: z.number().int().min(0),
  term: z.string(),
  /** What the row would do: a new term, only new translations, changes, nothing, or not usable. */
  kind: z.enum(glossaryChangeKinds),
  changes: z.array(
    z.object({
      /** 'wordClass', 'example', or a language code (the translation and its transliteration). */
      field: z.string(),
      from: z.string(),
      to: z.string(),
    }),
  ),
  errors: z.array(glossaryImportIssueSchema),
});
export type GlossaryImportRow = z.infer<typeof glossaryImportRowSchema>;

export const glossaryImportPreviewSchema = z.object({
  format: z.enum(glossaryImportFormats),
  encoding: z.enum(glossaryEncodings).nullable(),
  /** The CSV's separator as found; null for TBX. */
  delimiter: z.enum([',', ';', '\t']).nullable(),
  /** Languages the file has, in file order. */
  languages: z.array(z.string()),
  fileErrors: z.array(glossaryImportIssueSchema),
  rows: z.array(glossaryImportRowSchema),
  counts: z.object({
    newTerms: z.number(),
    newTranslations: z.number(),
    changed: z.number(),
    unchanged: z.number(),
    errors: z.number(),
  }),
});
export type GlossaryImportPreview = z.infer<typeof glossaryImportPreviewSchema>;

export const glossaryImportResultSchema = z.object({
  newTerms: z.number(),
  newTranslations: z.number(),
  changed: z.number(),
});

export const glossaryExportSchema = z
  .object({
    format: z.enum(glossaryExportFormats),
    /** One theme's terms; without it, the whole glossary. */
    themeId: idSchema.optional(),
    /** Languages to include (all the glossary has when empty); Anki takes exactly one. */
    languages: z
      .array(translationLanguageSchema)
      .max(40)
      .refine((codes) => new Set(codes).size === codes.length, { message: 'duplicate' })
      .default([]),
  })
  .strict()
  .refine((input) => input.format !== 'anki' || input.languages.length === 1, { message: 'required', path: ['languages'] });

export const glossaryExportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  termCount: z.number(),
});
export type GlossaryExportFile = z.infer<typeof glossaryExportFileSchema>;
