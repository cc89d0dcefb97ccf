import type { Database } from 'better-sqlite3';
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { latestSchemaVersion } from '../db/migrations';
import { setDeleted } from '../db/tombstone';
import { createCourse, enrol, getCourse, listCourses, unenrol, updateCourse } from '../repositories/courses';
import { createParticipant, getParticipant, listParticipants, updateParticipant } from '../repositories/participants';
import { readSettings, writeSettings } from '../repositories/settings';
import { createStaff, getStaff, listStaff, updateStaff } from '../repositories/staff';
import { createExampleCentre } from '../services/example-centre/example-centre';
import { courseLanguageGroups } from '../services/language-groups/course-language-groups';

export interface HandlerContext {
  db: Database;
  mode: 'electron' | 'browser' | 'test';
  version: string;
}

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, context: HandlerContext) => MethodOutput<M>;
};

const count = (db: Database, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;

/** One handler per contract method. Inputs arrive parsed by the method's schema. */
export const handlers: Handlers = {
  'app.info': (_input, { db, mode, version }) => ({
    version,
    mode,
    schemaVersion: latestSchemaVersion,
    counts: { staff: count(db, 'staff'), courses: count(db, 'course'), participants: count(db, 'participant') },
  }),
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (input, { db }) => writeSettings(db, input),
  'exampleCentre.create': (_input, { db }) => {
    createExampleCentre(db);
    writeSettings(db, { welcomeDone: true });
    return null;
  },

  'staff.list': (input, { db }) => listStaff(db, input),
  'staff.get': ({ id }, { db }) => getStaff(db, id),
  'staff.create': (input, { db }) => createStaff(db, input),
  'staff.update': (input, { db }) => updateStaff(db, input),
  'staff.delete': ({ id }, { db }) => (setDeleted(db, 'staff', id, true), null),
  'staff.restore': ({ id }, { db }) => (setDeleted(db, 'staff', id, false), getStaff(db, id)),

  'courses.list': (input, { db }) => listCourses(db, input),
  'courses.get': ({ id }, { db }) => getCourse(db, id),
  'courses.create': (input, { db }) => createCourse(db, input),
  'courses.update': (input, { db }) => updateCourse(db, input),
  'courses.delete': ({ id }, { db }) => (setDeleted(db, 'course', id, true), null),
  'courses.restore': ({ id }, { db }) => (setDeleted(db, 'course', id, false), getCourse(db, id)),
  'courses.enrol': ({ courseId, participantId }, { db }) => enrol(db, courseId, participantId),
  'courses.unenrol': ({ courseId, participantId }, { db }) => unenrol(db, courseId, participantId),
  'courses.languageGroups': ({ id }, { db }) => courseLanguageGroups(db, id),

  'participants.list': (input, { db }) => listParticipants(db, input),
  'participants.get': ({ id }, { db }) => getParticipant(db, id),
  'participants.create': (input, { db }) => createParticipant(db, input),
  'participants.update': (input, { db }) => updateParticipant(db, input),
  'participants.delete': ({ id }, { db }) => (setDeleted(db, 'participant', id, true), null),
  'participants.restore': ({ id }, { db }) => (setDeleted(db, 'participant', id, false), getParticipant(db, id)),
};
