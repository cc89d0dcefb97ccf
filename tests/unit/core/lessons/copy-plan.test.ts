import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../shared/api/contract';
import { hashDatabase } from '../../helpers/db-dump';
import { addCourse, addStaff, errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addClass, addClosure, addGoal, addLesson, fullWeek, workPattern } from './helpers';

let api: TestApi;
beforeEach(() => (api = createTestApi()));
afterEach(() => api.db.close());

type CopyInput = MethodInput<'lessons.copyPreview'>;

/** A class for the next school year. */
const nextYearClass = (pattern = fullWeek) =>
  addCourse(api, { name: 'Norsk neste år', startDate: '2027-08-16', endDate: '2028-06-16', weekPattern: pattern });

/** Preview and commit must agree; the commit's answer is returned. */
function copy(input: CopyInput) {
  const preview = api.value('lessons.copyPreview', input);
  const done = api.value('lessons.copyCommit', input);
  expect({ ...done, createdLessonIds: [], createdThemeIds: [] }).toEqual(preview);
  return done;
}

const lessonsOf = (courseId: string) =>
  api.db
    .prepare('SELECT id, date, title, slot_index AS slot, theme_id AS themeId FROM lesson WHERE course_id = ? AND deleted_at IS NULL ORDER BY date, slot_index')
    .all(courseId) as { id: string; date: string; title: string; slot: number; themeId: string | null }[];

describe('copy by school-day index (theme and period)', () => {
  it('keeps the 12th school day the 12th, across different week patterns', () => {
    const source = addClass(api, fullWeek);
    const target = nextYearClass(workPattern);
    api.value('lessons.generate', { courseId: source.id, from: '2026-08-17', to: '2026-09-04', startTime: '09:00', endTime: '14:00', confirm: true });
    const done = copy({ kind: 'period', sourceCourseId: source.id, from: '2026-08-17', to: '2026-09-04', targetCourseId: target.id, targetStartDate: '2027-08-16' });
    // Mon/Wed/Fri from 16 August 2027: the 12th is Friday 10 September.
    const targetDays = ['2027-08-16', '2027-08-18', '2027-08-20', '2027-08-23', '2027-08-25', '2027-08-27', '2027-08-30', '2027-09-01',
      '2027-09-03', '2027-09-06', '2027-09-08', '2027-09-10', '2027-09-13', '2027-09-15', '2027-09-17'];
    expect(done.items.map((item) => item.targetDate)).toEqual(targetDays);
    expect(done.items[11]).toMatchObject({ sourceDate: '2026-09-01', targetDate: '2027-09-10' });
    expect(lessonsOf(target.id).map((lesson) => lesson.date)).toEqual(targetDays);
  });

  it('skips Easter in the source and a Christmas break and a class closure in the target', () => {
    const source = addClass(api, fullWeek);
    const target = addClass(api, fullWeek);
    addClosure(api, '2026-12-21', '2027-01-01', 'break', 'Juleferie');
    addClosure(api, '2027-01-05', '2027-01-05', 'closure', 'Planleggingsdag', target.id);
    for (const date of ['2027-03-15', '2027-03-22', '2027-03-30', '2027-04-09']) addLesson(api, source.id, date);
    const done = copy({ kind: 'period', sourceCourseId: source.id, from: '2027-03-15', to: '2027-04-09', targetCourseId: target.id, targetStartDate: '2026-12-14' });
    // Source: 1st, 6th (after two days), 9th (after Easter) and 17th school day.
    expect(done.items.map((item) => [item.sourceDate, item.targetDate])).toEqual([
      ['2027-03-15', '2026-12-14'], ['2027-03-22', '2027-01-04'], ['2027-03-30', '2027-01-08'], ['2027-04-09', '2027-01-20'],
    ]);
    expect(done.skipped).toEqual([]);
  });

  it('maps ISO week 53 of 2026 into 2027, which has 52 weeks', () => {
    const source = addClass(api, fullWeek);
    const target = nextYearClass(fullWeek);
    for (const date of ['2026-12-21', '2026-12-28', '2027-01-04']) addLesson(api, source.id, date);
    const done = copy({ kind: 'period', sourceCourseId: source.id, from: '2026-12-21', to: '2027-01-08', targetCourseId: target.id, targetStartDate: '2027-12-20' });
    // Source school days 1, 5 and 9 (25 December and 1 January are holidays); in 2027 both fall on weekends.
    expect(done.items.map((item) => item.targetDate)).toEqual(['2027-12-20', '2027-12-24', '2027-12-30']);
    // Week 53 does not exist in 2027: a week copy there is refused, week 52 works.
    const week53 = { kind: 'week', sourceCourseId: source.id, isoYear: 2026, isoWeek: 53, targetCourseId: target.id, targetIsoYear: 2027 } as const;
    expect(errorOf(api.call('lessons.copyPreview', week53)).issues).toEqual([{ path: 'targetIsoWeek', code: 'invalidValue' }]);
    const week52 = api.value('lessons.copyPreview', { ...week53, targetIsoWeek: 52 });
    expect(week52.items.map((item) => item.targetDate)).toEqual(['2027-12-27']);
  });

  it('skips lessons that run past the end of the target class', () => {
    const source = addClass(api, fullWeek);
    const target = addCourse(api, { name: 'Kort kurs', startDate: '2026-08-17', endDate: '2026-08-19', weekPattern: fullWeek });
    for (const date of ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10']) addLesson(api, source.id, date);
    const preview = api.value('lessons.copyPreview', { kind: 'period', sourceCourseId: source.id, from: '2026-09-07', to: '2026-09-10', targetCourseId: target.id, targetStartDate: '2026-08-17' });
    expect(preview.items.map((item) => item.targetDate)).toEqual(['2026-08-17', '2026-08-18', '2026-08-19']);
    expect(preview.skipped).toMatchObject([{ sourceDate: '2026-09-10', reason: 'outsideCourse', targetDate: null }]);
  });

  it('copies a theme with its goals and key words, and its lessons linked to the copy', () => {
    const source = addClass(api, fullWeek);
    const target = addClass(api, workPattern);
    const goal = addGoal(api);
    const theme = api.value('themes.create', {
      courseId: source.id, name: 'På jobb i barnehagen', startDate: '2026-09-07', endDate: '2026-09-18', keyWords: ['bleie', 'حفاضة'], goalIds: [goal.id], note: 'Ta med bilder',
    });
    const first = addLesson(api, source.id, '2026-09-07', { themeId: theme.id, goalIds: [goal.id], bodyHtml: '<p>Hei</p>' });
    addLesson(api, source.id, '2026-09-10', { themeId: theme.id });
    addLesson(api, source.id, '2026-09-11'); // not in the theme: stays behind
    const done = copy({ kind: 'theme', themeId: theme.id, targetCourseId: target.id, targetStartDate: '2026-10-05' });
    // 4th school day of the theme (Thursday 10 September) → 4th Mon/Wed/Fri from 5 October.
    expect(done.items.map((item) => [item.sourceDate, item.targetDate, item.warnings])).toEqual([
      ['2026-09-07', '2026-10-05', []], ['2026-09-10', '2026-10-12', []],
    ]);
    // Ten school days map to ten Mon/Wed/Fri days: 5 October – 26 October.
    expect(done.themes).toEqual([{ sourceId: theme.id, name: theme.name, startDate: '2026-10-05', endDate: '2026-10-26' }]);
    const copied = api.value('themes.get', { id: done.createdThemeIds[0]! });
    expect(copied).toMatchObject({ courseId: target.id, keyWords: ['bleie', 'حفاضة'], goalIds: [goal.id], note: 'Ta med bilder', lessonCount: 2 });
    const lesson = api.value('lessons.get', { id: done.createdLessonIds[0]! });
    expect(lesson).toMatchObject({ themeId: copied.id, goalIds: [goal.id], bodyHtml: '<p>Hei</p>', title: first.title, locked: false, status: 'planned' });
  });
});

describe('copy a day or a week', () => {
  it('keeps weekdays, reports target days that are not school days, and appends after existing lessons', () => {
    const source = addClass(api, fullWeek);
    const target = addClass(api, workPattern);
    addClosure(api, '2026-09-16', '2026-09-16', 'closure', 'Kurs for lærerne', target.id);
    for (const date of ['2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17', '2026-09-18']) addLesson(api, source.id, date, { locked: true });
    const existing = addLesson(api, target.id, '2026-09-14', { title: 'Finnes fra før' });
    const input = { kind: 'week', sourceCourseId: source.id, isoYear: 2026, isoWeek: 38, targetCourseId: target.id } as const;
    const before = hashDatabase(api.db);
    const preview = api.value('lessons.copyPreview', input);
    expect(hashDatabase(api.db)).toBe(before);
    expect(preview.items.map((item) => item.targetDate)).toEqual(['2026-09-14', '2026-09-18']);
    expect(preview.skipped.map((skip) => [skip.targetDate, skip.reason, skip.name])).toEqual([
      ['2026-09-15', 'practiceDay', ''], ['2026-09-16', 'closure', 'Kurs for lærerne'], ['2026-09-17', 'practiceDay', ''],
    ]);
    expect(preview.conflicts).toEqual([{ date: '2026-09-14', existing: 1 }]);
    const done = copy(input);
    const monday = lessonsOf(target.id).filter((lesson) => lesson.date === '2026-09-14');
    expect(monday.map((lesson) => [lesson.id, lesson.slot])).toEqual([[existing.id, 0], [done.createdLessonIds[0], 1]]);
    expect(api.value('lessons.get', { id: done.createdLessonIds[0]! })).toMatchObject({ locked: false, status: 'planned' });
  });

  it('copies a week to another week, and a day to another date', () => {
    const source = addClass(api, fullWeek);
    const target = addClass(api, fullWeek);
    addLesson(api, source.id, '2026-09-14');
    addLesson(api, source.id, '2026-09-17');
    const week = copy({ kind: 'week', sourceCourseId: source.id, isoYear: 2026, isoWeek: 38, targetCourseId: target.id, targetIsoYear: 2026, targetIsoWeek: 45 });
    expect(week.items.map((item) => item.targetDate)).toEqual(['2026-11-02', '2026-11-05']);
    const day = copy({ kind: 'day', sourceCourseId: source.id, date: '2026-09-14', targetCourseId: target.id, targetDate: '2026-09-22' });
    expect(day.items.map((item) => item.targetDate)).toEqual(['2026-09-22']);
    // A day that is a holiday in the target is skipped, not moved.
    const holiday = api.value('lessons.copyPreview', { kind: 'day', sourceCourseId: source.id, date: '2026-09-14', targetCourseId: target.id, targetDate: '2026-12-25' });
    expect(holiday.items).toEqual([]);
    expect(holiday.skipped).toMatchObject([{ targetDate: '2026-12-25', reason: 'holiday', name: 'Første juledag' }]);
  });

  it('drops assistants who do not work in the target class (keeping the languages) and themes of the source class, with warnings', () => {
    const assistant = addStaff(api, { name: 'Amal', role: 'assistant', languages: ['ar'] });
    const source = addCourse(api, { assistantIds: [assistant.id], weekPattern: fullWeek });
    const without = addClass(api, fullWeek);
    const withAssistant = addCourse(api, { name: 'Parallell', assistantIds: [assistant.id], weekPattern: fullWeek });
    const theme = api.value('themes.create', { courseId: source.id, name: 'Helse', startDate: '2026-09-01', endDate: '2026-09-30' });
    addLesson(api, source.id, '2026-09-14', { support: { assistantIds: [assistant.id], languages: ['ar', 'ti'] }, themeId: theme.id });
    const input = (targetCourseId: string) => ({ kind: 'day', sourceCourseId: source.id, date: '2026-09-14', targetCourseId }) as const;
    const dropped = copy(input(without.id));
    expect(dropped.items[0]!.warnings).toEqual(['themeDropped', 'assistantsDropped']);
    expect(api.value('lessons.get', { id: dropped.createdLessonIds[0]! })).toMatchObject({ support: { assistantIds: [], languages: ['ar', 'ti'] }, themeId: null });
    const kept = copy(input(withAssistant.id));
    expect(kept.items[0]!.warnings).toEqual(['themeDropped']);
    expect(api.value('lessons.get', { id: kept.createdLessonIds[0]! }).support).toEqual({ assistantIds: [assistant.id], languages: ['ar', 'ti'] });
    // Inside the same class the theme stays.
    const same = copy({ ...input(source.id), targetDate: '2026-09-15' });
    expect(same.items[0]!.warnings).toEqual([]);
    expect(api.value('lessons.get', { id: same.createdLessonIds[0]! }).themeId).toBe(theme.id);
  });
});

describe('preview, commit and undo', () => {
  it('changes nothing on preview, for every kind', () => {
    const source = addClass(api, fullWeek);
    const target = nextYearClass();
    const theme = api.value('themes.create', { courseId: source.id, name: 'Bolig', startDate: '2026-09-14', endDate: '2026-09-25' });
    addLesson(api, source.id, '2026-09-14', { themeId: theme.id });
    const before = hashDatabase(api.db);
    const inputs: CopyInput[] = [
      { kind: 'day', sourceCourseId: source.id, date: '2026-09-14', targetCourseId: target.id, targetDate: '2027-09-13' },
      { kind: 'week', sourceCourseId: source.id, isoYear: 2026, isoWeek: 38, targetCourseId: target.id, targetIsoYear: 2027, targetIsoWeek: 37 },
      { kind: 'theme', themeId: theme.id, targetCourseId: target.id, targetStartDate: '2027-09-13' },
      { kind: 'period', sourceCourseId: source.id, from: '2026-08-17', to: '2026-12-18', targetCourseId: target.id, targetStartDate: '2027-08-16' },
    ];
    for (const input of inputs) expect(api.value('lessons.copyPreview', input).items, input.kind).toHaveLength(1);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('stores all or nothing, and undoes with deleteMany', () => {
    const source = addClass(api, fullWeek);
    const target = nextYearClass();
    api.value('themes.create', { courseId: source.id, name: 'Arbeid', startDate: '2026-08-17', endDate: '2026-08-28' });
    addLesson(api, source.id, '2026-08-17');
    addLesson(api, source.id, '2026-08-18', { title: 'Boom' });
    const input = { kind: 'period', sourceCourseId: source.id, from: '2026-08-17', to: '2026-08-28', targetCourseId: target.id, targetStartDate: '2027-08-16' } as const;
    // A failure on the second lesson must leave no theme and no first lesson behind.
    api.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON lesson WHEN NEW.title = 'Boom' AND NEW.date > '2027-01-01'
      BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const before = hashDatabase(api.db);
    expect(() => api.call('lessons.copyCommit', input)).toThrow(/boom/);
    expect(hashDatabase(api.db)).toBe(before);
    api.db.exec('DROP TRIGGER boom');

    const afterPlan = hashDatabase(api.db);
    const done = api.value('lessons.copyCommit', input);
    expect(done.createdLessonIds).toHaveLength(2);
    expect(done.createdThemeIds).toHaveLength(1);
    expect(lessonsOf(target.id)).toHaveLength(2);
    expect(api.value('lessons.deleteMany', { ids: done.createdLessonIds, themeIds: done.createdThemeIds })).toEqual({ deleted: 3 });
    expect(lessonsOf(target.id)).toEqual([]);
    expect(api.value('themes.list', { courseId: target.id })).toEqual([]);
    expect(api.value('lessons.week', { courseId: target.id, isoYear: 2027, isoWeek: 33 }).days.flatMap((day) => day.lessons)).toEqual([]);
    // Deleting twice is harmless (the toast may be clicked twice).
    expect(api.value('lessons.deleteMany', { ids: done.createdLessonIds })).toEqual({ deleted: 0 });
    expect(hashDatabase(api.db)).not.toBe(afterPlan);
  });

  it('does not copy cancelled lessons', () => {
    const source = addClass(api, fullWeek);
    const target = addClass(api, fullWeek);
    addLesson(api, source.id, '2026-09-14', { status: 'cancelled' });
    addLesson(api, source.id, '2026-09-14', { title: 'Andre økt' });
    const preview = api.value('lessons.copyPreview', { kind: 'day', sourceCourseId: source.id, date: '2026-09-14', targetCourseId: target.id });
    expect(preview.items.map((item) => item.title)).toEqual(['Andre økt']);
    expect(preview.skipped).toMatchObject([{ reason: 'cancelled' }]);
  });
});

describe('validation', () => {
  it('names the field: unknown target, end before start, empty source, too many lessons, unknown theme', () => {
    const source = addClass(api, fullWeek);
    const target = addClass(api, fullWeek);
    const issues = (input: unknown) => errorOf(api.raw('lessons.copyPreview', input)).issues;
    const period = { kind: 'period', sourceCourseId: source.id, from: '2026-09-01', to: '2026-09-30', targetCourseId: target.id, targetStartDate: '2026-10-01' };
    expect(issues({ ...period, targetCourseId: '01900000-0000-7000-8000-000000000000' })).toEqual([{ path: 'targetCourseId', code: 'unknownCourse' }]);
    expect(issues({ ...period, from: '2026-10-01' })).toEqual([{ path: 'to', code: 'endBeforeStart' }]);
    expect(issues(period)).toEqual([{ path: 'from', code: 'sourceEmpty' }]);
    expect(issues({ ...period, to: '2027-12-31' })).toEqual([{ path: 'to', code: 'rangeTooLong' }]);
    expect(issues({ kind: 'theme', themeId: source.id, targetCourseId: target.id, targetStartDate: '2026-10-01' })).toEqual([{ path: 'themeId', code: 'unknownTheme' }]);
    expect(issues({ ...period, extra: true })?.[0]?.code).toBe('unexpectedField');
    expect(errorOf(api.raw('lessons.copyPreview', { ...period, kind: 'month' })).code).toBe('validation');

    const insert = api.db.prepare(
      `INSERT INTO lesson (id, course_id, date, start_time, end_time, title, body_html, status, locked, slot_index, created_at, updated_at)
       VALUES (?, ?, '2026-09-14', '09:00', '10:00', 'Økt', '', 'planned', 0, ?, 'x', 'x')`,
    );
    api.db.transaction(() => {
      for (let slot = 0; slot <= 2000; slot += 1) insert.run(`01900000-0000-7000-8000-${String(slot).padStart(12, '0')}`, source.id, slot);
    })();
    expect(issues({ kind: 'day', sourceCourseId: source.id, date: '2026-09-14', targetCourseId: target.id })).toEqual([{ path: 'date', code: 'tooManyLessons' }]);
  });

  it('lets an assistant preview but not copy or undo', () => {
    const source = addClass(api, fullWeek);
    const target = addClass(api, fullWeek);
    addLesson(api, source.id, '2026-09-14');
    const input = { kind: 'day', sourceCourseId: source.id, date: '2026-09-14', targetCourseId: target.id } as const;
    expect(api.call('lessons.copyPreview', input, 'assistant').ok).toBe(true);
    expect(errorOf(api.call('lessons.copyCommit', input, 'assistant')).code).toBe('forbidden');
    expect(errorOf(api.call('lessons.deleteMany', { ids: [] }, 'assistant')).code).toBe('forbidden');
  });
});
