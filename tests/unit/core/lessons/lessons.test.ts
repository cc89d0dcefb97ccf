import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorOf, missingId } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addStaff } from '../../helpers/fixtures';
import { addClass, addGoal, addLesson } from './helpers';

let api: TestApi;
beforeEach(() => (api = createTestApi()));
afterEach(() => {
  vi.useRealTimers();
  api.db.close();
});

describe('lessons', () => {
  it('creates, updates, deletes and restores a lesson with theme, goals and support', () => {
    const course = addClass(api);
    const assistant = addStaff(api, { name: 'نادية كريم', role: 'assistant', languages: ['ar'] });
    const goal = addGoal(api);
    const theme = api.value('themes.create', { courseId: course.id, name: 'Barnehagen', startDate: '2026-09-01', endDate: '2026-10-01' });
    const lesson = addLesson(api, course.id, '2026-09-14', {
      themeId: theme.id, goalIds: [goal.id], support: { assistantIds: [assistant.id], languages: ['ar'] },
    });
    expect(lesson).toMatchObject({ themeId: theme.id, goalIds: [goal.id], locked: false, status: 'planned', slotIndex: 0 });
    const updated = api.value('lessons.update', { id: lesson.id, title: 'Ny', support: null, locked: true, endTime: '12:00' });
    expect(updated).toMatchObject({ title: 'Ny', support: null, locked: true, endTime: '12:00', goalIds: [goal.id] });
    expect(api.value('themes.get', { id: theme.id }).goalIdsWithLessons).toEqual([]);
    api.value('themes.update', { id: theme.id, goalIds: [goal.id] });
    expect(api.value('themes.get', { id: theme.id })).toMatchObject({ goalIdsWithLessons: [goal.id], lessonCount: 1 });
    api.value('lessons.delete', { id: lesson.id });
    expect(errorOf(api.call('lessons.get', { id: lesson.id })).code).toBe('not_found');
    expect(api.value('lessons.restore', { id: lesson.id }).title).toBe('Ny');
  });

  it('checks references and times against the stored row', () => {
    const course = addClass(api);
    const other = addClass(api);
    const foreignTheme = api.value('themes.create', { courseId: other.id, name: 'Annen', startDate: '2026-09-01', endDate: '2026-10-01' });
    const lesson = addLesson(api, course.id, '2026-09-14');
    const issue = (input: Parameters<TestApi['call']>[1]) => errorOf(api.call('lessons.update', input as never)).issues;
    expect(issue({ id: lesson.id, themeId: foreignTheme.id })).toEqual([{ path: 'themeId', code: 'unknownTheme' }]);
    expect(issue({ id: lesson.id, goalIds: ['sb-goal-finnes-ikke'] })).toEqual([{ path: 'goalIds.0', code: 'unknownGoal' }]);
    expect(issue({ id: lesson.id, startTime: '12:00' })).toEqual([{ path: 'endTime', code: 'endBeforeStart' }]);
    expect(issue({ id: lesson.id, startTime: '24:00' })).toEqual([{ path: 'startTime', code: 'invalidValue' }]);
    expect(issue({ id: lesson.id, support: { assistantIds: [missingId], languages: [] } })).toEqual([
      { path: 'support.assistantIds.0', code: 'unknownStaff' },
    ]);
    expect(issue({ id: lesson.id, date: '2028-01-03' })).toEqual([{ path: 'date', code: 'outsideCourse' }]);
    expect(errorOf(api.call('lessons.create', { courseId: missingId, date: '2026-09-14', startTime: '09:00', endTime: '10:00', title: 'x' })).issues)
      .toEqual([{ path: 'courseId', code: 'unknownCourse' }]);
    expect(errorOf(api.call('lessons.update', { id: lesson.id, title: '  ' })).issues).toEqual([{ path: 'title', code: 'required' }]);
  });

  it('lets assistants read but not change lessons', () => {
    const course = addClass(api);
    const lesson = addLesson(api, course.id, '2026-09-14');
    expect(api.call('lessons.get', { id: lesson.id }, 'assistant').ok).toBe(true);
    expect(errorOf(api.call('lessons.update', { id: lesson.id, title: 'x' }, 'assistant')).code).toBe('forbidden');
  });

  it('sanitises the text before it is stored', () => {
    const course = addClass(api);
    const lesson = addLesson(api, course.id, '2026-09-14', {
      bodyHtml: '<p onclick="alert(1)">Hei<script>alert(1)</script></p><iframe src="https://x.invalid"></iframe><a href="javascript:alert(1)">lenke</a>',
    });
    expect(lesson.bodyHtml).toBe('<p>Hei</p>lenke');
  });
});

describe('lesson versions', () => {
  it('keeps one version per burst of saves, a new one after a pause, and restores an old one', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-09-10T08:00:00Z'));
    const course = addClass(api);
    const lesson = addLesson(api, course.id, '2026-09-14', { bodyHtml: '<p>Første</p>' });
    vi.setSystemTime(new Date('2026-09-10T08:00:30Z'));
    api.value('lessons.update', { id: lesson.id, bodyHtml: '<p>Første utkast</p>' });
    vi.setSystemTime(new Date('2026-09-10T08:01:00Z'));
    api.value('lessons.update', { id: lesson.id, bodyHtml: '<p>Første utkast, ferdig</p>' });
    vi.setSystemTime(new Date('2026-09-10T08:10:00Z'));
    api.value('lessons.update', { id: lesson.id, bodyHtml: '<p dir="rtl">مرحبا</p>' });
    const versions = api.value('lessons.versions', { id: lesson.id });
    expect(versions.map((version) => version.bodyHtml)).toEqual(['<p dir="rtl">مرحبا</p>', '<p>Første utkast, ferdig</p>']);

    vi.setSystemTime(new Date('2026-09-10T08:10:30Z'));
    const restored = api.value('lessons.restoreVersion', { id: lesson.id, versionId: versions[1]!.id });
    expect(restored.bodyHtml).toBe('<p>Første utkast, ferdig</p>');
    expect(api.value('lessons.versions', { id: lesson.id })).toHaveLength(3);
    expect(errorOf(api.call('lessons.restoreVersion', { id: lesson.id, versionId: missingId })).issues)
      .toEqual([{ path: 'versionId', code: 'invalidValue' }]);
  });

  it('keeps only the newest 50 versions', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const course = addClass(api);
    const lesson = addLesson(api, course.id, '2026-09-14');
    for (let i = 0; i < 55; i += 1) {
      vi.setSystemTime(new Date(Date.UTC(2026, 8, 1, 8, i * 3)));
      api.value('lessons.update', { id: lesson.id, bodyHtml: `<p>${i}</p>` });
    }
    const versions = api.value('lessons.versions', { id: lesson.id });
    expect(versions).toHaveLength(50);
    expect(versions[0]!.bodyHtml).toBe('<p>54</p>');
    expect(versions.at(-1)!.bodyHtml).toBe('<p>5</p>');
  });
});
