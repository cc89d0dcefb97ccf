import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addClass, addClosure, addLesson, workPattern } from './helpers';

let api: TestApi;
beforeEach(() => (api = createTestApi()));
afterEach(() => api.db.close());

describe('lessons.week', () => {
  it('gives Monday–Friday with the class pattern, closures and lessons in slot order', () => {
    const course = addClass(api, workPattern);
    addClosure(api, '2026-09-18', '2026-09-18', 'closure', 'Planleggingsdag');
    const late = addLesson(api, course.id, '2026-09-14', { startTime: '12:00', endTime: '14:00', title: 'Etter lunsj' });
    const early = addLesson(api, course.id, '2026-09-14', { title: 'Morgen' });
    api.value('lessons.move', { id: early.id, date: '2026-09-14', slotIndex: 0 });
    const week = api.value('lessons.week', { courseId: course.id, isoYear: 2026, isoWeek: 38 });
    expect(week.days.map((day) => [day.date, day.weekday, day.kind])).toEqual([
      ['2026-09-14', 'mon', 'school'],
      ['2026-09-15', 'tue', 'practice'],
      ['2026-09-16', 'wed', 'school'],
      ['2026-09-17', 'thu', 'practice'],
      ['2026-09-18', 'fri', 'school'],
    ]);
    expect(week.days[4]!.closed).toMatchObject({ kind: 'closure', name: 'Planleggingsdag' });
    expect(week.days[0]!.lessons.map((lesson) => lesson.title)).toEqual(['Morgen', 'Etter lunsj']);
    expect(week.days[0]!.lessons[1]).not.toHaveProperty('bodyHtml');
    expect(late.slotIndex).toBe(0);
  });

  it('names public holidays and knows days outside the course', () => {
    const course = addClass(api);
    const week = api.value('lessons.week', { courseId: course.id, isoYear: 2027, isoWeek: 20 });
    // 17 May 2027 is a Monday; Ascension Day 2027 is Thursday 6 May (week 18).
    expect(week.days[0]!.closed).toMatchObject({ kind: 'holiday', holidayKey: expect.any(String) });
    expect(week.days.every((day) => day.inCourse)).toBe(true);
    const before = api.value('lessons.week', { courseId: course.id, isoYear: 2026, isoWeek: 33 });
    expect(before.days.map((day) => day.inCourse)).toEqual([false, false, false, false, false]);
  });

  it('knows ISO week 53 of 2026 and refuses week 53 of a 52-week year', () => {
    const course = addClass(api);
    const week = api.value('lessons.week', { courseId: course.id, isoYear: 2026, isoWeek: 53 });
    expect(week.days[0]!.date).toBe('2026-12-28');
    expect(week.days[4]!.date).toBe('2027-01-01');
    expect(week.days[4]!.closed?.kind).toBe('holiday');
    const wrong = errorOf(api.call('lessons.week', { courseId: course.id, isoYear: 2027, isoWeek: 53 }));
    expect(wrong).toEqual({ code: 'validation', issues: [{ path: 'isoWeek', code: 'invalidValue' }] });
  });

  it('refuses an unknown class', () => {
    const error = errorOf(api.call('lessons.week', { courseId: '01900000-0000-7000-8000-000000000000', isoYear: 2026, isoWeek: 38 }));
    expect(error.issues).toEqual([{ path: 'courseId', code: 'unknownCourse' }]);
  });
});
