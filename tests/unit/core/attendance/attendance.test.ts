import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addParticipant, errorOf, missingId } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addClass, addLesson } from '../lessons/helpers';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
  // "Today" decides which lessons have taken place: Wednesday 2026-09-16, local time.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 8, 16, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
  api.db.close();
});

/** A class with two enrolled participants and a 09:00–11:30 lesson (150 minutes) on Monday 2026-09-14. */
function classWithLesson() {
  const course = addClass(api);
  const hodan = addParticipant(api, { givenName: 'Hodan' });
  const leila = addParticipant(api, { givenName: 'ليلى', familyName: 'حداد', motherTongues: ['ar'] });
  for (const person of [hodan, leila]) api.value('courses.enrol', { courseId: course.id, participantId: person.id });
  const lesson = addLesson(api, course.id, '2026-09-14');
  return { course, hodan, leila, lesson };
}

const statusOf = (lessonId: string, participantId: string) =>
  api.value('attendance.forLesson', { lessonId }).rows.find((row) => row.participantId === participantId)?.record?.status ?? null;

describe('attendance per lesson', () => {
  it('lists the enrolled participants with no record, then records and changes them', () => {
    const { hodan, leila, lesson } = classWithLesson();
    const register = api.value('attendance.forLesson', { lessonId: lesson.id });
    expect(register).toMatchObject({ lessonMinutes: 150, cancelled: false });
    expect(register.rows.map((row) => [row.givenName, row.record])).toEqual([['Hodan', null], ['ليلى', null]]);

    const after = api.value('attendance.record', {
      lessonId: lesson.id,
      entries: [{ participantId: hodan.id, status: 'partial', minutesAttended: 45 }, { participantId: leila.id, status: 'absent' }],
    });
    expect(after.rows.map((row) => [row.record?.status, row.record?.minutesAttended])).toEqual([['partial', 45], ['absent', null]]);
    const firstId = after.rows[0]!.record!.id;

    api.value('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: 'present' }] });
    const changed = api.value('attendance.forLesson', { lessonId: lesson.id }).rows[0]!.record!;
    expect(changed).toMatchObject({ id: firstId, status: 'present', minutesAttended: null });
    expect(api.db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(2);
  });

  it('clears a record with status null (undo of a first registration) and revives the same row', () => {
    const { hodan, lesson } = classWithLesson();
    api.value('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: 'valid_absence' }] });
    api.value('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: null }] });
    expect(statusOf(lesson.id, hodan.id)).toBeNull();
    expect(api.db.prepare('SELECT deleted_at IS NOT NULL FROM attendance').pluck().get()).toBe(1);
    api.value('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: 'present' }] });
    expect(statusOf(lesson.id, hodan.id)).toBe('present');
    expect(api.db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(1);
  });

  it('checks partial minutes against the lesson length and the schema', () => {
    const { hodan, lesson } = classWithLesson();
    const issues = (entry: Record<string, unknown>) =>
      errorOf(api.raw('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, ...entry }] })).issues;
    expect(issues({ status: 'partial' })).toEqual([{ path: 'entries.0.minutesAttended', code: 'required' }]);
    expect(issues({ status: 'present', minutesAttended: 30 })).toEqual([{ path: 'entries.0.minutesAttended', code: 'invalidValue' }]);
    expect(issues({ status: 'partial', minutesAttended: 0 })).toEqual([{ path: 'entries.0.minutesAttended', code: 'tooSmall', params: { min: 1 } }]);
    expect(issues({ status: 'partial', minutesAttended: 150 })).toEqual([{ path: 'entries.0.minutesAttended', code: 'tooBig', params: { max: 149 } }]);
    expect(issues({ status: 'partial', minutesAttended: 12.5 })).toEqual([{ path: 'entries.0.minutesAttended', code: 'invalidType' }]);
    expect(issues({ status: 'late' })).toEqual([{ path: 'entries.0.status', code: 'invalidValue' }]);
    expect(api.value('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: 'partial', minutesAttended: 149 }] }).rows[0]!.record?.minutesAttended).toBe(149);
  });

  it('refuses participants outside the class, duplicates and unknown lessons, changing nothing in one transaction', () => {
    const { hodan, lesson } = classWithLesson();
    const stranger = addParticipant(api, { givenName: 'Selam' });
    const result = api.call('attendance.record', {
      lessonId: lesson.id,
      entries: [{ participantId: hodan.id, status: 'present' }, { participantId: stranger.id, status: 'present' }],
    });
    expect(errorOf(result).issues).toEqual([{ path: 'entries.1.participantId', code: 'unknownParticipant' }]);
    expect(statusOf(lesson.id, hodan.id)).toBeNull();
    const twice = api.call('attendance.record', {
      lessonId: lesson.id,
      entries: [{ participantId: hodan.id, status: 'present' }, { participantId: hodan.id, status: 'absent' }],
    });
    expect(errorOf(twice).issues).toEqual([{ path: 'entries', code: 'duplicate' }]);
    expect(errorOf(api.call('attendance.forLesson', { lessonId: missingId })).code).toBe('not_found');
  });

  it('leaves out participants whose own period does not cover the lesson date', () => {
    const { course, lesson } = classWithLesson();
    const later = addParticipant(api, { givenName: 'Zarghuna', startDate: '2026-10-05' });
    api.value('courses.enrol', { courseId: course.id, participantId: later.id });
    const names = api.value('attendance.forLesson', { lessonId: lesson.id }).rows.map((row) => row.givenName);
    expect(names).not.toContain('Zarghuna');
    expect(errorOf(api.call('attendance.record', { lessonId: lesson.id, entries: [{ participantId: later.id, status: 'present' }] })).code).toBe('validation');
  });

  it('keeps a record of someone who has left the class, marked as not enrolled', () => {
    const { course, hodan, lesson } = classWithLesson();
    api.value('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: 'present' }] });
    api.value('courses.unenrol', { courseId: course.id, participantId: hodan.id });
    const row = api.value('attendance.forLesson', { lessonId: lesson.id }).rows.find((r) => r.participantId === hodan.id);
    expect(row).toMatchObject({ enrolled: false, record: { status: 'present' } });
  });

  it('marks everyone without a record present and never overwrites a record', () => {
    const { hodan, leila, lesson } = classWithLesson();
    api.value('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: 'partial', minutesAttended: 45 }] });
    const result = api.value('attendance.markAllPresent', { lessonId: lesson.id });
    expect(result.markedIds).toEqual([leila.id]);
    expect(statusOf(lesson.id, hodan.id)).toBe('partial');
    expect(statusOf(lesson.id, leila.id)).toBe('present');
    expect(api.value('attendance.markAllPresent', { lessonId: lesson.id }).markedIds).toEqual([]);
  });

  it('refuses attendance on a cancelled lesson', () => {
    const { hodan, lesson } = classWithLesson();
    api.value('lessons.update', { id: lesson.id, status: 'cancelled' });
    expect(api.value('attendance.forLesson', { lessonId: lesson.id }).cancelled).toBe(true);
    expect(errorOf(api.call('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: 'present' }] })).code).toBe('conflict');
    expect(errorOf(api.call('attendance.markAllPresent', { lessonId: lesson.id })).code).toBe('conflict');
  });

  it('lets assistants read the register but not record', () => {
    const { hodan, lesson } = classWithLesson();
    expect(api.call('attendance.forLesson', { lessonId: lesson.id }, 'assistant').ok).toBe(true);
    expect(errorOf(api.call('attendance.record', { lessonId: lesson.id, entries: [{ participantId: hodan.id, status: 'present' }] }, 'assistant')).code).toBe('forbidden');
  });
});
