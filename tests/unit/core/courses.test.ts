import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultWeekPattern } from '../../../shared/domain/courses';
import { hashDatabase } from '../helpers/db-dump';
import { addCourse, addParticipant, addStaff, courseInput, errorOf, missingId, uuidV7 } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';

let api: TestApi;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-08-01T08:00:00.000Z'));
  api = createTestApi();
});
afterEach(() => {
  vi.useRealTimers();
  api.db.close();
});

describe('courses', () => {
  it('creates a class with defaults and returns it in full', () => {
    const teacher = addStaff(api, { name: 'Ingrid', role: 'teacher' });
    const assistant = addStaff(api, { name: 'Nadia', role: 'assistant', languages: ['ar'] });
    const course = api.value('courses.create', courseInput({ teacherIds: [teacher.id], assistantIds: [assistant.id] }));
    expect(course).toEqual({
      id: expect.stringMatching(uuidV7),
      name: 'Norsk A1–A2 høst',
      startDate: '2026-08-17',
      endDate: '2027-06-18',
      levelFrom: 'A1',
      levelTo: 'A2',
      track: 2,
      weekPattern: defaultWeekPattern,
      teacherIds: [teacher.id],
      assistantIds: [assistant.id],
      participantIds: [],
      note: '',
      createdAt: '2026-08-01T08:00:00.000Z',
      updatedAt: '2026-08-01T08:00:00.000Z',
    });
    expect(api.value('courses.get', { id: course.id })).toEqual(course);
  });

  it('keeps the order of teachers and assistants as given', () => {
    const [a, b, c] = ['Anne', 'Bente', 'Cato'].map((name) => addStaff(api, { name, role: 'assistant' }));
    const course = addCourse(api, { assistantIds: [c!.id, a!.id, b!.id] });
    expect(course.assistantIds).toEqual([c!.id, a!.id, b!.id]);
  });

  it('refuses staff that do not exist or are deleted, changing nothing', () => {
    const gone = addStaff(api, { name: 'Gone' });
    api.value('staff.delete', { id: gone.id });
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('courses.create', courseInput({ teacherIds: [missingId] })))).toEqual({
      code: 'validation',
      issues: [{ path: 'teacherIds.0', code: 'unknownStaff' }],
    });
    expect(errorOf(api.call('courses.create', courseInput({ assistantIds: [gone.id] })))).toEqual({
      code: 'validation',
      issues: [{ path: 'assistantIds.0', code: 'unknownStaff' }],
    });
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('lists newest first, then by name, and searches by name', () => {
    addCourse(api, { name: 'b-klassen', startDate: '2026-01-05', endDate: '2026-06-19' });
    addCourse(api, { name: 'A-klassen', startDate: '2026-01-05', endDate: '2026-06-19' });
    addCourse(api, { name: 'Høstkurs', startDate: '2026-08-17', endDate: '2026-12-18' });
    expect(api.value('courses.list', {}).map((c) => c.name)).toEqual(['Høstkurs', 'A-klassen', 'b-klassen']);
    expect(api.value('courses.list', { search: 'HØST' }).map((c) => c.name)).toEqual(['Høstkurs']);
    expect(api.value('courses.list', { search: 'klassen' })).toHaveLength(2);
    expect(api.value('courses.list', { search: 'vår' })).toEqual([]);
  });

  it('orders classes with the same start by name in Norwegian order, numbers by value', () => {
    for (const name of ['Åsen', 'Ørsta', 'Klasse 10', 'Klasse 9', 'ærlig']) addCourse(api, { name });
    expect(api.value('courses.list', {}).map((c) => c.name)).toEqual(['Klasse 9', 'Klasse 10', 'ærlig', 'Ørsta', 'Åsen']);
  });

  it('updates only the fields given, keeping note and staff', () => {
    const teacher = addStaff(api, { name: 'Ingrid' });
    const course = addCourse(api, { note: 'Rom 204', teacherIds: [teacher.id] });
    vi.setSystemTime(new Date('2026-08-03T12:00:00.000Z'));
    const updated = api.value('courses.update', { id: course.id, name: 'Nytt navn' });
    expect(updated).toEqual({ ...course, name: 'Nytt navn', updatedAt: '2026-08-03T12:00:00.000Z' });
    expect(api.value('courses.list', { search: 'nytt' }).map((c) => c.id)).toEqual([course.id]);
  });

  it('replaces teachers and assistants on update', () => {
    const [t1, t2] = ['T1', 'T2'].map((name) => addStaff(api, { name }));
    const course = addCourse(api, { teacherIds: [t1!.id] });
    expect(api.value('courses.update', { id: course.id, teacherIds: [t2!.id] }).teacherIds).toEqual([t2!.id]);
    expect(api.value('staff.get', { id: t1!.id }).courseIds).toEqual([]);
    expect(api.value('courses.update', { id: course.id, teacherIds: [] }).teacherIds).toEqual([]);
  });

  it('checks a partial date or level change against the stored row', () => {
    const course = addCourse(api, { startDate: '2026-08-17', endDate: '2026-12-18', levelFrom: 'A2', levelTo: 'B1' });
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('courses.update', { id: course.id, endDate: '2026-08-16' }))).toEqual({
      code: 'validation',
      issues: [{ path: 'endDate', code: 'endBeforeStart' }],
    });
    expect(errorOf(api.call('courses.update', { id: course.id, startDate: '2026-12-19' })).issues).toEqual([
      { path: 'endDate', code: 'endBeforeStart' },
    ]);
    expect(errorOf(api.call('courses.update', { id: course.id, levelTo: 'A1' })).issues).toEqual([
      { path: 'levelTo', code: 'endBeforeStart' },
    ]);
    expect(hashDatabase(api.db)).toBe(before);
    expect(api.value('courses.update', { id: course.id, endDate: '2026-08-17' }).endDate).toBe('2026-08-17');
  });

  it('deletes to the bin and restores with its enrolments', () => {
    const course = addCourse(api);
    const p = addParticipant(api);
    api.value('courses.enrol', { courseId: course.id, participantId: p.id });
    api.value('courses.delete', { id: course.id });
    expect(errorOf(api.call('courses.get', { id: course.id })).code).toBe('not_found');
    expect(api.value('courses.list', {})).toEqual([]);
    expect(api.value('participants.get', { id: p.id }).courseIds).toEqual([]);
    expect(errorOf(api.call('courses.delete', { id: course.id })).code).toBe('not_found');

    const restored = api.value('courses.restore', { id: course.id });
    expect(restored.participantIds).toEqual([p.id]);
    expect(api.value('participants.get', { id: p.id }).courseIds).toEqual([course.id]);
    expect(errorOf(api.call('courses.restore', { id: course.id })).code).toBe('not_found');
  });

  it('answers not_found for ids that do not exist', () => {
    for (const method of ['courses.get', 'courses.delete', 'courses.restore', 'courses.languageGroups'] as const) {
      expect(errorOf(api.call(method, { id: missingId })).code, method).toBe('not_found');
    }
    expect(errorOf(api.call('courses.update', { id: missingId, name: 'x' })).code).toBe('not_found');
  });

  it('leaves a deleted staff member out of the class, and back in when restored', () => {
    const assistant = addStaff(api, { role: 'assistant', languages: ['ti'] });
    const course = addCourse(api, { assistantIds: [assistant.id] });
    api.value('staff.delete', { id: assistant.id });
    expect(api.value('courses.get', { id: course.id }).assistantIds).toEqual([]);
    api.value('staff.restore', { id: assistant.id });
    expect(api.value('courses.get', { id: course.id }).assistantIds).toEqual([assistant.id]);
  });
});

describe('enrolment', () => {
  it('enrols, unenrols and re-enrols a participant', () => {
    const course = addCourse(api);
    const hodan = addParticipant(api, { givenName: 'Hodan' });
    const abdi = addParticipant(api, { givenName: 'Abdi' });

    expect(api.value('courses.enrol', { courseId: course.id, participantId: hodan.id }).participantIds).toEqual([hodan.id]);
    expect(api.value('courses.enrol', { courseId: course.id, participantId: abdi.id }).participantIds.sort()).toEqual(
      [hodan.id, abdi.id].sort(),
    );
    expect(api.value('participants.get', { id: hodan.id }).courseIds).toEqual([course.id]);

    expect(api.value('courses.unenrol', { courseId: course.id, participantId: hodan.id }).participantIds).toEqual([abdi.id]);
    expect(api.value('participants.get', { id: hodan.id }).courseIds).toEqual([]);
    expect(api.value('participants.list', { courseId: course.id }).map((p) => p.id)).toEqual([abdi.id]);

    expect(api.value('courses.enrol', { courseId: course.id, participantId: hodan.id }).participantIds.sort()).toEqual(
      [hodan.id, abdi.id].sort(),
    );
    // Re-enrolling revives the one enrolment row instead of adding another.
    expect(api.db.prepare('SELECT count(*) FROM enrolment WHERE participant_id = ?').pluck().get(hodan.id)).toBe(1);
  });

  it('enrolling twice is harmless', () => {
    const course = addCourse(api);
    const p = addParticipant(api);
    api.value('courses.enrol', { courseId: course.id, participantId: p.id });
    expect(api.value('courses.enrol', { courseId: course.id, participantId: p.id }).participantIds).toEqual([p.id]);
  });

  it('refuses an unknown or deleted course or participant, changing nothing', () => {
    const course = addCourse(api);
    const p = addParticipant(api);
    const deletedCourse = addCourse(api, { name: 'Slettet' });
    api.value('courses.delete', { id: deletedCourse.id });
    const deletedParticipant = addParticipant(api, { givenName: 'Slettet' });
    api.value('participants.delete', { id: deletedParticipant.id });
    const before = hashDatabase(api.db);

    const unknownCourse = { code: 'validation', issues: [{ path: 'courseId', code: 'unknownCourse' }] };
    const unknownParticipant = { code: 'validation', issues: [{ path: 'participantId', code: 'unknownParticipant' }] };
    expect(errorOf(api.call('courses.enrol', { courseId: missingId, participantId: p.id }))).toEqual(unknownCourse);
    expect(errorOf(api.call('courses.enrol', { courseId: deletedCourse.id, participantId: p.id }))).toEqual(unknownCourse);
    expect(errorOf(api.call('courses.enrol', { courseId: course.id, participantId: missingId }))).toEqual(unknownParticipant);
    expect(errorOf(api.call('courses.enrol', { courseId: course.id, participantId: deletedParticipant.id }))).toEqual(
      unknownParticipant,
    );
    expect(errorOf(api.call('courses.unenrol', { courseId: missingId, participantId: p.id }))).toEqual(unknownCourse);
    expect(errorOf(api.call('courses.unenrol', { courseId: course.id, participantId: p.id }))).toEqual(unknownParticipant);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('hides a deleted participant from the class until restored', () => {
    const course = addCourse(api);
    const p = addParticipant(api);
    api.value('courses.enrol', { courseId: course.id, participantId: p.id });
    api.value('participants.delete', { id: p.id });
    expect(api.value('courses.get', { id: course.id }).participantIds).toEqual([]);
    api.value('participants.restore', { id: p.id });
    expect(api.value('courses.get', { id: course.id }).participantIds).toEqual([p.id]);
  });
});
