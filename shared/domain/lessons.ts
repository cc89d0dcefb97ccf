import { z } from 'zod';
import { byIdSchema, idSchema, isoDateSchema, languageListSchema, rowMetaSchema } from './common';
import { dayKindSchema } from './courses';
import { goalIdSchema } from './goals';

/** A clock time as HH:MM, 00:00–23:59. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalidValue' });

export const lessonStatuses = ['planned', 'cancelled'] as const;
export const lessonStatusSchema = z.enum(lessonStatuses);
export type LessonStatus = z.infer<typeof lessonStatusSchema>;

/**
 * Lesson text is HTML from the editor. Photos are stored inline as data: URLs until the
 * material store exists, so the limit is generous; the HTTP route refuses bodies over 5 MiB.
 */
export const lessonBodyMax = 2_000_000;
export const lessonTitleSchema = z.string().trim().min(1).max(200);

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).refine((items) => new Set(items).size === items.length, { message: 'duplicate' });

export const goalIdListSchema = uniqueList(goalIdSchema, 100);

/** Which assistants and which languages support the lesson; null means no mother-tongue support. */
export const motherTongueSupportSchema = z
  .object({ assistantIds: uniqueList(idSchema, 10), languages: languageListSchema })
  .strict();
export type MotherTongueSupport = z.infer<typeof motherTongueSupportSchema>;

const endAfterStart = (value: { startTime?: string; endTime?: string }) =>
  !value.startTime || !value.endTime || value.endTime > value.startTime;

const lessonFields = {
  date: isoDateSchema,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema,
  title: lessonTitleSchema,
  themeId: idSchema.nullable(),
  goalIds: goalIdListSchema,
  support: motherTongueSupportSchema.nullable(),
  bodyHtml: z.string().max(lessonBodyMax),
  locked: z.boolean(),
  status: lessonStatusSchema,
};

export const lessonCreateSchema = z
  .object({
    courseId: idSchema,
    ...lessonFields,
    themeId: idSchema.nullable().default(null),
    goalIds: goalIdListSchema.default([]),
    support: motherTongueSupportSchema.nullable().default(null),
    bodyHtml: z.string().max(lessonBodyMax).default(''),
    locked: z.boolean().default(false),
    status: lessonStatusSchema.default('planned'),
  })
  .strict()
  .refine(endAfterStart, { message: 'endBeforeStart', path: ['endTime'] });

/** Partial update; the time pair is checked against the stored row in core. */
export const lessonUpdateSchema = z
  .object({ id: idSchema, ...z.object(lessonFields).partial().shape })
  .strict()
  .refine(endAfterStart, { message: 'endBeforeStart', path: ['endTime'] });
export type LessonUpdate = z.input<typeof lessonUpdateSchema>;

export const lessonSchema = rowMetaSchema.extend({
  courseId: z.string(),
  themeId: z.string().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  title: z.string(),
  bodyHtml: z.string(),
  status: lessonStatusSchema,
  locked: z.boolean(),
  slotIndex: z.number(),
  support: motherTongueSupportSchema.nullable(),
  goalIds: z.array(z.string()),
});
export type Lesson = z.infer<typeof lessonSchema>;

/** A lesson as a week card shows it: no body, but the theme's name. */
export const lessonCardSchema = lessonSchema.omit({ bodyHtml: true }).extend({ themeName: z.string().nullable() });
export type LessonCard = z.infer<typeof lessonCardSchema>;

// ---- Week view ----

export const lessonWeekInputSchema = z
  .object({
    courseId: idSchema,
    isoYear: z.number().int().min(1900).max(2200),
    isoWeek: z.number().int().min(1).max(53),
  })
  .strict();

export const closedDaySchema = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'break', 'closure']),
  name: z.string(),
  holidayKey: z.string().optional(),
});
export type ClosedDayView = z.infer<typeof closedDaySchema>;

export const weekDaySchema = z.object({
  date: z.string(),
  weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri']),
  /** From the class's week pattern; 'none' also for days outside the course period. */
  kind: dayKindSchema,
  inCourse: z.boolean(),
  closed: closedDaySchema.optional(),
  lessons: z.array(lessonCardSchema),
});
export type WeekDay = z.infer<typeof weekDaySchema>;

export const lessonWeekSchema = z.object({
  courseId: z.string(),
  isoYear: z.number(),
  isoWeek: z.number(),
  days: z.array(weekDaySchema),
});
export type LessonWeek = z.infer<typeof lessonWeekSchema>;

// ---- Planning operations ----

/** At most 400 days in one go (a school year fits); the error text says the same. */
export const planningRangeMaxDays = 400;

export const lessonGenerateSchema = z
  .object({
    courseId: idSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    startTime: clockTimeSchema,
    endTime: clockTimeSchema,
    titlePrefix: lessonTitleSchema.optional(),
    /** Without it nothing is stored: the answer is the preview. */
    confirm: z.boolean().default(false),
  })
  .strict()
  .refine(endAfterStart, { message: 'endBeforeStart', path: ['endTime'] })
  .refine((value) => value.to >= value.from, { message: 'endBeforeStart', path: ['to'] });

export const generateSkipReasons = ['holiday', 'break', 'closure', 'hasLesson'] as const;
export const lessonGeneratePreviewSchema = z.object({
  confirmed: z.boolean(),
  lessons: z.array(z.object({ date: z.string(), startTime: z.string(), endTime: z.string(), title: z.string() })),
  skipped: z.array(z.object({ date: z.string(), reason: z.enum(generateSkipReasons), name: z.string() })),
  createdIds: z.array(z.string()),
});
export type LessonGeneratePreview = z.infer<typeof lessonGeneratePreviewSchema>;

export const lessonMoveSchema = z
  .object({ id: idSchema, date: isoDateSchema, slotIndex: z.number().int().min(0).max(50) })
  .strict();

export const lessonBumpSchema = z
  .object({ courseId: idSchema, fromDate: isoDateSchema, direction: z.union([z.literal(1), z.literal(-1)]) })
  .strict();

export const lessonMoveResultSchema = z.object({
  id: z.string(),
  fromDate: z.string(),
  fromSlot: z.number(),
  toDate: z.string(),
  toSlot: z.number(),
});
export type LessonMoveResult = z.infer<typeof lessonMoveResultSchema>;
export const lessonMovesSchema = z.object({ moves: z.array(lessonMoveResultSchema) });

/** Puts lessons back where a bump found them (the renderer's undo). */
export const lessonApplyMovesSchema = z
  .object({
    moves: z
      .array(z.object({ id: idSchema, date: isoDateSchema, slotIndex: z.number().int().min(0).max(50) }).strict())
      .min(1)
      .max(2000),
  })
  .strict();

export const lessonCancelToEndResultSchema = z.object({ cancelled: lessonSchema, replacement: lessonSchema });

export const lessonVersionSchema = z.object({
  id: z.string(),
  lessonId: z.string(),
  createdAt: z.string(),
  bodyHtml: z.string(),
});
export type LessonVersion = z.infer<typeof lessonVersionSchema>;
export const lessonRestoreVersionSchema = z.object({ id: idSchema, versionId: idSchema }).strict();

export const lessonByIdSchema = byIdSchema;
