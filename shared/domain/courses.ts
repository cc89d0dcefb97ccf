import { z } from 'zod';
import {
  endNotBeforeStart,
  idSchema,
  isoDateSchema,
  nameSchema,
  optionalTextSchema,
  rowMetaSchema,
  searchSchema,
  textSchema,
} from './common';

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1'] as const;
export const cefrLevelSchema = z.enum(cefrLevels);
export type CefrLevel = z.infer<typeof cefrLevelSchema>;

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof weekdays)[number];
export const dayKinds = ['school', 'practice', 'none'] as const;
export const dayKindSchema = z.enum(dayKinds);
export type DayKind = z.infer<typeof dayKindSchema>;

/** Which weekdays the class is at school and which at the practice site. */
export const weekPatternSchema = z
  .object({ mon: dayKindSchema, tue: dayKindSchema, wed: dayKindSchema, thu: dayKindSchema, fri: dayKindSchema })
  .strict();
export type WeekPattern = z.infer<typeof weekPatternSchema>;
export const defaultWeekPattern: WeekPattern = {
  mon: 'school', tue: 'school', wed: 'school', thu: 'school', fri: 'school',
};

export const tracks = [1, 2, 3] as const;
export const trackSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const uniqueIds = z
  .array(idSchema)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate' });

const courseFields = {
  name: nameSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  levelFrom: cefrLevelSchema,
  levelTo: cefrLevelSchema,
  track: trackSchema,
  weekPattern: weekPatternSchema,
  teacherIds: uniqueIds,
  assistantIds: uniqueIds,
  // No default here: the update schema makes fields optional, and a default would overwrite.
  note: textSchema(2000),
};

const levelOrder = (level: CefrLevel) => cefrLevels.indexOf(level);
const bandInOrder = (value: { levelFrom?: CefrLevel; levelTo?: CefrLevel }) =>
  !value.levelFrom || !value.levelTo || levelOrder(value.levelTo) >= levelOrder(value.levelFrom);

export const courseCreateSchema = z
  .object({
    ...courseFields,
    weekPattern: weekPatternSchema.default(defaultWeekPattern),
    teacherIds: uniqueIds.default([]),
    assistantIds: uniqueIds.default([]),
    note: optionalTextSchema(2000),
  })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] })
  .refine(bandInOrder, { message: 'endBeforeStart', path: ['levelTo'] });

/** Partial update; dates and level band are checked against the stored row in core. */
export const courseUpdateSchema = z
  .object({ id: idSchema, ...z.object(courseFields).partial().shape })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] })
  .refine(bandInOrder, { message: 'endBeforeStart', path: ['levelTo'] });

export const courseListSchema = z.object({ search: searchSchema }).strict();

export const enrolmentSchema = z.object({ courseId: idSchema, participantId: idSchema }).strict();

export const courseSchema = rowMetaSchema.extend({
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  levelFrom: cefrLevelSchema,
  levelTo: cefrLevelSchema,
  track: z.number(),
  weekPattern: weekPatternSchema,
  teacherIds: z.array(z.string()),
  assistantIds: z.array(z.string()),
  participantIds: z.array(z.string()),
  note: z.string(),
});
export type Course = z.infer<typeof courseSchema>;
export type CourseCreate = z.input<typeof courseCreateSchema>;
export type CourseUpdate = z.input<typeof courseUpdateSchema>;

/** Participants of a class grouped by mother tongue, with the assistants who cover it. */
export const languageGroupsSchema = z.object({
  groups: z.array(
    z.object({
      language: z.string(),
      participantIds: z.array(z.string()),
      assistantIds: z.array(z.string()),
    }),
  ),
  /** Participants none of whose mother tongues an assistant of the class covers. */
  uncoveredParticipantIds: z.array(z.string()),
});
export type LanguageGroups = z.infer<typeof languageGroupsSchema>;
