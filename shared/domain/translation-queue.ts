import { z } from 'zod';
import { idSchema, isoDateSchema, languageCodeSchema, optionalTextSchema, rowMetaSchema, textSchema } from './common';

/**
 * The translation queue: before a theme or lesson with mother-tongue support, the assistants
 * translate its key words into the support languages. One task per subject (a theme, or a
 * lesson without a theme) and language. Tasks are made automatically from the plan (a sync
 * when the queue is read, never duplicating) or by hand; the words themselves are the
 * glossary's terms linked to the theme or lesson, so completeness is measured there.
 */
export const translationTaskStatuses = ['open', 'inProgress', 'done'] as const;
export const translationTaskStatusSchema = z.enum(translationTaskStatuses);
export type TranslationTaskStatus = z.infer<typeof translationTaskStatusSchema>;

/** How many days ahead of today the sync looks for lessons with support (four school weeks). */
export const translationQueueHorizonDays = 28;

/** Days before the lesson a task is due, as set in Innstillinger. */
export const translationLeadDaysSchema = z.number().int().min(0).max(60);
export const defaultTranslationLeadDays = 7;

/** Glossary terms of the task's theme or lesson, and how many have a translation in its language. */
export const termCountsSchema = z.object({
  total: z.number(),
  /** With a translation in the language, draft or checked. */
  translated: z.number(),
  /** Of those, how many are checked. */
  checked: z.number(),
});
export type TermCounts = z.infer<typeof termCountsSchema>;

/** Every term has a translation (and there is at least one term to translate). */
export const isComplete = (counts: TermCounts): boolean => counts.total > 0 && counts.translated === counts.total;

export const translationTaskSchema = rowMetaSchema.extend({
  courseId: z.string(),
  courseName: z.string(),
  subject: z.enum(['theme', 'lesson']),
  themeId: z.string().nullable(),
  lessonId: z.string().nullable(),
  /** The theme's name or the lesson's title. */
  subjectName: z.string(),
  /** The first lesson with support that the words are for (null when there is none any more). */
  lessonDate: z.string().nullable(),
  language: z.string(),
  dueDate: z.string(),
  status: translationTaskStatusSchema,
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  note: z.string(),
  /** Made by the sync from the plan, or by hand. */
  origin: z.enum(['auto', 'manual']),
  /** Past its due date and not done. */
  overdue: z.boolean(),
  terms: termCountsSchema,
});
export type TranslationTask = z.infer<typeof translationTaskSchema>;

/** The queue, filtered. `today` is for tests and for the renderer to pass the local date. */
export const translationQueueInputSchema = z
  .object({
    /** Only the classes this assistant works in, and the languages they cover or tasks given to them. */
    assistantId: idSchema.optional(),
    language: languageCodeSchema.optional(),
    courseId: idSchema.optional(),
    dueBefore: isoDateSchema.optional(),
    includeDone: z.boolean().default(false),
    today: isoDateSchema.optional(),
  })
  .strict();

export const translationQueueSchema = z.object({ today: z.string(), tasks: z.array(translationTaskSchema) });
export type TranslationQueue = z.infer<typeof translationQueueSchema>;

/** A task made by hand: for a theme or for a lesson, exactly one of them. Without a due date the usual one is used. */
export const translationTaskCreateSchema = z
  .object({
    themeId: idSchema.optional(),
    lessonId: idSchema.optional(),
    language: languageCodeSchema,
    dueDate: isoDateSchema.optional(),
    assigneeId: idSchema.nullable().default(null),
    note: optionalTextSchema(2000),
  })
  .strict()
  .refine((value) => (value.themeId === undefined) !== (value.lessonId === undefined), {
    message: 'required',
    path: ['themeId'],
  });

export const translationTaskUpdateSchema = z
  .object({
    id: idSchema,
    status: translationTaskStatusSchema.optional(),
    assigneeId: idSchema.nullable().optional(),
    note: textSchema(2000).optional(),
    dueDate: isoDateSchema.optional(),
  })
  .strict();

/** For the lesson page: the lesson's support languages and whether each one's words are ready. */
export const lessonTranslationStatusInputSchema = z.object({ lessonId: idSchema }).strict();
export const lessonTranslationStatusSchema = z.object({
  languages: z.array(
    z.object({
      language: z.string(),
      terms: termCountsSchema,
      ready: z.boolean(),
      taskId: z.string().nullable(),
      status: translationTaskStatusSchema.nullable(),
    }),
  ),
  readyCount: z.number(),
});
export type LessonTranslationStatus = z.infer<typeof lessonTranslationStatusSchema>;

// ---- «Planer for meg» ----

/** The next two weeks, from `from` (or today), of the classes an assistant works in. */
export const plansForMeDays = 14;
export const plansForMeInputSchema = z.object({ staffId: idSchema, from: isoDateSchema.optional() }).strict();

export const planLessonSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  courseName: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  title: z.string(),
  themeId: z.string().nullable(),
  themeName: z.string().nullable(),
  goals: z.array(z.object({ id: z.string(), textNb: z.string(), textEn: z.string(), level: z.string() })),
  /** Stored sanitised by core; the renderer sanitises again before showing it. */
  bodyHtml: z.string(),
  /** null: no mother-tongue support this lesson. */
  support: z
    .object({ languages: z.array(z.string()), assistantNames: z.array(z.string()), includesMe: z.boolean() })
    .nullable(),
});
export type PlanLesson = z.infer<typeof planLessonSchema>;

export const planDaySchema = z.object({
  date: z.string(),
  /** Classes whose day it is not a school day (practice days, days off, holidays), with why. */
  notAtSchool: z.array(
    z.object({
      courseId: z.string(),
      courseName: z.string(),
      reason: z.enum(['practice', 'none', 'holiday', 'break', 'closure', 'outsideCourse']),
      name: z.string(),
      holidayKey: z.string().optional(),
    }),
  ),
  lessons: z.array(planLessonSchema),
  /** At least one lesson that day has support. */
  hasSupport: z.boolean(),
});
export type PlanDay = z.infer<typeof planDaySchema>;

export const plansForMeSchema = z.object({
  staffId: z.string(),
  staffName: z.string(),
  from: z.string(),
  to: z.string(),
  courses: z.array(z.object({ id: z.string(), name: z.string() })),
  days: z.array(planDaySchema),
});
export type PlansForMe = z.infer<typeof plansForMeSchema>;
