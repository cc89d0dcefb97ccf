import { z } from 'zod';
import { idSchema, textSchema } from './common';

/**
 * Attendance per lesson and the hours ledger built from it. Minutes are the unit everywhere:
 * a lesson's length comes from its start and end time, so planned hours never drift from the plan.
 */
export const attendanceStatuses = ['present', 'absent', 'valid_absence', 'partial'] as const;
export const attendanceStatusSchema = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

/** A lesson is at most one day long; the exact upper bound (lesson length) is checked in core. */
export const minutesAttendedSchema = z.number().int().min(1).max(1440);

/**
 * One participant's entry. `status: null` removes the record again (the renderer's undo
 * of a first registration). Minutes belong to 'partial' only, and 'partial' needs them.
 */
export const attendanceEntrySchema = z
  .object({
    participantId: idSchema,
    status: attendanceStatusSchema.nullable(),
    minutesAttended: minutesAttendedSchema.optional(),
    note: textSchema(500).optional(),
  })
  .strict()
  .refine((entry) => entry.status !== 'partial' || entry.minutesAttended !== undefined, {
    message: 'required',
    path: ['minutesAttended'],
  })
  .refine((entry) => entry.status === 'partial' || entry.minutesAttended === undefined, {
    message: 'invalidValue',
    path: ['minutesAttended'],
  });
export type AttendanceEntry = z.input<typeof attendanceEntrySchema>;

export const attendanceRecordInputSchema = z
  .object({
    lessonId: idSchema,
    entries: z
      .array(attendanceEntrySchema)
      .min(1)
      .max(200)
      .refine((entries) => new Set(entries.map((entry) => entry.participantId)).size === entries.length, {
        message: 'duplicate',
      }),
  })
  .strict();

export const attendanceLessonInputSchema = z.object({ lessonId: idSchema }).strict();
export const attendanceLedgerInputSchema = z.object({ participantId: idSchema, courseId: idSchema.optional() }).strict();
export const attendanceCourseInputSchema = z.object({ courseId: idSchema }).strict();

export const attendanceRecordSchema = z.object({
  id: z.string(),
  lessonId: z.string(),
  participantId: z.string(),
  status: attendanceStatusSchema,
  minutesAttended: z.number().nullable(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

/** One row of a lesson's register: `enrolled` is false for someone recorded who has left the class since. */
export const attendanceRowSchema = z.object({
  participantId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  enrolled: z.boolean(),
  record: attendanceRecordSchema.nullable(),
});
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

export const lessonAttendanceSchema = z.object({
  lessonId: z.string(),
  courseId: z.string(),
  lessonMinutes: z.number(),
  cancelled: z.boolean(),
  rows: z.array(attendanceRowSchema),
});
export type LessonAttendance = z.infer<typeof lessonAttendanceSchema>;

/** markAllPresent also says whom it marked, so the renderer can undo exactly that. */
export const markAllPresentResultSchema = lessonAttendanceSchema.extend({ markedIds: z.array(z.string()) });

/**
 * Totals over a set of lessons. `plannedMinutes` counts lessons held so far (up to today,
 * and any later lesson that already has a record); `futureMinutes` the planned ones after
 * that. `percent` is attended of planned, one decimal, null while nothing is planned.
 */
export const hoursTotalsSchema = z.object({
  lessonCount: z.number(),
  plannedMinutes: z.number(),
  futureMinutes: z.number(),
  attendedMinutes: z.number(),
  validAbsenceMinutes: z.number(),
  absentMinutes: z.number(),
  unrecordedMinutes: z.number(),
  percent: z.number().nullable(),
});
export type HoursTotals = z.infer<typeof hoursTotalsSchema>;

export const ledgerLessonSchema = z.object({
  lessonId: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  title: z.string(),
  lessonMinutes: z.number(),
  future: z.boolean(),
  status: attendanceStatusSchema.nullable(),
  attendedMinutes: z.number(),
});
export type LedgerLesson = z.infer<typeof ledgerLessonSchema>;

export const ledgerCourseSchema = z.object({
  courseId: z.string(),
  courseName: z.string(),
  totals: hoursTotalsSchema,
  lessons: z.array(ledgerLessonSchema),
});
export type LedgerCourse = z.infer<typeof ledgerCourseSchema>;

export const hoursLedgerSchema = z.object({
  participantId: z.string(),
  today: z.string(),
  courses: z.array(ledgerCourseSchema),
  total: hoursTotalsSchema,
});
export type HoursLedger = z.infer<typeof hoursLedgerSchema>;

export const courseAttendanceSummarySchema = z.object({
  courseId: z.string(),
  today: z.string(),
  rows: z.array(
    z.object({ participantId: z.string(), givenName: z.string(), familyName: z.string(), totals: hoursTotalsSchema }),
  ),
});
export type CourseAttendanceSummary = z.infer<typeof courseAttendanceSummarySchema>;

/** Minutes between two HH:MM times of the same day. */
export function minutesBetween(start: string, end: string): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return toMinutes(end) - toMinutes(start);
}
