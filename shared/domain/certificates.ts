import { z } from 'zod';
import { backupFolderSchema } from './backups';
import { idSchema, textSchema } from './common';
import { uiLanguageSchema } from './settings';

/**
 * Certificates and documents: a course certificate (kursbevis), a diploma, a confirmation of
 * practice and an end letter, printed from HTML templates in resources/templates. Every
 * issued document gets a serial number and a register row with a snapshot of what was
 * printed, so a reprint is the same document even after the data has changed.
 */
export const documentKinds = ['course', 'diploma', 'practice', 'endLetter'] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Documents are written in Bokmål, Nynorsk or English, whatever the UI language. */
export const documentLanguageSchema = uiLanguageSchema;
export type DocumentLanguage = z.infer<typeof documentLanguageSchema>;

/** Serial numbers as printed: SB-<year>-<six digits>, e.g. SB-2026-000123. */
export const serialPattern = /^SB-\d{4}-\d{6,}$/u;

// --- The centre as it appears on documents -------------------------------------------------

/** Pictures on documents: PNG or JPEG only (never SVG, which can carry scripts), as a data URL. */
export const maxLogoBytes = 300 * 1024;
const pngBase64Start = 'iVBORw0KGgo';
const jpegBase64Start = '/9j/';

/** True for a PNG or JPEG data URL whose bytes really start like one. */
export function isDocumentImage(value: string): boolean {
  const png = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/u.exec(value);
  if (png) return png[1]?.startsWith(pngBase64Start) ?? false;
  const jpeg = /^data:image\/jpeg;base64,([A-Za-z0-9+/]+={0,2})$/u.exec(value);
  return jpeg?.[1]?.startsWith(jpegBase64Start) ?? false;
}

export const documentImageSchema = z
  .string()
  .max(Math.ceil((maxLogoBytes * 4) / 3) + 40, { message: 'tooBig' })
  .refine(isDocumentImage, { message: 'invalidValue' })
  .nullable();

export const accentColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/u, { message: 'invalidValue' });
export const defaultAccentColour = '#1f4e79';

export const centreProfileSchema = z.object({
  name: textSchema(200),
  address: textSchema(300),
  signerName: textSchema(200),
  signerTitle: textSchema(200),
  accentColour: accentColourSchema,
  logo: documentImageSchema,
  signature: documentImageSchema,
});
export type CentreProfile = z.infer<typeof centreProfileSchema>;
export const defaultCentreProfile: CentreProfile = {
  name: '',
  address: '',
  signerName: '',
  signerTitle: '',
  accentColour: defaultAccentColour,
  logo: null,
  signature: null,
};
export const centreProfileUpdateSchema = centreProfileSchema.partial().strict();

// --- Editable text blocks per document kind and language ------------------------------------

export const documentTextBlocks = ['title', 'intro', 'closing'] as const;
export const documentTextsSchema = z
  .object({ title: z.string().trim().min(1).max(120), intro: textSchema(2000), closing: textSchema(2000) })
  .strict();
export type DocumentTexts = z.infer<typeof documentTextsSchema>;

export const documentTextsKeySchema = z.object({ kind: documentKindSchema, language: documentLanguageSchema }).strict();
export const documentTextsUpdateSchema = documentTextsKeySchema.extend({ texts: documentTextsSchema }).strict();
export const documentTextsAnswerSchema = z.object({
  kind: documentKindSchema,
  language: documentLanguageSchema,
  texts: documentTextsSchema,
  defaults: documentTextsSchema,
});
export type DocumentTextsAnswer = z.infer<typeof documentTextsAnswerSchema>;

/** The preview while editing: the texts as typed, filled with a fictional participant. */
export const documentPreviewSchema = documentTextsKeySchema.extend({ texts: documentTextsSchema }).strict();
export const documentPreviewAnswerSchema = z.object({ html: z.string() });

// --- Issuing --------------------------------------------------------------------------------

/** The choices made per participant when issuing: what goes on this one document. */
export const documentChoiceSchema = z
  .object({
    participantId: idSchema,
    /** Levels only when the participant agrees to show them. */
    includeLevels: z.boolean().default(false),
    /** Norskprøven sub-test results only when the participant chooses to. */
    includeNorskprove: z.boolean().default(false),
    /** Where the course ended early: the reason, in a few words. */
    endedEarlyReason: textSchema(300).default(''),
    /** An optional line in the participant's own language. */
    ownLanguageLine: textSchema(300).default(''),
    /** For the end letter: what comes next. */
    nextSteps: textSchema(1000).default(''),
  })
  .strict();
export type DocumentChoice = z.infer<typeof documentChoiceSchema>;

export const documentIssueSchema = z
  .object({
    kind: documentKindSchema,
    language: documentLanguageSchema,
    courseId: idSchema,
    documents: z
      .array(documentChoiceSchema)
      .min(1)
      .max(200)
      .refine((list) => new Set(list.map((item) => item.participantId)).size === list.length, { message: 'duplicate' }),
  })
  .strict();

export const documentCandidatesSchema = z.object({ courseId: idSchema, kind: documentKindSchema }).strict();
export const documentCandidateSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  /** Whether the participant has anything of each kind to show; the dialog greys out the rest. */
  hasLevels: z.boolean(),
  hasNorskprove: z.boolean(),
  hasPlacement: z.boolean(),
  /** Left the class before its end date. */
  endedEarly: z.boolean(),
});
export type DocumentCandidate = z.infer<typeof documentCandidateSchema>;

// --- The register ---------------------------------------------------------------------------

export const issuedDocumentSchema = z.object({
  id: z.string(),
  serial: z.string(),
  kind: documentKindSchema,
  language: documentLanguageSchema,
  participantId: z.string().nullable(),
  participantName: z.string(),
  courseId: z.string().nullable(),
  courseName: z.string(),
  issuedOn: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;

export const documentListSchema = z
  .object({
    search: textSchema(200).optional(),
    kind: documentKindSchema.optional(),
    courseId: idSchema.optional(),
  })
  .strict();

export const documentRevokeSchema = z.object({ id: idSchema, reason: z.string().trim().min(1).max(500) }).strict();

/** Print issued documents from their snapshots: into one PDF, or one PDF each into a folder. */
export const printDocumentsSchema = z
  .object({
    ids: z.array(idSchema).min(1).max(500),
    folder: backupFolderSchema.optional(),
  })
  .strict();
