import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../../shared/api/contract';
import { staffRoles } from '../../../shared/domain/staff';
import { hashDatabase } from '../helpers/db-dump';
import { addCourse, addParticipant, addStaff, courseInput, errorOf, participantInput, staffInput } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';

let api: TestApi;
let validInputs: Record<MethodName, unknown>;

beforeEach(() => {
  api = createTestApi();
  const staff = addStaff(api);
  const course = addCourse(api);
  const participant = addParticipant(api);
  const enrolment = { courseId: course.id, participantId: participant.id };
  validInputs = {
    'app.info': {},
    'settings.get': {},
    'settings.update': { uiLanguage: 'nn' },
    'exampleCentre.create': {},
    'staff.list': {},
    'staff.get': { id: staff.id },
    'staff.create': staffInput(),
    'staff.update': { id: staff.id, name: 'Nytt navn' },
    'staff.delete': { id: staff.id },
    'staff.restore': { id: staff.id },
    'courses.list': {},
    'courses.get': { id: course.id },
    'courses.create': courseInput(),
    'courses.update': { id: course.id, name: 'Nytt navn' },
    'courses.delete': { id: course.id },
    'courses.restore': { id: course.id },
    'courses.enrol': enrolment,
    'courses.unenrol': enrolment,
    'courses.languageGroups': { id: course.id },
    'participants.list': {},
    'participants.get': { id: participant.id },
    'participants.create': participantInput(),
    'participants.update': { id: participant.id, note: 'x' },
    'participants.delete': { id: participant.id },
    'participants.restore': { id: participant.id },
  };
});
afterEach(() => api.db.close());

const readOnly = methodNames.filter((m) => m.endsWith('.list') || m.endsWith('.get') || m === 'app.info' || m === 'courses.languageGroups');

describe('roles', () => {
  it('lets every role read', () => {
    expect(readOnly.length).toBeGreaterThanOrEqual(8);
    for (const method of readOnly) expect(contract[method].roles, method).toEqual([...staffRoles]);
  });

  it('keeps changes to teachers and admins, except the user’s own settings', () => {
    for (const method of methodNames.filter((m) => !readOnly.includes(m))) {
      const expected = method === 'settings.update' ? [...staffRoles] : ['teacher', 'admin'];
      expect(contract[method].roles, method).toEqual(expected);
    }
  });

  it("answers 'forbidden' to an assistant who tries to change data, even with valid input, changing nothing", () => {
    const before = hashDatabase(api.db);
    for (const method of methodNames) {
      if (contract[method].roles.includes('assistant')) continue;
      expect(errorOf(api.raw(method, validInputs[method], 'assistant')), method).toEqual({ code: 'forbidden' });
      // The role is checked before the input: malformed input gets the same answer.
      expect(errorOf(api.raw(method, { junk: true }, 'assistant')).code, method).toBe('forbidden');
    }
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('lets an assistant list and read everything', () => {
    for (const method of readOnly) {
      const result = api.raw(method, validInputs[method], 'assistant');
      expect(result.ok, method).toBe(true);
    }
    const created = api.call('staff.create', staffInput({ name: 'Forsøk' }), 'assistant');
    expect(errorOf(created).code).toBe('forbidden');
    expect(api.value('staff.list', { search: 'forsøk' })).toEqual([]);
  });

  it('lets teachers and admins call every method', () => {
    for (const role of ['teacher', 'admin'] as const) {
      const fresh = createTestApi();
      const staff = addStaff(fresh);
      const result = fresh.call('staff.update', { id: staff.id, positionPercent: 50 }, role);
      expect(result.ok, role).toBe(true);
      expect(fresh.call('exampleCentre.create', {}, role).ok, role).toBe(true);
      fresh.db.close();
    }
  });
});
