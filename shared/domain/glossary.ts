import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, rowMetaSchema, searchSchema, textSchema } from './common';
import { translationLanguageSchema } from './glossary-exchange';

/**
 * Glossaries (ordlister): a Norwegian term with its translations into the participants'
 * languages. Mother-tongue assistants write the translations, so every profile may change
 * them. A translation carries its own direction, since Kurdish or Somali may be written in
 * either script: 'auto' follows the first strong letter of the text.
 */
export const wordClasses = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'preposition',
  'pronoun',
  'conjunction',
  'interjection',
  'phrase',
  'other',
] as const;
export const wordClassSchema = z.enum(wordClasses);
export type WordClass = z.infer<typeof wordClassSchema>;

export const translationStatuses = ['draft', 'checked'] as const;
export const translationStatusSchema = z.enum(translationStatuses);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

export const translationDirections = ['auto', 'ltr', 'rtl'] as const;
export const translationDirectionSchema = z.enum(translationDirections);
export type TranslationDirection = z.infer<typeof translationDirectionSchema>;

const uniqueIds = (max: number) =>
  z
    .array(idSchema)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate' });

const termFields = {
  term: nameSchema,
  wordClass: wordClassSchema.nullable(),
  example: textSchema(1000),
  /** A picture from the material store; only images can be chosen. */
  materialId: idSchema.nullable(),
  /** A pronunciation recording from the material store; only audio can be chosen. */
  audioMaterialId: idSchema.nullable(),
  themeIds: uniqueIds(50),
  lessonIds: uniqueIds(200),
};

export const glossaryTermCreateSchema = z
  .object({
    ...termFields,
    wordClass: wordClassSchema.nullable().default(null),
    example: optionalTextSchema(1000),
    materialId: idSchema.nullable().default(null),
    audioMaterialId: idSchema.nullable().default(null),
    themeIds: uniqueIds(50).default([]),
    lessonIds: uniqueIds(200).default([]),
  })
  .strict();
export type GlossaryTermCreate = z.input<typeof glossaryTermCreateSchema>;

export const glossaryTermUpdateSchema = z
  .object({ id: idSchema, ...z.object(termFields).partial().shape })
  .strict();
export type GlossaryTermUpdate = z.input<typeof glossaryTermUpdateSchema>;

/** One theme's terms, the terms without a theme, or a search across every language. */
export const glossaryListSchema = z
  .object({
    search: searchSchema,
    themeId: idSchema.optional(),
    withoutTheme: z.boolean().optional(),
  })
  .strict();

const translationFields = {
  /** Built in, or added by a user (core checks which). */
  language: translationLanguageSchema,
  text: nameSchema,
  transliteration: textSchema(200),
  example: textSchema(1000),
  direction: translationDirectionSchema,
  status: translationStatusSchema,
  /** Who wrote it (a staff member); the date is when it was last changed. */
  authorId: idSchema.nullable(),
};

export const glossaryTranslationCreateSchema = z
  .object({
    termId: idSchema,
    ...translationFields,
    transliteration: optionalTextSchema(200),
    example: optionalTextSchema(1000),
    direction: translationDirectionSchema.default('auto'),
    status: translationStatusSchema.default('draft'),
    authorId: idSchema.nullable().default(null),
  })
  .strict();
export type GlossaryTranslationCreate = z.input<typeof glossaryTranslationCreateSchema>;

/** The language of a translation is fixed once made: a wrong one is deleted and made again. */
export const glossaryTranslationUpdateSchema = z
  .object({ id: idSchema, ...z.object(translationFields).omit({ language: true }).partial().shape })
  .strict();
export type GlossaryTranslationUpdate = z.input<typeof glossaryTranslationUpdateSchema>;

export const glossaryTranslationSchema = rowMetaSchema.extend({
  termId: z.string(),
  language: z.string(),
  text: z.string(),
  transliteration: z.string(),
  example: z.string(),
  direction: translationDirectionSchema,
  /** The direction to show the text in: the chosen one, or the text's own for 'auto'. */
  dir: z.enum(['ltr', 'rtl']),
  status: translationStatusSchema,
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
});
export type GlossaryTranslation = z.infer<typeof glossaryTranslationSchema>;

export const glossaryTermSchema = rowMetaSchema.extend({
  term: z.string(),
  wordClass: wordClassSchema.nullable(),
  example: z.string(),
  materialId: z.string().nullable(),
  /** The chosen picture, or null when none is chosen or it has been deleted. */
  image: z
    .object({
      materialId: z.string(),
      caption: z.string(),
      /** Other people appear without consent: shown on screen, never printed. */
      blocked: z.boolean(),
    })
    .nullable(),
  audioMaterialId: z.string().nullable(),
  /** The chosen recording, or null when none is chosen or it has been deleted. */
  audio: z
    .object({
      materialId: z.string(),
      caption: z.string(),
      /** Other people can be heard without consent: played on screen, never exported. */
      blocked: z.boolean(),
    })
    .nullable(),
  themeIds: z.array(z.string()),
  themes: z.array(z.object({ id: z.string(), name: z.string() })),
  lessonIds: z.array(z.string()),
  translations: z.array(glossaryTranslationSchema),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The themes of every class with how many terms each has, for the «Ordlister» start page. */
export const glossaryOverviewSchema = z.object({
  themes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      courseId: z.string(),
      courseName: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      termCount: z.number(),
    }),
  ),
  withoutThemeCount: z.number(),
});
export type GlossaryOverview = z.infer<typeof glossaryOverviewSchema>;

/** Lessons a term can be linked to: those of its themes, and those it is linked to already. */
export const glossaryLessonOptionSchema = z.object({
  id: z.string(),
  date: z.string(),
  title: z.string(),
  courseName: z.string(),
});
export type GlossaryLessonOption = z.infer<typeof glossaryLessonOptionSchema>;

const printLanguagesSchema = z
  .array(translationLanguageSchema)
  .min(1)
  .max(4)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'duplicate' });

/** A word list: Norwegian first, then one column per language, in each language's direction. */
export const printWordListSchema = z.object({ themeId: idSchema, languages: printLanguagesSchema }).strict();
/** Picture cards to cut out: picture, Norwegian word and the translation in one language. */
export const printFlashcardsSchema = z.object({ themeId: idSchema, language: translationLanguageSchema }).strict();

/**
 * The address of a term's LEXIN entry. LEXIN's word base may not be copied or bundled, so
 * the app only links to it; the address is shown to copy into a browser.
 */
export const lexinUrl = (term: string): string => `https://lexin.oslomet.no/#/findwords/${encodeURIComponent(term.trim())}`;
