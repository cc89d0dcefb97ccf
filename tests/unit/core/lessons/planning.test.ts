import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDatabase } from '../../helpers/db-dump';
import { errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addClass, addClosure, addLesson, dateOf, fullWeek, workPattern } from './helpers';

let api: TestApi;
beforeEach(() => (api = createTestApi()));
afterEach(() => api.db.close());

describe('lessons.generate', () => {
  it('previews one lesson per school day of the pattern, skipping holidays and breaks, and stores only on confirm', () => {
    const course = addClass(api, workPattern);
    addClosure(api, '2026-09-28', '2026-10-02', 'break', 'Høstferie');
    const input = { courseId: course.id, from: '2026-09-21', to: '2026-10-09', startTime: '09:00', endTime: '14:00' };
    const before = hashDatabase(api.db);
    const preview = api.value('lessons.generate', input);
    expect(hashDatabase(api.db)).toBe(before);
    expect(preview.confirmed).toBe(false);
    expect(preview.lessons.map((lesson) => lesson.date)).toEqual([
      '2026-09-21', '2026-09-23', '2026-09-25', '2026-10-05', '2026-10-07', '2026-10-09',
    ]);
    expect(preview.skipped).toEqual([
      { date: '2026-09-28', reason: 'break', name: 'Høstferie' },
      { date: '2026-09-30', reason: 'break', name: 'Høstferie' },
      { date: '2026-10-02', reason: 'break', name: 'Høstferie' },
    ]);
    expect(preview.lessons[0]).toEqual({ date: '2026-09-21', startTime: '09:00', endTime: '14:00', title: 'Økt' });

    const done = api.value('lessons.generate', { ...input, confirm: true, titlePrefix: 'Norsk' });
    expect(done.createdIds).toHaveLength(6);
    expect(api.value('lessons.get', { id: done.createdIds[0]! })).toMatchObject({ title: 'Norsk', date: '2026-09-21', status: 'planned' });
    // Running it again doubles nothing.
    const again = api.value('lessons.generate', { ...input, confirm: true });
    expect(again.createdIds).toEqual([]);
    expect(again.skipped.filter((skip) => skip.reason === 'hasLesson')).toHaveLength(6);
  });

  it('skips Easter and Ascension Day and clips to the course period, and puts lessons in the theme of their days', () => {
    const course = addClass(api, fullWeek);
    const theme = api.value('themes.create', { courseId: course.id, name: 'Påske', startDate: '2027-03-22', endDate: '2027-03-31' });
    const preview = api.value('lessons.generate', {
      courseId: course.id, from: '2027-03-22', to: '2027-03-31', startTime: '09:00', endTime: '14:00', confirm: true,
    });
    expect(preview.lessons.map((lesson) => lesson.date)).toEqual(['2027-03-22', '2027-03-23', '2027-03-24', '2027-03-30', '2027-03-31']);
    expect(preview.skipped.map((skip) => [skip.date, skip.reason])).toEqual([
      ['2027-03-25', 'holiday'], ['2027-03-26', 'holiday'], ['2027-03-29', 'holiday'],
    ]);
    expect(api.value('lessons.get', { id: preview.createdIds[0]! }).themeId).toBe(theme.id);
    const clipped = api.value('lessons.generate', { courseId: course.id, from: '2027-06-14', to: '2027-06-30', startTime: '09:00', endTime: '14:00' });
    expect(clipped.lessons.map((lesson) => lesson.date).at(-1)).toBe('2027-06-18');
    const outside = errorOf(api.call('lessons.generate', { courseId: course.id, from: '2028-01-03', to: '2028-01-07', startTime: '09:00', endTime: '14:00' }));
    expect(outside.issues).toEqual([{ path: 'from', code: 'outsideCourse' }]);
  });

  it('refuses end before start and ranges that are too long', () => {
    const course = addClass(api);
    expect(errorOf(api.call('lessons.generate', { courseId: course.id, from: '2026-09-01', to: '2026-09-30', startTime: '12:00', endTime: '09:00' })).issues)
      .toEqual([{ path: 'endTime', code: 'endBeforeStart' }]);
    expect(errorOf(api.call('lessons.generate', { courseId: course.id, from: '2026-09-01', to: '2028-09-30', startTime: '09:00', endTime: '12:00' })).issues)
      .toEqual([{ path: 'to', code: 'rangeTooLong' }]);
  });
});

describe('lessons.bump', () => {
  it('moves lessons one school day forward across Easter, and back again with applyMoves', () => {
    const course = addClass(api, fullWeek);
    const before = addLesson(api, course.id, '2027-03-22');
    const a = addLesson(api, course.id, '2027-03-23');
    const b = addLesson(api, course.id, '2027-03-24');
    const c = addLesson(api, course.id, '2027-03-30');
    const { moves } = api.value('lessons.bump', { courseId: course.id, fromDate: '2027-03-23', direction: 1 });
    expect(moves.map((move) => [move.fromDate, move.toDate])).toEqual([
      ['2027-03-23', '2027-03-24'],
      ['2027-03-24', '2027-03-30'],
      ['2027-03-30', '2027-03-31'],
    ]);
    expect([dateOf(api, before.id), dateOf(api, a.id), dateOf(api, b.id), dateOf(api, c.id)])
      .toEqual(['2027-03-22', '2027-03-24', '2027-03-30', '2027-03-31']);

    api.value('lessons.applyMoves', { moves: moves.map((move) => ({ id: move.id, date: move.fromDate, slotIndex: move.fromSlot })) });
    expect([dateOf(api, a.id), dateOf(api, b.id), dateOf(api, c.id)]).toEqual(['2027-03-23', '2027-03-24', '2027-03-30']);

    const back = api.value('lessons.bump', { courseId: course.id, fromDate: '2027-03-30', direction: -1 });
    expect(back.moves.map((move) => [move.fromDate, move.toDate])).toEqual([['2027-03-30', '2027-03-24']]);
  });

  it('crosses ISO week 53 of 2026 and New Year’s Day', () => {
    const course = addClass(api, fullWeek);
    const lesson = addLesson(api, course.id, '2026-12-31');
    api.value('lessons.bump', { courseId: course.id, fromDate: '2026-12-31', direction: 1 });
    expect(dateOf(api, lesson.id)).toBe('2027-01-04');
    api.value('lessons.bump', { courseId: course.id, fromDate: '2027-01-01', direction: -1 });
    expect(dateOf(api, lesson.id)).toBe('2026-12-31');
  });

  it('leaves locked and cancelled lessons in place and flows around locked days, skipping practice days and closures', () => {
    const course = addClass(api, workPattern);
    addClosure(api, '2026-09-25', '2026-09-25', 'closure', 'Planleggingsdag', course.id);
    const mon = addLesson(api, course.id, '2026-09-14');
    const locked = addLesson(api, course.id, '2026-09-16', { locked: true, title: 'Tur til biblioteket' });
    const fri = addLesson(api, course.id, '2026-09-18');
    const cancelled = addLesson(api, course.id, '2026-09-21', { status: 'cancelled' });
    const wed = addLesson(api, course.id, '2026-09-23');
    api.value('lessons.bump', { courseId: course.id, fromDate: '2026-09-14', direction: 1 });
    expect(dateOf(api, mon.id)).toBe('2026-09-18');
    expect(dateOf(api, locked.id)).toBe('2026-09-16');
    expect(dateOf(api, fri.id)).toBe('2026-09-21');
    expect(dateOf(api, cancelled.id)).toBe('2026-09-21');
    // Friday 25 is closed for this class, so Wednesday's lesson goes to Monday 28.
    expect(dateOf(api, wed.id)).toBe('2026-09-28');
  });

  it('refuses to push a lesson past the end of the course, and changes nothing', () => {
    const course = addClass(api, fullWeek);
    addLesson(api, course.id, '2027-06-17');
    addLesson(api, course.id, '2027-06-18');
    const before = hashDatabase(api.db);
    const error = errorOf(api.call('lessons.bump', { courseId: course.id, fromDate: '2027-06-17', direction: 1 }));
    expect(error.issues).toEqual([{ path: 'fromDate', code: 'noFreeSchoolDay' }]);
    expect(hashDatabase(api.db)).toBe(before);
  });
});

describe('lessons.move', () => {
  it('moves a lesson to another day and place, renumbering both days', () => {
    const course = addClass(api, fullWeek);
    const a = addLesson(api, course.id, '2026-09-14');
    const b = addLesson(api, course.id, '2026-09-15');
    const c = addLesson(api, course.id, '2026-09-15');
    const moved = api.value('lessons.move', { id: a.id, date: '2026-09-15', slotIndex: 1 });
    expect(moved).toMatchObject({ date: '2026-09-15', slotIndex: 1 });
    const day = api.value('lessons.week', { courseId: course.id, isoYear: 2026, isoWeek: 38 }).days[1]!;
    expect(day.lessons.map((lesson) => lesson.id)).toEqual([b.id, a.id, c.id]);
  });

  it('refuses closed days and days outside the course', () => {
    const course = addClass(api, fullWeek);
    const lesson = addLesson(api, course.id, '2026-09-14');
    expect(errorOf(api.call('lessons.move', { id: lesson.id, date: '2026-12-25', slotIndex: 0 })).issues)
      .toEqual([{ path: 'date', code: 'closedDay' }]);
    expect(errorOf(api.call('lessons.move', { id: lesson.id, date: '2026-09-19', slotIndex: 0 })).issues)
      .toEqual([{ path: 'date', code: 'closedDay' }]);
    expect(errorOf(api.call('lessons.move', { id: lesson.id, date: '2027-08-02', slotIndex: 0 })).issues)
      .toEqual([{ path: 'date', code: 'outsideCourse' }]);
  });
});

describe('lessons.cancelToEnd', () => {
  it('cancels a lesson and plans a copy on the first free school day after the last lesson', () => {
    const course = addClass(api, workPattern);
    const lesson = addLesson(api, course.id, '2027-06-07', { title: 'Intervju', bodyHtml: '<p>Tekst</p>', support: { assistantIds: [], languages: ['ar'] } });
    addLesson(api, course.id, '2027-06-09');
    addClosure(api, '2027-06-11', '2027-06-11', 'closure', 'Planleggingsdag');
    const { cancelled, replacement } = api.value('lessons.cancelToEnd', { id: lesson.id });
    expect(cancelled).toMatchObject({ id: lesson.id, status: 'cancelled', date: '2027-06-07' });
    expect(replacement).toMatchObject({
      date: '2027-06-14', title: 'Intervju', bodyHtml: '<p>Tekst</p>', status: 'planned', support: { assistantIds: [], languages: ['ar'] },
    });
    expect(errorOf(api.call('lessons.cancelToEnd', { id: lesson.id })).issues).toEqual([{ path: 'id', code: 'invalidValue' }]);
  });

  it('says clearly when no school day is left in the course', () => {
    const course = addClass(api, fullWeek);
    const lesson = addLesson(api, course.id, '2027-06-17');
    addLesson(api, course.id, '2027-06-18');
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('lessons.cancelToEnd', { id: lesson.id })).issues).toEqual([{ path: 'id', code: 'noFreeSchoolDay' }]);
    expect(hashDatabase(api.db)).toBe(before);
  });
});
