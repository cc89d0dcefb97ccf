import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';
import { planningRangeMaxDays } from './lessons';

/**
 * «Kopier plan»: a day, an ISO week, a theme or a whole period of one class copied to
 * another class (or to the next school year). One input shape serves both the preview
 * (changes nothing) and the commit (re-computes and stores in one transaction).
 */

/** More lessons than this in one copy is surely a mistake (a school year has about 190 school days). */
export const copyMaxLessons = 2000;

const isoYearSchema = z.number().int().min(1900).max(2200);
const isoWeekSchema = z.number().int().min(1).max(53);

const copyDaySchema = z
  .object({
    kind: z.literal('day'),
    sourceCourseId: idSchema,
    date: isoDateSchema,
    targetCourseId: idSchema,
    /** Defaults to the source date (a parallel class on the same day). */
    targetDate: isoDateSchema.optional(),
  })
  .strict();

const copyWeekSchema = z
  .object({
    kind: z.literal('week'),
    sourceCourseId: idSchema,
    isoYear: isoYearSchema,
    isoWeek: isoWeekSchema,
    targetCourseId: idSchema,
    /** Default: the same week. */
    targetIsoYear: isoYearSchema.optional(),
    targetIsoWeek: isoWeekSchema.optional(),
  })
  .strict();

const copyThemeSchema = z
  .object({
    kind: z.literal('theme'),
    themeId: idSchema,
    targetCourseId: idSchema,
    /** The theme's first school day lands on the first school day of the target class on or after this date. */
    targetStartDate: isoDateSchema,
  })
  .strict();

const copyPeriodSchema = z
  .object({
    kind: z.literal('period'),
    sourceCourseId: idSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    targetCourseId: idSchema,
    targetStartDate: isoDateSchema,
  })
  .strict()
  .refine((value) => value.to >= value.from, { message: 'endBeforeStart', path: ['to'] });

export const lessonCopySchema = z.discriminatedUnion('kind', [copyDaySchema, copyWeekSchema, copyThemeSchema, copyPeriodSchema]);
export type LessonCopyInput = z.input<typeof lessonCopySchema>;
export type LessonCopyKind = LessonCopyInput['kind'];
export const copyPeriodMaxDays = planningRangeMaxDays;

/** Why a copied lesson changed on the way: the target class has no such theme, or not those assistants. */
export const copyWarnings = ['themeDropped', 'assistantsDropped'] as const;
export type CopyWarning = (typeof copyWarnings)[number];

/** Why a source lesson is not copied; nothing is ever moved to another day silently. */
export const copySkipReasons = [
  'holiday',
  'break',
  'closure',
  'practiceDay',
  'noSchoolDay',
  'outsideCourse',
  'sourceNotSchoolDay',
  'cancelled',
] as const;
export type CopySkipReason = (typeof copySkipReasons)[number];

const copyItemSchema = z.object({
  sourceId: z.string(),
  sourceDate: z.string(),
  targetDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  title: z.string(),
  warnings: z.array(z.enum(copyWarnings)),
});
export type CopyItem = z.infer<typeof copyItemSchema>;

const copySkipSchema = z.object({
  sourceId: z.string(),
  sourceDate: z.string(),
  /** Where it would have gone, when the mapping found a day at all. */
  targetDate: z.string().nullable(),
  title: z.string(),
  reason: z.enum(copySkipReasons),
  /** A holiday's, break's or closure's name. */
  name: z.string(),
});
export type CopySkip = z.infer<typeof copySkipSchema>;

const copyThemeItemSchema = z.object({
  sourceId: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});

export const lessonCopyResultSchema = z.object({
  kind: z.enum(['day', 'week', 'theme', 'period']),
  targetCourseId: z.string(),
  items: z.array(copyItemSchema),
  skipped: z.array(copySkipSchema),
  /** Target days that already hold lessons: the copies go after them. */
  conflicts: z.array(z.object({ date: z.string(), existing: z.number() })),
  themes: z.array(copyThemeItemSchema),
  /** Themes with no school day to land on in the target class. */
  skippedThemes: z.array(z.object({ sourceId: z.string(), name: z.string() })),
  /** Empty for a preview; the new rows after a commit, for undo. */
  createdLessonIds: z.array(z.string()),
  createdThemeIds: z.array(z.string()),
});
export type LessonCopyResult = z.infer<typeof lessonCopyResultSchema>;

/** The undo of a copy: moves the new lessons (and themes) to the bin, in one step. */
export const lessonDeleteManySchema = z
  .object({
    ids: z.array(idSchema).max(copyMaxLessons).refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate' }),
    themeIds: z.array(idSchema).max(200).default([]),
  })
  .strict();
export const lessonDeleteManyResultSchema = z.object({ deleted: z.number() });
