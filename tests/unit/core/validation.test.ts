import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/api/contract';
import type { FieldIssue } from '../../../shared/result';
import { hashDatabase } from '../helpers/db-dump';
import { addCourse, addParticipant, addStaff, courseInput, errorOf, missingId, participantInput, staffInput } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';

/**
 * Bad input gets a validation envelope whose field issues name the field and a stable
 * code, and changes nothing (DESIGN.md "Quality bars").
 */
let api: TestApi;
let ids: { staff: string; course: string; participant: string };

beforeAll(() => {
  api = createTestApi();
  ids = {
    staff: addStaff(api).id,
    course: addCourse(api, { startDate: '2026-08-17', endDate: '2026-12-18', levelFrom: 'A2', levelTo: 'B1' }).id,
    participant: addParticipant(api, { startDate: '2026-08-17', endDate: '2026-12-18' }).id,
  };
});
afterAll(() => api.db.close());

function expectIssues(method: MethodName, input: unknown, issues: FieldIssue[]) {
  const before = hashDatabase(api.db);
  const error = errorOf(api.raw(method, input));
  expect(error.code).toBe('validation');
  expect(error.issues).toEqual(issues);
  expect(hashDatabase(api.db), 'the database changed').toBe(before);
}

const long = (n: number) => 'x'.repeat(n);

describe('required text', () => {
  it.each([
    ['staff.create', { ...staffInput(), name: '' }, 'name'],
    ['staff.create', { ...staffInput(), name: '   ' }, 'name'],
    ['staff.create', { ...staffInput(), name: '\t\n' }, 'name'],
    ['courses.create', { ...courseInput(), name: ' ' }, 'name'],
    ['participants.create', { ...participantInput(), givenName: '' }, 'givenName'],
  ] as const)('%s refuses an empty or blank %#', (method, input, path) => {
    expectIssues(method, input, [{ path, code: 'required' }]);
  });

  it('refuses a blank name in an update, too', () => {
    expectIssues('staff.update', { id: ids.staff, name: '  ' }, [{ path: 'name', code: 'required' }]);
    expectIssues('participants.update', { id: ids.participant, givenName: '' }, [{ path: 'givenName', code: 'required' }]);
  });

  it('reports missing required fields as required', () => {
    expectIssues('staff.create', { name: 'Kari', role: 'teacher' }, [{ path: 'positionPercent', code: 'required' }]);
    expectIssues('participants.create', { givenName: 'Hodan' }, [{ path: 'programme', code: 'required' }]);
    expectIssues('staff.get', {}, [{ path: 'id', code: 'required' }]);
  });
});

describe('dates', () => {
  it('refuses an end before the start', () => {
    expectIssues('courses.create', courseInput({ startDate: '2026-08-17', endDate: '2026-08-16' }), [
      { path: 'endDate', code: 'endBeforeStart' },
    ]);
    expectIssues('participants.create', participantInput({ startDate: '2026-08-17', endDate: '2026-01-01' }), [
      { path: 'endDate', code: 'endBeforeStart' },
    ]);
  });

  it('refuses an end before the stored start in a partial update', () => {
    expectIssues('courses.update', { id: ids.course, endDate: '2026-08-01' }, [{ path: 'endDate', code: 'endBeforeStart' }]);
    expectIssues('courses.update', { id: ids.course, startDate: '2027-01-01' }, [{ path: 'endDate', code: 'endBeforeStart' }]);
    expectIssues('participants.update', { id: ids.participant, endDate: '2026-08-01' }, [
      { path: 'endDate', code: 'endBeforeStart' },
    ]);
  });

  it('refuses a level band that goes down', () => {
    expectIssues('courses.create', courseInput({ levelFrom: 'B1', levelTo: 'A2' }), [{ path: 'levelTo', code: 'endBeforeStart' }]);
    expectIssues('courses.update', { id: ids.course, levelFrom: 'B2' }, [{ path: 'levelTo', code: 'endBeforeStart' }]);
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1', '2026-01-01T00:00', 'i morgen', '', '1899-12-31'])(
    'refuses the date %j',
    (date) => {
      expectIssues('participants.create', participantInput({ startDate: date }), [{ path: 'startDate', code: 'invalidDate' }]);
    },
  );

  it('accepts a leap day', () => {
    const p = api.value('participants.create', participantInput({ givenName: 'Skudd', startDate: '2028-02-29' }));
    expect(p.startDate).toBe('2028-02-29');
    api.value('participants.delete', { id: p.id });
  });
});

describe('languages', () => {
  it('refuses an unknown language code', () => {
    expectIssues('participants.create', participantInput({ motherTongues: ['ar', 'xx'] }), [
      { path: 'motherTongues.1', code: 'unknownLanguage' },
    ]);
    expectIssues('staff.create', staffInput({ languages: ['klingon'] }), [{ path: 'languages.0', code: 'unknownLanguage' }]);
    expectIssues('staff.update', { id: ids.staff, languages: ['AR'] }, [{ path: 'languages.0', code: 'unknownLanguage' }]);
  });

  it('refuses the same language twice', () => {
    expectIssues('participants.update', { id: ids.participant, motherTongues: ['so', 'so'] }, [
      { path: 'motherTongues', code: 'duplicate' },
    ]);
  });
});

describe('references', () => {
  it('refuses enrolment in a class that does not exist', () => {
    expectIssues('courses.enrol', { courseId: missingId, participantId: ids.participant }, [
      { path: 'courseId', code: 'unknownCourse' },
    ]);
  });

  it('refuses enrolment of a participant who does not exist', () => {
    expectIssues('courses.enrol', { courseId: ids.course, participantId: missingId }, [
      { path: 'participantId', code: 'unknownParticipant' },
    ]);
  });

  it('refuses staff ids that name no one', () => {
    expectIssues('courses.update', { id: ids.course, assistantIds: [ids.staff, missingId] }, [
      { path: 'assistantIds.1', code: 'unknownStaff' },
    ]);
  });

  it('refuses ids that are not UUIDs', () => {
    expectIssues('staff.get', { id: '42' }, [{ path: 'id', code: 'invalidValue' }]);
    expectIssues('courses.enrol', { courseId: ids.course, participantId: "1' OR '1'='1" }, [
      { path: 'participantId', code: 'invalidValue' },
    ]);
  });
});

describe('sizes', () => {
  it.each([
    ['staff.create', { ...staffInput(), name: long(201) }, 'name', 200],
    ['staff.create', { ...staffInput(), email: long(201) }, 'email', 200],
    ['staff.create', { ...staffInput(), phone: long(51) }, 'phone', 50],
    ['courses.create', { ...courseInput(), note: long(2001) }, 'note', 2000],
    ['participants.create', { ...participantInput(), familyName: long(201) }, 'familyName', 200],
    ['participants.create', { ...participantInput(), note: long(2001) }, 'note', 2000],
    ['participants.list', { search: long(201) }, 'search', 200],
  ] as const)('%s refuses a too long %s', (method, input, path, max) => {
    expectIssues(method, input, [{ path, code: 'tooLong', params: { max } }]);
  });

  it('accepts exactly the longest allowed name, counting trimmed characters', () => {
    const s = api.value('staff.create', staffInput({ name: ` ${long(200)} ` }));
    expect(s.name).toHaveLength(200);
    api.value('staff.delete', { id: s.id });
  });

  it('refuses numbers out of range', () => {
    expectIssues('staff.create', staffInput({ positionPercent: 101 }), [{ path: 'positionPercent', code: 'tooBig', params: { max: 100 } }]);
    expectIssues('staff.create', staffInput({ positionPercent: -1 }), [{ path: 'positionPercent', code: 'tooSmall', params: { min: 0 } }]);
    expectIssues('courses.create', { ...courseInput(), track: 4 }, [{ path: 'track', code: 'invalidValue' }]);
  });

  it('refuses too many languages', () => {
    const codes = ['ar', 'ti', 'am', 'so', 'prs', 'fa', 'ps', 'kmr', 'ckb', 'sw', 'rw', 'fr', 'en', 'uk', 'ru', 'pl', 'lt', 'ro', 'tr', 'ur', 'pa'];
    expectIssues('staff.create', staffInput({ languages: codes }), [{ path: 'languages', code: 'tooBig', params: { max: 20 } }]);
  });
});

describe('shape', () => {
  it('refuses unknown keys, naming each one', () => {
    expectIssues('staff.create', { ...staffInput(), salary: 1 }, [{ path: 'salary', code: 'unexpectedField' }]);
    expectIssues('participants.update', { id: ids.participant, deleted_at: null, createdAt: 'x' }, [
      { path: 'deleted_at', code: 'unexpectedField' },
      { path: 'createdAt', code: 'unexpectedField' },
    ]);
    expectIssues('courses.update', { id: ids.course, weekPattern: { mon: 'school', tue: 'school', wed: 'school', thu: 'school', fri: 'school', sat: 'school' } }, [
      { path: 'weekPattern.sat', code: 'unexpectedField' },
    ]);
    expectIssues('staff.list', JSON.parse('{"__proto__": {"role": "admin"}}'), [{ path: '__proto__', code: 'unexpectedField' }]);
  });

  it('refuses wrong types as invalidType, not as missing', () => {
    expectIssues('staff.create', { ...staffInput(), positionPercent: '50' }, [{ path: 'positionPercent', code: 'invalidType' }]);
    expectIssues('staff.create', { ...staffInput(), positionPercent: 50.5 }, [{ path: 'positionPercent', code: 'invalidType' }]);
    expectIssues('staff.create', { ...staffInput(), name: 42 }, [{ path: 'name', code: 'invalidType' }]);
    expectIssues('staff.create', { ...staffInput(), languages: 'ar' }, [{ path: 'languages', code: 'invalidType' }]);
    expectIssues('participants.create', { ...participantInput(), consentPhoto: 'yes' }, [{ path: 'consentPhoto', code: 'invalidType' }]);
    expectIssues('participants.create', { ...participantInput(), startDate: 20260817 }, [{ path: 'startDate', code: 'invalidType' }]);
    expectIssues('participants.update', { id: ids.participant, givenName: null }, [{ path: 'givenName', code: 'invalidType' }]);
    expectIssues('staff.get', { id: 7 }, [{ path: 'id', code: 'invalidType' }]);
  });

  it('refuses input that is not an object', () => {
    for (const input of ['abc', 42, true, [], [ids.staff]]) {
      expectIssues('staff.get', input, [{ path: '', code: 'invalidType' }]);
    }
  });

  it('refuses values outside an enum', () => {
    expectIssues('staff.create', { ...staffInput(), role: 'rektor' }, [{ path: 'role', code: 'invalidValue' }]);
    expectIssues('participants.create', { ...participantInput(), programme: 'ukjent' }, [{ path: 'programme', code: 'invalidValue' }]);
    expectIssues('participants.list', { sort: 'age' }, [{ path: 'sort', code: 'invalidValue' }]);
  });

  it('reports several problems at once', () => {
    expectIssues('courses.create', { name: '', startDate: '2026-02-30', endDate: '2026-03-01', levelFrom: 'A0', levelTo: 'A2', track: 2 }, [
      { path: 'name', code: 'required' },
      { path: 'startDate', code: 'invalidDate' },
      { path: 'levelFrom', code: 'invalidValue' },
    ]);
  });
});
