import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCourse, addParticipant, errorOf, missingId } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addLesson } from '../lessons/helpers';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 8, 16, 12, 0)); // Wednesday 2026-09-16
});
afterEach(() => {
  vi.useRealTimers();
  api.db.close();
});

const record = (lessonId: string, participantId: string, status: 'present' | 'absent' | 'valid_absence' | 'partial', minutesAttended?: number) =>
  api.value('attendance.record', { lessonId, entries: [{ participantId, status, ...(minutesAttended ? { minutesAttended } : {}) }] });

/**
 * Two classes. Norsk: Mon 14th 09:00–11:30 (150), Tue 15th 09:00–11:00 (120), Wed 16th
 * 12:00–13:00 (60, cancelled), Fri 18th 09:00–11:30 (150, future). Praksis: Tue 15th
 * 12:00–14:00 (120) and Mon 21st 12:00–13:30 (90, future).
 */
function twoClasses() {
  const norsk = addCourse(api, { name: 'Norsk A1' });
  const praksis = addCourse(api, { name: 'Praksisnorsk' });
  const hodan = addParticipant(api, { givenName: 'Hodan' });
  const selam = addParticipant(api, { givenName: 'Selam' });
  for (const course of [norsk, praksis]) api.value('courses.enrol', { courseId: course.id, participantId: hodan.id });
  api.value('courses.enrol', { courseId: norsk.id, participantId: selam.id });
  const monday = addLesson(api, norsk.id, '2026-09-14');
  const tuesday = addLesson(api, norsk.id, '2026-09-15', { endTime: '11:00' });
  const cancelled = addLesson(api, norsk.id, '2026-09-16', { startTime: '12:00', endTime: '13:00' });
  const friday = addLesson(api, norsk.id, '2026-09-18');
  const practice = addLesson(api, praksis.id, '2026-09-15', { startTime: '12:00', endTime: '14:00' });
  addLesson(api, praksis.id, '2026-09-21', { startTime: '12:00', endTime: '13:30' });
  return { norsk, praksis, hodan, selam, monday, tuesday, cancelled, friday, practice };
}

describe('hours ledger', () => {
  it('sums planned, future and attended minutes per class and in total, leaving cancelled lessons out', () => {
    const { norsk, praksis, hodan, monday, tuesday, cancelled, practice } = twoClasses();
    record(monday.id, hodan.id, 'present');
    record(tuesday.id, hodan.id, 'partial', 45);
    record(cancelled.id, hodan.id, 'present');
    api.value('lessons.update', { id: cancelled.id, status: 'cancelled' });
    record(practice.id, hodan.id, 'valid_absence');

    const ledger = api.value('attendance.ledger', { participantId: hodan.id });
    expect(ledger.today).toBe('2026-09-16');
    expect(ledger.courses.map((course) => course.courseName)).toEqual(['Norsk A1', 'Praksisnorsk']);
    const [first, second] = ledger.courses;
    expect(first!.totals).toEqual({
      lessonCount: 3, plannedMinutes: 270, futureMinutes: 150, attendedMinutes: 195,
      validAbsenceMinutes: 0, absentMinutes: 75, unrecordedMinutes: 0, percent: 72.2,
    });
    expect(first!.lessons.map((lesson) => [lesson.date, lesson.status, lesson.attendedMinutes, lesson.future])).toEqual([
      ['2026-09-14', 'present', 150, false],
      ['2026-09-15', 'partial', 45, false],
      ['2026-09-18', null, 0, true],
    ]);
    expect(second!.totals).toMatchObject({ plannedMinutes: 120, futureMinutes: 90, attendedMinutes: 0, validAbsenceMinutes: 120, percent: 0 });
    expect(ledger.total).toEqual({
      lessonCount: 5, plannedMinutes: 390, futureMinutes: 240, attendedMinutes: 195,
      validAbsenceMinutes: 120, absentMinutes: 75, unrecordedMinutes: 0, percent: 50,
    });
    const one = api.value('attendance.ledger', { participantId: hodan.id, courseId: praksis.id });
    expect(one.courses.map((course) => course.courseId)).toEqual([praksis.id]);
    expect(one.total.plannedMinutes).toBe(120);
    expect(api.value('attendance.ledger', { participantId: hodan.id, courseId: norsk.id }).total.attendedMinutes).toBe(195);
  });

  it('counts lessons without a record as planned and unrecorded, and a recorded later lesson as held', () => {
    const { hodan, friday } = twoClasses();
    record(friday.id, hodan.id, 'present');
    const total = api.value('attendance.ledger', { participantId: hodan.id }).total;
    // Today's lesson (Wednesday, 60) counts as held; Friday's too, since it has a record.
    expect(total).toMatchObject({ plannedMinutes: 150 + 120 + 60 + 150 + 120, futureMinutes: 90, attendedMinutes: 150, unrecordedMinutes: 450 });
  });

  it('keeps only recorded lessons of a class the participant has left', () => {
    const { praksis, hodan, practice } = twoClasses();
    record(practice.id, hodan.id, 'present');
    api.value('courses.unenrol', { courseId: praksis.id, participantId: hodan.id });
    const course = api.value('attendance.ledger', { participantId: hodan.id, courseId: praksis.id }).courses[0]!;
    expect(course.lessons.map((lesson) => lesson.lessonId)).toEqual([practice.id]);
    expect(course.totals).toMatchObject({ plannedMinutes: 120, attendedMinutes: 120, futureMinutes: 0, percent: 100 });
  });

  it('answers clearly for unknown participants and classes', () => {
    const { hodan } = twoClasses();
    expect(errorOf(api.call('attendance.ledger', { participantId: missingId })).code).toBe('not_found');
    expect(errorOf(api.call('attendance.ledger', { participantId: hodan.id, courseId: missingId })).issues).toEqual([
      { path: 'courseId', code: 'unknownCourse' },
    ]);
    expect(errorOf(api.call('attendance.courseSummary', { courseId: missingId })).code).toBe('not_found');
  });
});

describe('course summary', () => {
  it('gives each participant of the class their totals', () => {
    const { norsk, hodan, selam, monday, tuesday } = twoClasses();
    record(monday.id, hodan.id, 'present');
    record(tuesday.id, hodan.id, 'absent');
    api.value('attendance.markAllPresent', { lessonId: monday.id });
    api.value('attendance.record', { lessonId: tuesday.id, entries: [{ participantId: selam.id, status: 'partial', minutesAttended: 60 }] });
    const summary = api.value('attendance.courseSummary', { courseId: norsk.id });
    expect(summary.rows.map((row) => [row.givenName, row.totals.plannedMinutes, row.totals.attendedMinutes, row.totals.percent])).toEqual([
      // Monday 150 + Tuesday 120 + today's 60 are held; Friday is still ahead.
      ['Hodan', 330, 150, 45.5],
      ['Selam', 330, 210, 63.6],
    ]);
    expect(api.call('attendance.courseSummary', { courseId: norsk.id }, 'assistant').ok).toBe(true);
  });
});
