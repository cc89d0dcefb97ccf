import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../electron/core/api/dispatch';
import { plansForMe } from '../../../../electron/core/services/translation-queue/plans-for-me';
import { translationQueue } from '../../../../electron/core/services/translation-queue/queue';
import { errorOf, missingId } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { hashDatabase } from '../../helpers/db-dump';
import { queue, supportClass, today } from './helpers';

let api: TestApi;
let fixture: ReturnType<typeof supportClass>;
beforeEach(() => {
  api = createTestApi();
  fixture = supportClass(api);
});
afterEach(() => api.db.close());

const taskCount = () => api.db.prepare('SELECT count(*) FROM translation_task').pluck().get() as number;
const word = (term: string, link: { themeIds?: string[]; lessonIds?: string[] }) => api.value('glossary.create', { term, ...link });

describe('which lessons and themes need translations', () => {
  it('makes one task per language for a theme whose lessons in the coming weeks have support', () => {
    const { theme, lesson, arabic, tigrinya } = fixture;
    lesson('2026-09-21', 'Bleieskift', { themeId: theme.id, support: { assistantIds: [arabic.id], languages: ['ar'] } });
    lesson('2026-09-23', 'Måltid', { themeId: theme.id, support: { assistantIds: [tigrinya.id], languages: ['ti'] } });
    lesson('2026-09-24', 'Uten støtte', { themeId: theme.id });
    const tasks = queue(api);
    expect(tasks.map((task) => [task.subject, task.subjectName, task.language, task.dueDate, task.assigneeName, task.origin])).toEqual([
      ['theme', 'På jobb i barnehagen', 'ar', '2026-09-14', 'نادية كريم', 'auto'],
      ['theme', 'På jobb i barnehagen', 'ti', '2026-09-16', 'ዮናስ በርሀ', 'auto'],
    ]);
    expect(tasks[0]).toMatchObject({ courseName: 'Norsk A1 barnehage', lessonDate: '2026-09-21', status: 'open', overdue: false });
  });

  it('makes a task for a lesson without a theme, and uses the class’s language groups when no language is chosen', () => {
    const { lesson, arabic } = fixture;
    lesson('2026-09-22', 'Legetime', { support: { assistantIds: [arabic.id], languages: [] } });
    const tasks = queue(api);
    // The class's groups with an assistant: Arabic (نادية) and Tigrinya (ዮናስ); nobody in the class speaks Sorani.
    expect(tasks.map((task) => [task.subject, task.subjectName, task.language, task.assigneeName])).toEqual([
      ['lesson', 'Legetime', 'ar', 'نادية كريم'],
      ['lesson', 'Legetime', 'ti', 'ዮናስ በርሀ'],
    ]);
  });

  it('ignores lessons without support, cancelled or deleted lessons, past lessons and those beyond four weeks', () => {
    const { lesson } = fixture;
    const support = { assistantIds: [], languages: ['ar'] };
    lesson('2026-09-15', 'Ingen støtte');
    lesson('2026-09-16', 'Avlyst', { support, status: 'cancelled' });
    api.value('lessons.delete', { id: lesson('2026-09-17', 'Slettet', { support }).id });
    lesson('2026-09-11', 'Forrige uke', { support });
    lesson('2026-10-13', 'Om fem uker', { support });
    expect(queue(api)).toEqual([]);
    expect(taskCount()).toBe(0);
  });

  it('is due before the theme’s first lesson with support in that language, on a weekday', () => {
    const { theme, lesson } = fixture;
    lesson('2026-09-28', 'Senere', { themeId: theme.id, support: { assistantIds: [], languages: ['ar'] } });
    lesson('2026-09-21', 'Først', { themeId: theme.id, support: { assistantIds: [], languages: ['ar'] } });
    // 21 September − 7 days = Monday 14th.
    expect(queue(api).map((task) => task.dueDate)).toEqual(['2026-09-14']);
    api.value('settings.update', { translationLeadDays: 2 });
    // A due date nobody chose follows the setting and the plan: 19th is a Saturday → Friday 18th.
    expect(queue(api).map((task) => task.dueDate)).toEqual(['2026-09-18']);
  });
});

describe('the sync', () => {
  it('is idempotent: reading the queue again makes no second task and changes nothing', () => {
    const { theme, lesson } = fixture;
    lesson('2026-09-21', 'Bleieskift', { themeId: theme.id, support: { assistantIds: [], languages: ['ar', 'ti'] } });
    lesson('2026-09-22', 'Lek', { themeId: theme.id, support: { assistantIds: [], languages: ['ar'] } });
    const first = queue(api);
    expect(first).toHaveLength(2);
    const before = hashDatabase(api.db);
    expect(queue(api)).toEqual(first);
    expect(queue(api, { today: '2026-09-15' })).toHaveLength(2);
    expect(hashDatabase(api.db)).toBe(before);
    expect(taskCount()).toBe(2);
  });

  it('never brings back a task someone deleted, but restore and a task by hand do', () => {
    const { theme, lesson } = fixture;
    lesson('2026-09-21', 'Bleieskift', { themeId: theme.id, support: { assistantIds: [], languages: ['ar'] } });
    const [task] = queue(api);
    api.value('translationTasks.delete', { id: task!.id });
    expect(queue(api)).toEqual([]);
    expect(api.value('translationTasks.restore', { id: task!.id })).toMatchObject({ id: task!.id, language: 'ar' });
    expect(queue(api).map((row) => row.id)).toEqual([task!.id]);
    api.value('translationTasks.delete', { id: task!.id });
    const again = api.value('translationTasks.create', { themeId: theme.id, language: 'ar', note: 'Likevel' });
    expect(again).toMatchObject({ id: task!.id, origin: 'manual', note: 'Likevel', status: 'open' });
    expect(taskCount()).toBe(1);
  });

  it('moves the due date with the lesson, unless someone chose it', () => {
    const { lesson } = fixture;
    const planned = lesson('2026-09-23', 'Legetime', { support: { assistantIds: [], languages: ['ar', 'ti'] } });
    const [arabicTask, tigrinyaTask] = queue(api);
    api.value('translationTasks.update', { id: tigrinyaTask!.id, dueDate: '2026-09-15' });
    api.value('lessons.move', { id: planned.id, date: '2026-09-30', slotIndex: 0 });
    const moved = queue(api);
    expect(moved.find((task) => task.id === arabicTask!.id)?.dueDate).toBe('2026-09-23');
    expect(moved.find((task) => task.id === tigrinyaTask!.id)?.dueDate).toBe('2026-09-15');
  });
});

describe('completeness from the glossary', () => {
  it('counts the theme’s terms with a translation in the language, draft and checked, and finishes the task by itself', () => {
    const { theme, lesson } = fixture;
    lesson('2026-09-21', 'Bleieskift', { themeId: theme.id, support: { assistantIds: [], languages: ['ar', 'ti'] } });
    const diaper = word('bleie', { themeIds: [theme.id] });
    const nap = word('hvilestund', { themeIds: [theme.id] });
    word('lager', {}); // not linked: not counted
    api.value('glossary.translations.create', { termId: diaper.id, language: 'ar', text: 'حفاضة', status: 'checked' });
    api.value('glossary.translations.create', { termId: diaper.id, language: 'ti', text: 'ዳይፐር' });
    const [arabicTask, tigrinyaTask] = queue(api);
    expect(arabicTask).toMatchObject({ language: 'ar', status: 'open', terms: { total: 2, translated: 1, checked: 1 } });
    expect(tigrinyaTask).toMatchObject({ language: 'ti', terms: { total: 2, translated: 1, checked: 0 } });

    const napArabic = api.value('glossary.translations.create', { termId: nap.id, language: 'ar', text: 'قيلولة' });
    expect(queue(api, { includeDone: true, language: 'ar' })).toMatchObject([{ status: 'done', terms: { total: 2, translated: 2, checked: 1 } }]);
    // Done tasks leave the default list.
    expect(queue(api).map((task) => task.language)).toEqual(['ti']);

    // A new word opens a task that finished by itself again…
    word('smekke', { themeIds: [theme.id] });
    expect(queue(api, { language: 'ar' })).toMatchObject([{ status: 'open', terms: { total: 3, translated: 2 } }]);
    // …and a deleted translation no longer counts.
    api.value('glossary.translations.delete', { id: napArabic.id });
    expect(queue(api, { language: 'ar' })).toMatchObject([{ terms: { total: 3, translated: 1 } }]);
  });

  it('keeps a task that a person marked done, done', () => {
    const { theme, lesson } = fixture;
    lesson('2026-09-21', 'Bleieskift', { themeId: theme.id, support: { assistantIds: [], languages: ['ar'] } });
    word('bleie', { themeIds: [theme.id] });
    const [task] = queue(api);
    api.value('translationTasks.update', { id: task!.id, status: 'done' });
    expect(queue(api, { includeDone: true })).toMatchObject([{ status: 'done', terms: { total: 1, translated: 0 } }]);
  });

  it('counts a lesson’s own terms and its theme’s for the lesson page, language by language', () => {
    const { theme, lesson } = fixture;
    const planned = lesson('2026-09-21', 'Bleieskift', { themeId: theme.id, support: { assistantIds: [], languages: ['ar', 'ti'] } });
    const diaper = word('bleie', { themeIds: [theme.id] });
    const bib = word('smekke', { lessonIds: [planned.id] });
    for (const term of [diaper, bib]) api.value('glossary.translations.create', { termId: term.id, language: 'ar', text: 'كلمة' });
    const status = api.value('translationTasks.forLesson', { lessonId: planned.id });
    expect(status.readyCount).toBe(1);
    expect(status.languages.map((entry) => [entry.language, entry.terms.total, entry.terms.translated, entry.ready])).toEqual([
      ['ar', 2, 2, true],
      ['ti', 2, 0, false],
    ]);
    expect(api.value('translationTasks.forLesson', { lessonId: lesson('2026-09-22', 'Uten').id })).toEqual({ languages: [], readyCount: 0 });
  });
});

describe('who sees which tasks', () => {
  it('shows an assistant only the tasks of their own classes, in the languages they cover or given to them', () => {
    const { theme, lesson, other, arabic, tigrinya, somali } = fixture;
    lesson('2026-09-21', 'Bleieskift', { themeId: theme.id, support: { assistantIds: [], languages: ['ar', 'ti'] } });
    api.value('lessons.create', {
      courseId: other.id, date: '2026-09-22', startTime: '09:00', endTime: '11:00', title: 'Varemottak', support: { assistantIds: [somali.id], languages: ['so'] },
    });
    expect(queue(api).map((task) => task.language)).toEqual(['ar', 'ti', 'so']);
    expect(queue(api, { assistantId: arabic.id }).map((task) => task.language)).toEqual(['ar']);
    expect(queue(api, { assistantId: somali.id }).map((task) => [task.language, task.courseName])).toEqual([['so', 'Norsk A2 lager']]);
    // The Tigrinya task given to the Arabic assistant shows in her queue too; never another class's.
    const tigrinyaTask = queue(api, { assistantId: tigrinya.id })[0]!;
    api.value('translationTasks.update', { id: tigrinyaTask.id, assigneeId: arabic.id });
    expect(queue(api, { assistantId: arabic.id }).map((task) => task.language)).toEqual(['ar', 'ti']);
    expect(queue(api, { assistantId: arabic.id, courseId: other.id })).toEqual([]);
  });

  it('filters by language, class and due date, and marks overdue tasks', () => {
    const { lesson, course } = fixture;
    lesson('2026-09-15', 'I morgen', { support: { assistantIds: [], languages: ['ar'] } });
    lesson('2026-10-06', 'Om tre uker', { support: { assistantIds: [], languages: ['ti'] } });
    const tasks = queue(api);
    expect(tasks.map((task) => [task.language, task.dueDate, task.overdue])).toEqual([
      ['ar', '2026-09-08', true],
      ['ti', '2026-09-29', false],
    ]);
    expect(queue(api, { dueBefore: '2026-09-20' }).map((task) => task.language)).toEqual(['ar']);
    expect(queue(api, { language: 'ti', courseId: course.id }).map((task) => task.subjectName)).toEqual(['Om tre uker']);
  });

  it('lets an assistant take and finish a task (their own work)', () => {
    const { lesson, arabic } = fixture;
    lesson('2026-09-22', 'Legetime', { support: { assistantIds: [], languages: ['ar'] } });
    const [task] = queue(api);
    const result = api.call('translationTasks.update', { id: task!.id, status: 'inProgress', assigneeId: arabic.id, note: 'Jeg tar denne' }, 'assistant');
    expect(result).toMatchObject({ ok: true, value: { status: 'inProgress', assigneeName: 'نادية كريم', note: 'Jeg tar denne' } });
  });
});

describe('tasks by hand and bad input', () => {
  it('makes a task for a theme with the usual due date, or the one given', () => {
    const { theme, tigrinya } = fixture;
    // No lesson with support yet: due before the theme starts.
    const made = api.value('translationTasks.create', { themeId: theme.id, language: 'ti', assigneeId: tigrinya.id });
    expect(made).toMatchObject({ subject: 'theme', dueDate: '2026-09-07', assigneeName: 'ዮናስ በርሀ', origin: 'manual', status: 'open' });
    const dated = api.value('translationTasks.create', { themeId: theme.id, language: 'prs', dueDate: '2026-09-30' });
    expect(dated.dueDate).toBe('2026-09-30');
  });

  it('refuses a second task for the same subject and language, unknown subjects and assignees, changing nothing', () => {
    const { theme, lesson } = fixture;
    const planned = lesson('2026-09-22', 'Legetime');
    api.value('translationTasks.create', { lessonId: planned.id, language: 'ar' });
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('translationTasks.create', { lessonId: planned.id, language: 'ar' })).code).toBe('conflict');
    expect(errorOf(api.call('translationTasks.create', { themeId: missingId, language: 'ar' }))).toMatchObject({ code: 'validation', issues: [{ path: 'themeId', code: 'unknownTheme' }] });
    expect(errorOf(api.call('translationTasks.create', { themeId: theme.id, language: 'ar', assigneeId: missingId }))).toMatchObject({ issues: [{ path: 'assigneeId', code: 'unknownStaff' }] });
    expect(errorOf(api.call('translationTasks.create', { themeId: theme.id, lessonId: planned.id, language: 'ar' })).code).toBe('validation');
    expect(errorOf(api.call('translationTasks.create', { language: 'ar' })).code).toBe('validation');
    expect(errorOf(api.call('translationTasks.create', { themeId: theme.id, language: 'klingon' })).code).toBe('validation');
    expect(errorOf(api.raw('translationTasks.update', { id: missingId, status: 'finished' })).code).toBe('validation');
    expect(errorOf(api.call('translationTasks.update', { id: missingId, status: 'done' })).code).toBe('not_found');
    expect(hashDatabase(api.db)).toBe(before);
  });
});

describe('«Planer for meg»', () => {
  it('lists two weeks of the assistant’s classes day by day, with and without support, and the days off', () => {
    const { theme, lesson, arabic, somali, course } = fixture;
    api.value('courses.update', { id: course.id, weekPattern: { mon: 'school', tue: 'practice', wed: 'school', thu: 'school', fri: 'school' } });
    const goal = api.value('goals.create', { level: 'A1', skill: 'lese', domain: 'arbeidsliv', textNb: 'Jeg kan si hva jeg trenger på jobb' });
    lesson('2026-09-14', 'Bleieskift', { themeId: theme.id, goalIds: [goal.id], bodyHtml: '<p>Vi øver på <strong>bleie</strong>.</p>', support: { assistantIds: [arabic.id], languages: ['ar'] } });
    lesson('2026-09-16', 'Måltid', { themeId: theme.id });
    const plan = api.value('plansForMe.get', { staffId: arabic.id, from: today });
    expect(plan).toMatchObject({ staffName: 'نادية كريم', from: '2026-09-14', to: '2026-09-27', courses: [{ name: 'Norsk A1 barnehage' }] });
    expect(plan.days.map((day) => day.date)).toEqual([
      '2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17', '2026-09-18',
      '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24', '2026-09-25',
    ]);
    const [monday, tuesday, wednesday, thursday] = plan.days;
    expect(monday).toMatchObject({ hasSupport: true, lessons: [{ title: 'Bleieskift', themeName: 'På jobb i barnehagen', support: { languages: ['ar'], assistantNames: ['نادية كريم'], includesMe: true } }] });
    expect(monday!.lessons[0]!.goals).toEqual([{ id: goal.id, textNb: 'Jeg kan si hva jeg trenger på jobb', textEn: '', level: 'A1' }]);
    expect(monday!.lessons[0]!.bodyHtml).toContain('<strong>bleie</strong>');
    expect(tuesday).toMatchObject({ lessons: [], notAtSchool: [{ reason: 'practice', courseName: 'Norsk A1 barnehage' }] });
    expect(wednesday).toMatchObject({ hasSupport: false, lessons: [{ title: 'Måltid', support: null }] });
    expect(thursday).toMatchObject({ hasSupport: false, lessons: [], notAtSchool: [] });
    // Another assistant sees only their own class.
    expect(api.value('plansForMe.get', { staffId: somali.id, from: today }).courses.map((c) => c.name)).toEqual(['Norsk A2 lager']);
  });

  it('shows holidays and breaks, and answers not found for someone who is not there', () => {
    const { arabic } = fixture;
    const year = api.value('calendar.schoolYears.create', { name: '2026/2027', startDate: '2026-08-17', endDate: '2027-06-18' });
    api.value('calendar.closures.create', { schoolYearId: year.id, startDate: '2026-09-28', endDate: '2026-10-02', kind: 'break', name: 'Høstferie' });
    const plan = api.value('plansForMe.get', { staffId: arabic.id, from: '2026-09-28' });
    expect(plan.days[0]).toMatchObject({ notAtSchool: [{ reason: 'break', name: 'Høstferie' }] });
    const easter = api.value('plansForMe.get', { staffId: arabic.id, from: '2027-03-22' });
    expect(easter.days.find((day) => day.date === '2027-03-25')).toMatchObject({ notAtSchool: [{ reason: 'holiday', holidayKey: 'maundyThursday' }] });
    expect(errorOf(api.call('plansForMe.get', { staffId: missingId })).code).toBe('not_found');
  });
});

describe('a signed-in assistant', () => {
  it('reaches only the tasks and plans of their own classes', () => {
    const { theme, lesson, other, arabic, somali } = fixture;
    lesson('2026-09-21', 'Bleieskift', { themeId: theme.id, support: { assistantIds: [], languages: ['ar', 'ti'] } });
    const otherLesson = api.value('lessons.create', {
      courseId: other.id, date: '2026-09-22', startTime: '09:00', endTime: '11:00', title: 'Varemottak', support: { assistantIds: [somali.id], languages: ['so'] },
    });
    const somaliTask = queue(api).find((task) => task.language === 'so')!;
    // Her class's tasks in every language (she may help a colleague), never the other class's.
    const limited = translationQueue(api.db, { today, includeDone: true }, arabic.id);
    expect(limited.tasks.map((task) => task.language)).toEqual(['ar', 'ti']);
    expect(plansForMe(api.db, { staffId: somali.id, from: today }, arabic.id).courses).toEqual([]);

    // As the shells call it once she has signed in: her role and her staff id.
    const signedIn = createApi({ db: api.db, mode: 'test', version: '0.0.0-test' }, { checkOutputs: true });
    const call = (method: string, input: unknown) => signedIn.call(method, input, { role: 'assistant', staffId: arabic.id });
    const own = call('translationTasks.list', { today, assistantId: arabic.id });
    expect(own, JSON.stringify(own)).toMatchObject({ ok: true });
    expect((own as { value: { tasks: { language: string }[] } }).value.tasks.map((task) => task.language)).toEqual(['ar']);
    const before = hashDatabase(api.db);
    expect(errorOf(call('translationTasks.update', { id: somaliTask.id, status: 'done' })).code).toBe('forbidden');
    expect(errorOf(call('translationTasks.delete', { id: somaliTask.id })).code).toBe('forbidden');
    expect(errorOf(call('translationTasks.create', { lessonId: otherLesson.id, language: 'ar' })).code).toBe('forbidden');
    expect(hashDatabase(api.db)).toBe(before);
  });
});
