import { z } from 'zod';
import { endNotBeforeStart, idSchema, isoDateSchema, nameSchema, rowMetaSchema } from '../common';
import { daysBetween, weekdayKeys } from './dates';
import { holidayKeys } from './norwegian-holidays';

/** The longest span one calendar request or one school year may cover. */
export const maxCalendarDays = 400;

const realDate = (value: string | undefined): value is string => isoDateSchema.safeParse(value).success;

/** Checked only on real dates: zod runs object refinements even when a field already failed. */
const spanNotTooLong = (value: { startDate?: string; endDate?: string }): boolean =>
  !realDate(value.startDate) || !realDate(value.endDate) || daysBetween(value.startDate, value.endDate) < maxCalendarDays;

// ── School years ────────────────────────────────────────────────────────────────────────
const schoolYearFields = { name: nameSchema, startDate: isoDateSchema, endDate: isoDateSchema };

export const schoolYearCreateSchema = z
  .object(schoolYearFields)
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] })
  .refine(spanNotTooLong, { message: 'rangeTooLong', path: ['endDate'] });

/** Partial update; the merged dates are checked in core against the year's closures. */
export const schoolYearUpdateSchema = z
  .object({ id: idSchema, ...z.object(schoolYearFields).partial().shape })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] })
  .refine(spanNotTooLong, { message: 'rangeTooLong', path: ['endDate'] });

export const schoolYearSchema = rowMetaSchema.extend({ name: z.string(), startDate: z.string(), endDate: z.string() });
export type SchoolYear = z.infer<typeof schoolYearSchema>;
export type SchoolYearCreate = z.input<typeof schoolYearCreateSchema>;

// ── Breaks and closure days ─────────────────────────────────────────────────────────────
/** break = a ferie (høstferie, juleferie …); closure = single closed days such as a planleggingsdag. */
export const closureKinds = ['break', 'closure'] as const;
export const closureKindSchema = z.enum(closureKinds);
export type ClosureKind = z.infer<typeof closureKindSchema>;

const closureFields = {
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  kind: closureKindSchema,
  name: nameSchema,
  /** null closes the whole centre; a class id closes only that class. */
  courseId: idSchema.nullable(),
};

export const closureCreateSchema = z
  .object({ schoolYearId: idSchema, ...closureFields, courseId: closureFields.courseId.default(null) })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] });

export const closureUpdateSchema = z
  .object({ id: idSchema, ...z.object(closureFields).partial().shape })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] });

export const closureListSchema = z.object({ schoolYearId: idSchema }).strict();

export const closureSchema = rowMetaSchema.extend({
  schoolYearId: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  kind: closureKindSchema,
  name: z.string(),
  courseId: z.string().nullable(),
});
export type Closure = z.infer<typeof closureSchema>;
export type ClosureCreate = z.input<typeof closureCreateSchema>;

// ── Days for the planner and the overview ───────────────────────────────────────────────
export const calendarDaysInputSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema, courseId: idSchema.optional() })
  .strict()
  .refine((value) => value.to >= value.from, { message: 'endBeforeStart', path: ['to'] })
  .refine((value) => !realDate(value.from) || !realDate(value.to) || daysBetween(value.from, value.to) < maxCalendarDays, {
    message: 'rangeTooLong',
    path: ['to'],
  });

export const closedDaySchema = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'break', 'closure']),
  name: z.string(),
  holidayKey: z.enum(holidayKeys).optional(),
});

export type ClosedDay = z.infer<typeof closedDaySchema>;

export const calendarDaySchema = z.object({
  date: z.string(),
  /** ISO week number; with isoWeekYear, since 1 January may sit in week 53 of the year before. */
  isoWeek: z.number(),
  isoWeekYear: z.number(),
  weekday: z.enum(weekdayKeys),
  closed: closedDaySchema.optional(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

// ── Suggested breaks ────────────────────────────────────────────────────────────────────
export const suggestedBreakKeys = ['autumn', 'christmas', 'winter', 'easter'] as const;

/** A proposal only: the user reviews it and saves it with calendar.closures.create. */
export const suggestedBreakSchema = z.object({
  key: z.enum(suggestedBreakKeys),
  /** Bokmål name; the UI shows calendar.suggest.names.<key> in the user's language. */
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  kind: z.literal('break'),
});
export type SuggestedBreak = z.infer<typeof suggestedBreakSchema>;
