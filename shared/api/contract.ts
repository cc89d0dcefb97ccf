import { z } from 'zod';
import { byIdSchema } from '../domain/common';
import {
  courseCreateSchema,
  courseListSchema,
  courseSchema,
  courseUpdateSchema,
  enrolmentSchema,
  languageGroupsSchema,
} from '../domain/courses';
import {
  participantCreateSchema,
  participantListSchema,
  participantSchema,
  participantUpdateSchema,
} from '../domain/participants';
import { appInfoSchema, settingsSchema, settingsUpdateSchema } from '../domain/settings';
import { apiChannel, isMethodName, methodNames, type MethodName } from './method-names';
import { staffCreateSchema, staffListSchema, staffSchema, staffUpdateSchema, type StaffRole } from '../domain/staff';

/** Who may call a method. Reading is open to every profile; changing data is for teachers and admins. */
const everyone: readonly StaffRole[] = ['teacher', 'assistant', 'admin'];
const editors: readonly StaffRole[] = ['teacher', 'admin'];

const empty = z.object({}).strict();
const nothing = z.null();

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  roles: readonly StaffRole[];
}

/**
 * The one API contract: method name → input schema, output schema, roles allowed.
 * Preload, the HTTP server, the handlers and the renderer's client are all derived from it.
 */
export const contract = {
  'app.info': { input: empty, output: appInfoSchema, roles: everyone },
  'settings.get': { input: empty, output: settingsSchema, roles: everyone },
  'settings.update': { input: settingsUpdateSchema, output: settingsSchema, roles: everyone },
  'exampleCentre.create': { input: empty, output: nothing, roles: editors },

  'staff.list': { input: staffListSchema, output: z.array(staffSchema), roles: everyone },
  'staff.get': { input: byIdSchema, output: staffSchema, roles: everyone },
  'staff.create': { input: staffCreateSchema, output: staffSchema, roles: editors },
  'staff.update': { input: staffUpdateSchema, output: staffSchema, roles: editors },
  'staff.delete': { input: byIdSchema, output: nothing, roles: editors },
  'staff.restore': { input: byIdSchema, output: staffSchema, roles: editors },

  'courses.list': { input: courseListSchema, output: z.array(courseSchema), roles: everyone },
  'courses.get': { input: byIdSchema, output: courseSchema, roles: everyone },
  'courses.create': { input: courseCreateSchema, output: courseSchema, roles: editors },
  'courses.update': { input: courseUpdateSchema, output: courseSchema, roles: editors },
  'courses.delete': { input: byIdSchema, output: nothing, roles: editors },
  'courses.restore': { input: byIdSchema, output: courseSchema, roles: editors },
  'courses.enrol': { input: enrolmentSchema, output: courseSchema, roles: editors },
  'courses.unenrol': { input: enrolmentSchema, output: courseSchema, roles: editors },
  'courses.languageGroups': { input: byIdSchema, output: languageGroupsSchema, roles: everyone },

  'participants.list': { input: participantListSchema, output: z.array(participantSchema), roles: everyone },
  'participants.get': { input: byIdSchema, output: participantSchema, roles: everyone },
  'participants.create': { input: participantCreateSchema, output: participantSchema, roles: editors },
  'participants.update': { input: participantUpdateSchema, output: participantSchema, roles: editors },
  'participants.delete': { input: byIdSchema, output: nothing, roles: editors },
  'participants.restore': { input: byIdSchema, output: participantSchema, roles: editors },
} as const satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** The input after parsing: defaults filled in, strings trimmed. Handlers receive this. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export { apiChannel, isMethodName, methodNames, type MethodName };

/** Header carrying the per-start token in browser mode. */
export const tokenHeader = 'x-sprakbro-token';
