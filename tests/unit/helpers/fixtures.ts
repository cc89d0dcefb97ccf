import type { CourseCreate } from '../../../shared/domain/courses';
import type { ParticipantCreate } from '../../../shared/domain/participants';
import type { StaffCreate } from '../../../shared/domain/staff';
import type { ApiError, Result } from '../../../shared/result';
import type { TestApi } from './test-api';

export const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A well-formed id that names no row. */
export const missingId = '01900000-0000-7000-8000-000000000000';

export const staffInput = (overrides: Partial<StaffCreate> = {}): StaffCreate => ({
  name: 'Ingrid Haugland',
  role: 'teacher',
  languages: ['nb', 'en'],
  positionPercent: 100,
  ...overrides,
});

export const courseInput = (overrides: Partial<CourseCreate> = {}): CourseCreate => ({
  name: 'Norsk A1–A2 høst',
  startDate: '2026-08-17',
  endDate: '2027-06-18',
  levelFrom: 'A1',
  levelTo: 'A2',
  track: 2,
  ...overrides,
});

export const participantInput = (overrides: Partial<ParticipantCreate> = {}): ParticipantCreate => ({
  givenName: 'Hodan',
  familyName: 'Warsame',
  motherTongues: ['so'],
  programme: 'introduction',
  ...overrides,
});

export const addStaff = (api: TestApi, overrides: Partial<StaffCreate> = {}) =>
  api.value('staff.create', staffInput(overrides));
export const addCourse = (api: TestApi, overrides: Partial<CourseCreate> = {}) =>
  api.value('courses.create', courseInput(overrides));
export const addParticipant = (api: TestApi, overrides: Partial<ParticipantCreate> = {}) =>
  api.value('participants.create', participantInput(overrides));

/** The error envelope of a call that must fail. */
export function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
