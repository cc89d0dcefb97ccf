import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { startExampleSession, type Session } from './support/browser';
import { callApi, eventually, gone, nextApiCall, selectOptionByText, textOf, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

interface CourseRow {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
}

/**
 * A teacher copies week 48 of the example class «Arbeidsrettet norsk A1–A2» (school on
 * Monday, Wednesday and Friday) to a parallel class that has school every weekday: a
 * preview first, then the copy, then the undo from the toast.
 */
describe('copy a week to another class', () => {
  let session: Session;
  let page: Page;
  let source: CourseRow;
  let target: CourseRow;
  const step = storySteps();
  const parallel = 'Parallellklasse A1';
  const day = (date: string) => page.locator(`section[data-day="${date}"]`);
  const weekOf = (course: CourseRow) => `${session.server.origin}/#/week?course=${course.id}&year=2026&week=48`;

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('has a second class and three planned lessons in week 48 of the example class', async () => {
    const courses = (await callApi(page, 'courses.list', {})).value as CourseRow[];
    source = courses.find((course) => course.name.startsWith('Arbeidsrettet norsk A1–A2'))!;
    expect(source).toBeDefined();
    const created = await callApi(page, 'courses.create', {
      name: parallel, startDate: source.startDate, endDate: source.endDate, levelFrom: 'A1', levelTo: 'A2', track: 2,
      weekPattern: { mon: 'school', tue: 'school', wed: 'school', thu: 'school', fri: 'school' },
    });
    target = created.value as CourseRow;
    const generated = await callApi(page, 'lessons.generate', {
      courseId: source.id, from: '2026-11-23', to: '2026-11-27', startTime: '09:00', endTime: '14:00', titlePrefix: 'Verktøy', confirm: true,
    });
    expect((generated.value as { createdIds: string[] }).createdIds).toHaveLength(3);
  });

  step('previews the copy of the week, with the target class chosen by name', async () => {
    await page.goto(weekOf(source));
    await visible(day('2026-11-23').getByRole('link', { name: 'Verktøy' }));
    await page.getByRole('button', { name: 'Kopier …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kopier plan til en annen klasse' });
    expect(await dialog.getByRole('radio', { name: 'Denne uka' }).isChecked()).toBe(true);
    await selectOptionByText(dialog.getByRole('combobox', { name: 'Til klasse' }), parallel);
    const previewed = nextApiCall(page, 'lessons.copyPreview');
    await dialog.getByRole('button', { name: 'Vis hva som kopieres' }).click();
    expect(await previewed).toMatchObject({ ok: true });
    await visible(dialog.getByText('3 økter blir kopiert.'));
    const rows = dialog.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(4);
    expect(await textOf(rows.nth(1))).toContain('23.11.2026');
    // Previewing stores nothing.
    expect(((await callApi(page, 'lessons.week', { courseId: target.id, isoYear: 2026, isoWeek: 48 })).value as { days: { lessons: unknown[] }[] })
      .days.flatMap((entry) => entry.lessons)).toEqual([]);
    expect(formatViolations('copy dialog with preview', await seriousViolations(page))).toBe('');
    await page.screenshot({ path: resultPath('copy-plan-preview.png'), fullPage: true });
  });

  step('copies, shows the lessons in the other class, and undoes from the toast', async () => {
    const dialog = page.getByRole('dialog', { name: 'Kopier plan til en annen klasse' });
    const committed = nextApiCall(page, 'lessons.copyCommit');
    await dialog.getByRole('button', { name: 'Kopier 3 økter' }).click();
    expect(await committed).toMatchObject({ ok: true });
    await gone(dialog);
    await visible(page.getByText(/3 økter er kopiert til/));

    await selectOptionByText(page.getByRole('combobox', { name: 'Klasse' }), parallel);
    for (const date of ['2026-11-23', '2026-11-25', '2026-11-27']) await visible(day(date).getByRole('link', { name: 'Verktøy' }));
    expect(await day('2026-11-24').getByRole('article').count()).toBe(0);

    const undone = nextApiCall(page, 'lessons.deleteMany');
    await page.getByRole('button', { name: 'Angre' }).click();
    expect(await undone).toMatchObject({ ok: true });
    await eventually(() => page.locator('section[data-day] article').count()).toBe(0);
    await visible(page.getByText('Kopieringen er angret'));
    // The example class keeps its own lessons.
    await page.goto(weekOf(source));
    await visible(day('2026-11-27').getByRole('link', { name: 'Verktøy' }));
    await eventually(() => session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
