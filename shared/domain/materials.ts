import { z } from 'zod';
import { idSchema, isoDateSchema, rowMetaSchema, searchSchema, textSchema } from './common';
import { goalIdListSchema } from './lessons';

/**
 * Material: a file a participant captured at the practice site (photo, audio, video, PDF,
 * office document). The bytes live once in the content-addressed store (name = SHA-256);
 * a material row holds what the teacher knows about it.
 */
export const materialKinds = ['image', 'audio', 'video', 'pdf', 'document'] as const;
export const materialKindSchema = z.enum(materialKinds);
export type MaterialKind = z.infer<typeof materialKindSchema>;

/** Other people can be seen or heard and did not agree: the item is never printed or exported. */
export const isBlocked = (consent: { othersAppear: boolean; othersConsent: boolean }): boolean =>
  consent.othersAppear && !consent.othersConsent;

const tagSchema = z.string().trim().min(1).max(60);
export const materialTagsSchema = z
  .array(tagSchema)
  .max(30)
  .refine((tags) => new Set(tags.map((tag) => tag.toLocaleLowerCase('nb'))).size === tags.length, {
    message: 'duplicate',
  });

/**
 * What the teacher can say about an item, at import and later. `othersAppear` records
 * whether people other than the participant can be seen or heard; `othersConsent` whether
 * they agreed. Both are needed before an item with other people may be printed or exported.
 */
const materialFields = {
  participantId: idSchema.nullable(),
  placementId: idSchema.nullable(),
  siteId: idSchema.nullable(),
  date: isoDateSchema.nullable(),
  caption: textSchema(2000),
  transcript: textSchema(20000),
  tags: materialTagsSchema,
  goalIds: goalIdListSchema,
  othersAppear: z.boolean(),
  othersConsent: z.boolean(),
};

/** Sent with every file at import; everything but the file name may be left out. */
export const materialImportMetadataSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    /** The file's last-modified time in ms since the epoch: the date when EXIF has none. */
    lastModified: z.number().int().nonnegative().optional(),
    ...z.object(materialFields).partial().shape,
  })
  .strict();
export type MaterialImportMetadata = z.input<typeof materialImportMetadataSchema>;

export const materialUpdateSchema = z
  .object({ id: idSchema, ...z.object(materialFields).partial().shape })
  .strict();
export type MaterialUpdate = z.input<typeof materialUpdateSchema>;

export const materialListSchema = z
  .object({
    participantId: idSchema.optional(),
    placementId: idSchema.optional(),
    siteId: idSchema.optional(),
    goalId: z.string().min(1).max(100).optional(),
    kind: materialKindSchema.optional(),
    /** One tag exactly as stored (the list from materials.tags). */
    tag: tagSchema.optional(),
    search: searchSchema,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
export type MaterialListInput = z.input<typeof materialListSchema>;

export const materialSchema = rowMetaSchema.extend({
  sha256: z.string(),
  kind: materialKindSchema,
  mediaType: z.string(),
  originalName: z.string(),
  size: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  /** True when `date` came from the photo's EXIF capture time. */
  dateFromExif: z.boolean(),
  participantId: z.string().nullable(),
  participantName: z.string().nullable(),
  placementId: z.string().nullable(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  date: z.string().nullable(),
  caption: z.string(),
  transcript: z.string(),
  tags: z.array(z.string()),
  goalIds: z.array(z.string()),
  othersAppear: z.boolean(),
  othersConsent: z.boolean(),
  /** Other people appear without their consent: never printed or exported. */
  blocked: z.boolean(),
  hasThumbnail: z.boolean(),
  /** The file is gone from the store (deleted by hand, disk restored from elsewhere). */
  fileMissing: z.boolean(),
});
export type Material = z.infer<typeof materialSchema>;

export const materialPageSchema = z.object({ items: z.array(materialSchema), total: z.number() });
export type MaterialPage = z.infer<typeof materialPageSchema>;

export const materialImportOutcomeSchema = z.object({
  material: materialSchema,
  /** The same bytes were already imported: `material` is the existing item, nothing new was stored. */
  duplicate: z.boolean(),
});
export type MaterialImportOutcome = z.infer<typeof materialImportOutcomeSchema>;

/** Evidence board: a participant's material grouped by goal, for one placement or all. */
export const evidenceBoardInputSchema = z
  .object({ participantId: idSchema, placementId: idSchema.optional() })
  .strict();
export type EvidenceBoardInput = z.input<typeof evidenceBoardInputSchema>;

const goalSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  level: z.string(),
  skill: z.string(),
});

export const evidenceBoardSchema = z.object({
  groups: z.array(
    z.object({
      goal: goalSummarySchema,
      /** The goal is in the training plan of the placement (or of any of the participant's placements). */
      inTrainingPlan: z.boolean(),
      materials: z.array(materialSchema),
    }),
  ),
  /** Material not linked to any goal yet. */
  unlinked: z.array(materialSchema),
});
export type EvidenceBoard = z.infer<typeof evidenceBoardSchema>;

/** The renderer's (same-origin) address of a stored file, in both shells. */
export type MaterialFileVariant = 'original' | 'thumbnail';
export const materialFilePathPrefix = '/media/materials/';
export const materialFileUrl = (material: Pick<Material, 'id'>, variant: MaterialFileVariant): string =>
  `${materialFilePathPrefix}${material.id}/${variant}`;

const materialFileUrlPattern =
  /^\/media\/materials\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(original|thumbnail)$/;

/**
 * The material and variant a same-origin file address points at, or undefined for anything
 * else. Lesson text may refer to material only by exactly this form (core's sanitiser and
 * lesson_material bookkeeping use it).
 */
export function parseMaterialFileUrl(url: string): { id: string; variant: MaterialFileVariant } | undefined {
  const match = materialFileUrlPattern.exec(url);
  return match ? { id: match[1]!, variant: match[2] as MaterialFileVariant } : undefined;
}
