import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashDatabase } from '../../helpers/db-dump';
import { addCourse, errorOf, missingId, uuidV7 } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';

let api: TestApi;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T08:00:00.000Z'));
  api = createTestApi();
});
afterEach(() => {
  vi.useRealTimers();
  api.db.close();
});

const year2026 = { name: '2026/2027', startDate: '2026-08-17', endDate: '2027-06-18' };
const addYear = () => api.value('calendar.schoolYears.create', year2026);
const autumn = (schoolYearId: string) => ({
  schoolYearId, startDate: '2026-09-28', endDate: '2026-10-02', kind: 'break' as const, name: 'Høstferie',
});

describe('calendar.schoolYears', () => {
  it('creates, lists (latest first), updates, deletes and restores a school year', () => {
    const year = addYear();
    expect(year).toEqual({ id: expect.stringMatching(uuidV7), ...year2026, createdAt: '2026-06-01T08:00:00.000Z', updatedAt: '2026-06-01T08:00:00.000Z' });
    const next = api.value('calendar.schoolYears.create', { name: '2027/2028', startDate: '2027-08-16', endDate: '2028-06-20' });
    expect(api.value('calendar.schoolYears.list', {}).map((y) => y.id)).toEqual([next.id, year.id]);
    expect(api.value('calendar.schoolYears.update', { id: year.id, name: 'Skoleåret 2026/2027' }).name).toBe('Skoleåret 2026/2027');
    api.value('calendar.schoolYears.delete', { id: year.id });
    expect(api.value('calendar.schoolYears.list', {}).map((y) => y.id)).toEqual([next.id]);
    expect(api.value('calendar.schoolYears.restore', { id: year.id }).name).toBe('Skoleåret 2026/2027');
    expect(errorOf(api.call('calendar.schoolYears.restore', { id: year.id })).code).toBe('not_found');
  });

  it('refuses an end before the start, a span over 400 days and a bad date', () => {
    expect(errorOf(api.call('calendar.schoolYears.create', { ...year2026, endDate: '2026-08-16' })).issues)
      .toEqual([{ path: 'endDate', code: 'endBeforeStart' }]);
    expect(errorOf(api.call('calendar.schoolYears.create', { ...year2026, endDate: '2027-09-30' })).issues)
      .toEqual([{ path: 'endDate', code: 'rangeTooLong' }]);
    expect(errorOf(api.call('calendar.schoolYears.create', { ...year2026, startDate: '2026-02-30' })).issues)
      .toEqual([{ path: 'startDate', code: 'invalidDate' }]);
    const year = addYear();
    expect(errorOf(api.call('calendar.schoolYears.update', { id: year.id, startDate: '2027-07-01' })).issues)
      .toEqual([{ path: 'endDate', code: 'endBeforeStart' }]);
  });

  it('does not shrink a school year past its breaks and closures', () => {
    const year = addYear();
    api.value('calendar.closures.create', autumn(year.id));
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('calendar.schoolYears.update', { id: year.id, startDate: '2026-09-29' })).issues)
      .toEqual([{ path: 'startDate', code: 'outsideSchoolYear' }]);
    expect(errorOf(api.call('calendar.schoolYears.update', { id: year.id, endDate: '2026-09-30' })).issues)
      .toEqual([{ path: 'endDate', code: 'outsideSchoolYear' }]);
    expect(hashDatabase(api.db)).toBe(before);
    expect(api.value('calendar.schoolYears.update', { id: year.id, startDate: '2026-09-28' }).startDate).toBe('2026-09-28');
  });
});

describe('calendar.closures', () => {
  it('creates, lists in date order, updates, deletes and restores', () => {
    const year = addYear();
    const course = addCourse(api);
    const planning = api.value('calendar.closures.create', {
      schoolYearId: year.id, startDate: '2026-08-17', endDate: '2026-08-17', kind: 'closure', name: 'Planleggingsdag',
    });
    const trip = api.value('calendar.closures.create', {
      schoolYearId: year.id, startDate: '2027-05-20', endDate: '2027-05-21', kind: 'closure', name: 'Leirskole', courseId: course.id,
    });
    const brk = api.value('calendar.closures.create', autumn(year.id));
    expect(planning).toMatchObject({ courseId: null, kind: 'closure', schoolYearId: year.id });
    expect(api.value('calendar.closures.list', { schoolYearId: year.id }).map((c) => c.id)).toEqual([planning.id, brk.id, trip.id]);
    expect(api.value('calendar.closures.update', { id: trip.id, courseId: null, kind: 'break' })).toMatchObject({ courseId: null, kind: 'break', name: 'Leirskole' });
    api.value('calendar.closures.delete', { id: brk.id });
    expect(api.value('calendar.closures.list', { schoolYearId: year.id })).toHaveLength(2);
    api.value('calendar.closures.restore', { id: brk.id });
    expect(api.value('calendar.closures.list', { schoolYearId: year.id })).toHaveLength(3);
  });

  it('refuses end before start, dates outside the school year, an unknown class or school year, and changes nothing', () => {
    const year = addYear();
    const before = hashDatabase(api.db);
    const create = (overrides: Record<string, unknown>) =>
      errorOf(api.call('calendar.closures.create', { ...autumn(year.id), ...overrides })).issues;
    expect(create({ endDate: '2026-09-27' })).toEqual([{ path: 'endDate', code: 'endBeforeStart' }]);
    expect(create({ startDate: '2026-08-14', endDate: '2026-08-14' })).toEqual([{ path: 'startDate', code: 'outsideSchoolYear' }]);
    expect(create({ startDate: '2027-06-18', endDate: '2027-06-25' })).toEqual([{ path: 'endDate', code: 'outsideSchoolYear' }]);
    expect(create({ courseId: missingId })).toEqual([{ path: 'courseId', code: 'unknownCourse' }]);
    expect(create({ schoolYearId: missingId })).toEqual([{ path: 'schoolYearId', code: 'unknownSchoolYear' }]);
    expect(create({ kind: 'holiday' })).toEqual([{ path: 'kind', code: 'invalidValue' }]);
    expect(create({ name: '  ' })).toEqual([{ path: 'name', code: 'required' }]);
    expect(errorOf(api.call('calendar.closures.list', { schoolYearId: missingId })).issues)
      .toEqual([{ path: 'schoolYearId', code: 'unknownSchoolYear' }]);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('checks an update against the stored row', () => {
    const year = addYear();
    const brk = api.value('calendar.closures.create', autumn(year.id));
    expect(errorOf(api.call('calendar.closures.update', { id: brk.id, endDate: '2026-09-01' })).issues)
      .toEqual([{ path: 'endDate', code: 'endBeforeStart' }]);
    expect(errorOf(api.call('calendar.closures.update', { id: brk.id, endDate: '2027-07-01' })).issues)
      .toEqual([{ path: 'endDate', code: 'outsideSchoolYear' }]);
    expect(errorOf(api.call('calendar.closures.update', { id: missingId, name: 'x' })).code).toBe('not_found');
  });
});

describe('calendar.days', () => {
  it('answers each day with ISO week, weekday and why it is closed', () => {
    const year = addYear();
    api.value('calendar.closures.create', { schoolYearId: year.id, startDate: '2027-05-07', endDate: '2027-05-07', kind: 'closure', name: 'Planleggingsdag' });
    const days = api.value('calendar.days', { from: '2027-05-03', to: '2027-05-09' });
    expect(days.map((day) => [day.date, day.isoWeek, day.weekday, day.closed?.kind ?? null])).toEqual([
      ['2027-05-03', 18, 'mon', null],
      ['2027-05-04', 18, 'tue', null],
      ['2027-05-05', 18, 'wed', null],
      ['2027-05-06', 18, 'thu', 'holiday'],
      ['2027-05-07', 18, 'fri', 'closure'],
      ['2027-05-08', 18, 'sat', null],
      ['2027-05-09', 18, 'sun', null],
    ]);
    expect(days[3]?.closed).toEqual({ date: '2027-05-06', kind: 'holiday', name: 'Kristi himmelfartsdag', holidayKey: 'ascensionDay' });
  });

  it('gives 1 January 2027 week 53 of 2026', () => {
    const [day] = api.value('calendar.days', { from: '2027-01-01', to: '2027-01-01' });
    expect(day).toMatchObject({ isoWeek: 53, isoWeekYear: 2026, weekday: 'fri', closed: { holidayKey: 'newYearsDay' } });
  });

  it('includes a class’s own closures only when asked for that class', () => {
    const year = addYear();
    const course = addCourse(api);
    api.value('calendar.closures.create', { schoolYearId: year.id, startDate: '2027-02-10', endDate: '2027-02-10', kind: 'closure', name: 'Ekskursjon', courseId: course.id });
    expect(api.value('calendar.days', { from: '2027-02-10', to: '2027-02-10' })[0]?.closed).toBeUndefined();
    expect(api.value('calendar.days', { from: '2027-02-10', to: '2027-02-10', courseId: course.id })[0]?.closed?.name).toBe('Ekskursjon');
  });

  it('refuses a reversed or too long range and an unknown class', () => {
    expect(errorOf(api.call('calendar.days', { from: '2027-02-10', to: '2027-02-09' })).issues).toEqual([{ path: 'to', code: 'endBeforeStart' }]);
    expect(errorOf(api.call('calendar.days', { from: '2026-01-01', to: '2027-02-09' })).issues).toEqual([{ path: 'to', code: 'rangeTooLong' }]);
    expect(api.value('calendar.days', { from: '2026-01-01', to: '2027-02-04' })).toHaveLength(400);
    expect(errorOf(api.call('calendar.days', { from: '2027-02-10', to: '2027-02-10', courseId: missingId })).issues)
      .toEqual([{ path: 'courseId', code: 'unknownCourse' }]);
  });
});

describe('calendar.schoolYears.suggestBreaks', () => {
  it('proposes the usual breaks of 2026/2027 without saving anything', () => {
    const year = addYear();
    const before = hashDatabase(api.db);
    const proposals = api.value('calendar.schoolYears.suggestBreaks', { schoolYearId: year.id });
    expect(proposals).toEqual([
      { key: 'autumn', name: 'Høstferie', startDate: '2026-09-28', endDate: '2026-10-02', kind: 'break' },
      { key: 'christmas', name: 'Juleferie', startDate: '2026-12-21', endDate: '2027-01-02', kind: 'break' },
      { key: 'winter', name: 'Vinterferie', startDate: '2027-02-22', endDate: '2027-02-26', kind: 'break' },
      { key: 'easter', name: 'Påskeferie', startDate: '2027-03-22', endDate: '2027-03-29', kind: 'break' },
    ]);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('leaves out breaks already entered, so accepting them all leaves nothing to suggest', () => {
    const year = addYear();
    api.value('calendar.closures.create', { ...autumn(year.id), startDate: '2026-10-05', endDate: '2026-10-09' });
    const proposals = api.value('calendar.schoolYears.suggestBreaks', { schoolYearId: year.id });
    expect(proposals.map((p) => p.key)).toEqual(['christmas', 'winter', 'easter']);
    for (const proposal of proposals) {
      api.value('calendar.closures.create', { schoolYearId: year.id, startDate: proposal.startDate, endDate: proposal.endDate, kind: 'break', name: proposal.name });
    }
    expect(api.value('calendar.schoolYears.suggestBreaks', { schoolYearId: year.id })).toEqual([]);
  });

  it('clips proposals to a short school year and refuses an unknown one', () => {
    const year = api.value('calendar.schoolYears.create', { name: 'Vår 2027', startDate: '2027-01-01', endDate: '2027-03-24' });
    expect(api.value('calendar.schoolYears.suggestBreaks', { schoolYearId: year.id })).toEqual([
      { key: 'christmas', name: 'Juleferie', startDate: '2027-01-01', endDate: '2027-01-02', kind: 'break' },
      { key: 'winter', name: 'Vinterferie', startDate: '2027-02-22', endDate: '2027-02-26', kind: 'break' },
      { key: 'easter', name: 'Påskeferie', startDate: '2027-03-22', endDate: '2027-03-24', kind: 'break' },
    ]);
    expect(errorOf(api.call('calendar.schoolYears.suggestBreaks', { schoolYearId: missingId })).issues)
      .toEqual([{ path: 'schoolYearId', code: 'unknownSchoolYear' }]);
  });
});
