import { z } from 'zod';
import { byIdSchema, idSchema, isoDateSchema, optionalTextSchema, rowMetaSchema, textSchema } from './common';
import { goalIdSchema } from './goals';

/**
 * Following up a placement: the training plan (opplæringsplan), status meetings, site visits,
 * tasks for the buddy (fadder) and the language-practice hours. The rules that need date
 * arithmetic (when the next status meeting is due) live in core; these are the shapes.
 */

const unique = (values: readonly string[]) => new Set(values).size === values.length;

// ---- Training plan ----

/** How far the participant has come with a work task: planlagt, øver på, mestrer. */
export const workTaskStatuses = ['planned', 'practising', 'mastered'] as const;
export const workTaskStatusSchema = z.enum(workTaskStatuses);
export type WorkTaskStatus = z.infer<typeof workTaskStatusSchema>;

/** A work task as typed: may be empty while it is being written; printing leaves empty ones out. */
export const workTaskSchema = z.object({ text: textSchema(500), status: workTaskStatusSchema }).strict();
export type WorkTask = z.infer<typeof workTaskSchema>;

const trainingPlanFields = {
  /** When the plan was agreed with the site, and with whom there (free text: names, roles). */
  agreedOn: isoDateSchema.nullable(),
  agreedWith: textSchema(300),
  goalIds: z.array(goalIdSchema).max(40).refine(unique, { message: 'duplicate' }),
  tasks: z.array(workTaskSchema).max(40),
  note: textSchema(4000),
};

/** A placement has one plan; its id is the placement's id, so it edits like any other record. */
export const trainingPlanUpdateSchema = z
  .object({ id: idSchema, ...z.object(trainingPlanFields).partial().shape })
  .strict();
export type TrainingPlanUpdate = z.input<typeof trainingPlanUpdateSchema>;

/** Input naming one placement: its plan, its rows, its printed plan. */
export const placementRowsSchema = z.object({ placementId: idSchema }).strict();
export const trainingPlanGetSchema = placementRowsSchema;

export const trainingPlanSchema = rowMetaSchema.extend({
  placementId: z.string(),
  agreedOn: z.string().nullable(),
  agreedWith: z.string(),
  goalIds: z.array(z.string()),
  tasks: z.array(z.object({ text: z.string(), status: workTaskStatusSchema })),
  note: z.string(),
});
export type TrainingPlan = z.infer<typeof trainingPlanSchema>;

// ---- Status meetings ----

/** The usual people at a status meeting, ticked; anyone else is written beside them. */
export const meetingAttendees = ['participant', 'buddy', 'teacher'] as const;
export const meetingAttendeeSchema = z.enum(meetingAttendees);
export type MeetingAttendee = z.infer<typeof meetingAttendeeSchema>;

const attendeesSchema = z
  .array(meetingAttendeeSchema)
  .max(3)
  .refine(unique, { message: 'duplicate' })
  .transform((list) => meetingAttendees.filter((who) => list.includes(who)));

const statusMeetingFields = {
  date: isoDateSchema,
  attendees: attendeesSchema,
  otherAttendees: textSchema(500),
  agreed: textSchema(4000),
  nextSteps: textSchema(4000),
};

export const statusMeetingCreateSchema = z
  .object({
    placementId: idSchema,
    ...statusMeetingFields,
    attendees: attendeesSchema.default([]),
    otherAttendees: optionalTextSchema(500),
    agreed: optionalTextSchema(4000),
    nextSteps: optionalTextSchema(4000),
  })
  .strict();
export type StatusMeetingCreate = z.input<typeof statusMeetingCreateSchema>;

export const statusMeetingUpdateSchema = z
  .object({ id: idSchema, ...z.object(statusMeetingFields).partial().shape })
  .strict();

export const statusMeetingSchema = rowMetaSchema.extend({
  placementId: z.string(),
  date: z.string(),
  attendees: z.array(meetingAttendeeSchema),
  otherAttendees: z.string(),
  agreed: z.string(),
  nextSteps: z.string(),
});
export type StatusMeeting = z.infer<typeof statusMeetingSchema>;

/** A status meeting is due 3 months after the start or the last meeting: upcoming, due (≤ 14 days) or overdue. */
export const meetingDueStates = ['upcoming', 'due', 'overdue'] as const;
export const nextMeetingSchema = z
  .object({
    dueDate: z.string(),
    state: z.enum(meetingDueStates),
    /** The last meeting held, or null when the count starts from the placement's start. */
    lastMeetingDate: z.string().nullable(),
  })
  .nullable();
export type NextMeeting = z.infer<typeof nextMeetingSchema>;

// ---- Site visits ----

const siteVisitFields = {
  date: isoDateSchema,
  observed: textSchema(4000),
  /** Material collected at the visit, as free text until it can point at captured files. */
  material: textSchema(4000),
  followUp: textSchema(4000),
};

export const siteVisitCreateSchema = z
  .object({
    placementId: idSchema,
    ...siteVisitFields,
    observed: optionalTextSchema(4000),
    material: optionalTextSchema(4000),
    followUp: optionalTextSchema(4000),
  })
  .strict();
export type SiteVisitCreate = z.input<typeof siteVisitCreateSchema>;

export const siteVisitUpdateSchema = z.object({ id: idSchema, ...z.object(siteVisitFields).partial().shape }).strict();

export const siteVisitSchema = rowMetaSchema.extend({
  placementId: z.string(),
  date: z.string(),
  observed: z.string(),
  material: z.string(),
  followUp: z.string(),
});
export type SiteVisit = z.infer<typeof siteVisitSchema>;

// ---- Buddy tasks ----

/** A task for the buddy is given; it comes back answered, or is dropped. */
export const buddyTaskStatuses = ['given', 'answered', 'dropped'] as const;
export const buddyTaskStatusSchema = z.enum(buddyTaskStatuses);
export type BuddyTaskStatus = z.infer<typeof buddyTaskStatusSchema>;

const buddyTaskFields = {
  text: z.string().trim().min(1).max(2000),
  givenOn: isoDateSchema,
  dueOn: isoDateSchema.nullable(),
  status: buddyTaskStatusSchema,
  /** Set when the task came back; core fills in today when a task is marked answered without it. */
  answeredOn: isoDateSchema.nullable(),
  /** What came back from the site. */
  answer: textSchema(4000),
};

const dueNotBeforeGiven = (task: { givenOn?: string; dueOn?: string | null }) =>
  !task.givenOn || !task.dueOn || task.dueOn >= task.givenOn;

export const buddyTaskCreateSchema = z
  .object({
    placementId: idSchema,
    ...buddyTaskFields,
    dueOn: isoDateSchema.nullable().default(null),
    status: buddyTaskStatusSchema.default('given'),
    answeredOn: isoDateSchema.nullable().default(null),
    answer: optionalTextSchema(4000),
  })
  .strict()
  .refine(dueNotBeforeGiven, { message: 'endBeforeStart', path: ['dueOn'] });
export type BuddyTaskCreate = z.input<typeof buddyTaskCreateSchema>;

export const buddyTaskUpdateSchema = z
  .object({ id: idSchema, ...z.object(buddyTaskFields).partial().shape })
  .strict()
  .refine(dueNotBeforeGiven, { message: 'endBeforeStart', path: ['dueOn'] });

export const buddyTaskSchema = rowMetaSchema.extend({
  placementId: z.string(),
  text: z.string(),
  givenOn: z.string(),
  dueOn: z.string().nullable(),
  status: buddyTaskStatusSchema,
  answeredOn: z.string().nullable(),
  answer: z.string(),
});
export type BuddyTask = z.infer<typeof buddyTaskSchema>;

// ---- Follow-up overview and language-practice hours ----

/** "Today" is the local date; tests and the overview may fix it. */
const todaySchema = isoDateSchema.optional();

export const followUpOverviewInputSchema = z.object({ today: todaySchema }).strict();
export const placementFollowUpInputSchema = z.object({ placementId: idSchema, today: todaySchema }).strict();

const placementRefSchema = z.object({
  placementId: z.string(),
  participantId: z.string(),
  participantName: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});

export const followUpOverviewSchema = z.object({
  today: z.string(),
  /** Placements whose next status meeting is due within 14 days or overdue, most urgent first. */
  meetings: z.array(placementRefSchema.extend({ dueDate: z.string(), state: z.enum(['due', 'overdue']), lastMeetingDate: z.string().nullable() })),
  /** Placements ending within 4 weeks, soonest first. */
  endingSoon: z.array(placementRefSchema.extend({ daysLeft: z.number() })),
});
export type FollowUpOverview = z.infer<typeof followUpOverviewSchema>;

/** What counts as pedagogical follow-up of a practice day; 'lesson' is a lesson built from the placement's material. */
export const followUpKinds = ['task', 'visit', 'lesson'] as const;
export const followUpEventSchema = z.object({
  date: z.string(),
  kind: z.enum(followUpKinds),
  label: z.string(),
});
export type FollowUpEvent = z.infer<typeof followUpEventSchema>;

export const practiceWeekSchema = z.object({
  isoYear: z.number(),
  isoWeek: z.number(),
  monday: z.string(),
  practiceDays: z.array(z.string()),
  /** Weekdays of the placement in this week that are not school days (holidays, breaks, closures). */
  closedDays: z.array(z.object({ date: z.string(), name: z.string() })),
  events: z.array(followUpEventSchema),
  followedUp: z.boolean(),
  /** The week has begun (its Monday is today or earlier). */
  started: z.boolean(),
});
export type PracticeWeek = z.infer<typeof practiceWeekSchema>;

export const practiceHoursSchema = z.object({
  placementId: z.string(),
  today: z.string(),
  hoursPerDay: z.number(),
  totalDays: z.number(),
  daysSoFar: z.number(),
  totalHours: z.number(),
  hoursSoFar: z.number(),
  followedUpDays: z.number(),
  followedUpHours: z.number(),
  weeks: z.array(practiceWeekSchema),
});
export type PracticeHours = z.infer<typeof practiceHoursSchema>;

// ---- Printing ----

export const printTrainingPlanSchema = placementRowsSchema;
export const printBuddyTaskSchema = byIdSchema;
