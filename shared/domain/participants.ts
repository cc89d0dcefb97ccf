import { z } from 'zod';
import {
  endNotBeforeStart,
  idSchema,
  isoDateSchema,
  languageListSchema,
  nameSchema,
  optionalTextSchema,
  rowMetaSchema,
  searchSchema,
} from './common';

export const programmes = ['introduction', 'jobbsjansen', 'kvp', 'nav', 'self_paying', 'other'] as const;
export const programmeSchema = z.enum(programmes);
export type Programme = z.infer<typeof programmeSchema>;

const participantFields = {
  givenName: nameSchema,
  familyName: z.string().trim().max(200).default(''),
  /** Mother tongues as ISO 639 codes, the main one first. */
  motherTongues: languageListSchema.default([]),
  programme: programmeSchema,
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  consentPhoto: z.boolean().default(false),
  consentShareWithSite: z.boolean().default(false),
  note: optionalTextSchema(2000),
};

export const participantCreateSchema = z
  .object(participantFields)
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] });

export const participantUpdateSchema = z
  .object({
    id: idSchema,
    givenName: nameSchema.optional(),
    familyName: z.string().trim().max(200).optional(),
    motherTongues: languageListSchema.optional(),
    programme: programmeSchema.optional(),
    startDate: isoDateSchema.nullable().optional(),
    endDate: isoDateSchema.nullable().optional(),
    consentPhoto: z.boolean().optional(),
    consentShareWithSite: z.boolean().optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] });

export const participantSortKeys = ['name', 'startDate', 'programme'] as const;
export const participantListSchema = z
  .object({
    search: searchSchema,
    courseId: idSchema.optional(),
    programme: programmeSchema.optional(),
    motherTongue: z.string().max(12).optional(),
    sort: z.enum(participantSortKeys).default('name'),
  })
  .strict();

export const participantSchema = rowMetaSchema.extend({
  givenName: z.string(),
  familyName: z.string(),
  motherTongues: z.array(z.string()),
  programme: programmeSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  consentPhoto: z.boolean(),
  consentShareWithSite: z.boolean(),
  note: z.string(),
  courseIds: z.array(z.string()),
});
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantCreate = z.input<typeof participantCreateSchema>;
export type ParticipantUpdate = z.input<typeof participantUpdateSchema>;

export const participantDisplayName = (p: Pick<Participant, 'givenName' | 'familyName'>): string =>
  [p.givenName, p.familyName].filter(Boolean).join(' ');
