import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays, mondayOf } from '../../shared/domain/calendar/dates';
import { goTo, startExampleSession, type Session } from './support/browser';
import { formatViolations, seriousViolations } from './support/axe';
import { callApi, eventually, nextApiCall, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

const localToday = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
const norwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The translation queue on the example centre (its class has an Arabic and a Tigrinya
 * assistant; Tuesdays and Thursdays are practice days). The teacher plans next week's
 * Wednesday with Arabic support and sees that the Arabic words are missing; the Arabic
 * word is added in the glossary and the task is done. «Planer for meg» for the Arabic
 * assistant shows the days with and without support.
 */
describe('translation queue', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  const nextMonday = addDays(mondayOf(localToday()), 7);
  const wednesday = addDays(nextMonday, 2);
  const friday = addDays(nextMonday, 4);
  let lessonId = '';
  let courseId = '';

  const axe = async (screen: string) => {
    expect(formatViolations(screen, await seriousViolations(page))).toBe('');
  };

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('the teacher plans next week: Wednesday with Arabic support, Friday without', async () => {
    courseId = ((await callApi(page, 'courses.list', {})).value as { id: string }[])[0]!.id;
    const assistants = (await callApi(page, 'staff.list', { role: 'assistant' })).value as { id: string; name: string }[];
    const arabic = assistants.find((person) => person.name === 'نادية كريم')!;
    const theme = (await callApi(page, 'themes.create', {
      courseId, name: 'Hos legen', startDate: nextMonday, endDate: addDays(nextMonday, 18),
    })).value as { id: string };
    const lesson = await callApi(page, 'lessons.create', {
      courseId, date: wednesday, startTime: '09:00', endTime: '11:30', title: 'Bestille time', themeId: theme.id,
      bodyHtml: '<p>Vi øver på å ringe <strong>legekontoret</strong>.</p>', support: { assistantIds: [arabic.id], languages: ['ar'] },
    });
    expect(lesson).toMatchObject({ ok: true });
    lessonId = (lesson.value as { id: string }).id;
    expect(await callApi(page, 'lessons.create', {
      courseId, date: friday, startTime: '09:00', endTime: '11:30', title: 'På venterommet', themeId: theme.id,
    })).toMatchObject({ ok: true });
    expect(await callApi(page, 'glossary.create', { term: 'resept', themeIds: [theme.id] })).toMatchObject({ ok: true });
  });

  step('sees on the lesson page that the Arabic words are missing', async () => {
    await page.goto(`${session.server.origin}/#/week/lessons/${lessonId}`);
    const card = page.getByRole('region', { name: 'Oversatte ord' });
    await visible(card);
    await visible(card.getByText('0 av 1 språk klare'));
    await visible(card.getByText('arabisk: mangler 1 av 1 ord'));
  });

  step('finds the task in «Oversettelser», given to the Arabic assistant', async () => {
    await goTo(page, 'Oversettelser');
    const row = page.getByRole('row').filter({ hasText: 'Hos legen' });
    await visible(row);
    await visible(row.getByText('0 av 1 ord oversatt'));
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('arabisk');
    const assignee = row.getByRole('combobox', { name: /Hvem tar Hos legen, arabisk/u });
    expect(await assignee.locator('option:checked').textContent()).toBe('نادية كريم');
    expect(await row.getByRole('combobox', { name: /Status for/u }).inputValue()).toBe('open');
    await visible(row.getByText(`Første økt med støtte: ${norwegian(wednesday)}`));
    await axe('Oversettelser');
  });

  step('adds the Arabic word from the task’s word list', async () => {
    const row = page.getByRole('row').filter({ hasText: 'Hos legen' });
    await row.getByRole('link', { name: 'Åpne ordlisten' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Hos legen' }));
    await page.getByRole('link', { name: 'resept' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'resept' }));
    await page.getByRole('button', { name: 'Legg til oversettelse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legg til oversettelse' });
    await dialog.getByRole('combobox', { name: 'Språk', exact: true }).selectOption('ar');
    await dialog.getByRole('textbox', { name: 'Oversettelse' }).fill('وصفة طبية');
    const created = nextApiCall(page, 'glossary.translations.create');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    expect(await created).toMatchObject({ ok: true });
  });

  step('the task shows done, and the lesson has its Arabic words', async () => {
    await goTo(page, 'Oversettelser');
    await visible(page.getByText('Ingen oppgaver her.', { exact: false }));
    await page.getByLabel('Vis ferdige oppgaver').check();
    const row = page.getByRole('row').filter({ hasText: 'Hos legen' });
    await visible(row.getByText('1 av 1 ord oversatt'));
    await eventually(() => row.getByRole('combobox', { name: /Status for/u }).inputValue()).toBe('done');
    const tasks = (await callApi(page, 'translationTasks.list', { includeDone: true })).value as { tasks: { status: string; terms: unknown }[] };
    expect(tasks.tasks).toMatchObject([{ status: 'done', terms: { total: 1, translated: 1, checked: 0 } }]);
    await page.goto(`${session.server.origin}/#/week/lessons/${lessonId}`);
    await visible(page.getByRole('region', { name: 'Oversatte ord' }).getByText('1 av 1 språk klare'));
  });

  step('makes a Tigrinya task by hand, deletes it and undoes the delete', async () => {
    await goTo(page, 'Oversettelser');
    await page.getByRole('button', { name: 'Ny oppgave' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny oversettelsesoppgave' });
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await visible(dialog.getByRole('alert').first());
    await dialog.getByLabel('Tema').selectOption({ label: 'Hos legen (Arbeidsrettet norsk A1–A2, høst 2026)' });
    await dialog.getByLabel('Språk').selectOption('ti');
    await dialog.getByLabel('Hvem').selectOption({ label: 'ዮናስ በርሀ' });
    const created = nextApiCall(page, 'translationTasks.create');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    expect(await created).toMatchObject({ ok: true, value: { language: 'ti', origin: 'manual', assigneeName: 'ዮናስ በርሀ' } });
    const row = page.getByRole('row').filter({ hasText: 'tigrinja' });
    await visible(row.getByText('0 av 1 ord oversatt'));
    await row.getByRole('button', { name: 'Slett oppgaven Hos legen, tigrinja' }).click();
    await visible(page.getByText('Ingen oppgaver her.', { exact: false }));
    await page.getByRole('button', { name: 'Angre' }).click();
    await visible(page.getByRole('row').filter({ hasText: 'tigrinja' }));
  });

  step('«Planer for meg» lists the Arabic assistant’s days with and without support', async () => {
    await goTo(page, 'Planer for meg');
    await page.getByLabel('Morsmålsassistent').selectOption({ label: 'نادية كريم' });
    const wednesdayCard = page.getByRole('region', { name: new RegExp(`Onsdag ${norwegian(wednesday)}`, 'u') });
    await visible(wednesdayCard);
    await visible(wednesdayCard.getByText('Med morsmålsstøtte').first());
    await visible(wednesdayCard.getByRole('link', { name: 'Bestille time' }));
    await visible(wednesdayCard.getByText('legekontoret'));
    await visible(wednesdayCard.getByText('Du er med'));
    const fridayCard = page.getByRole('region', { name: new RegExp(`Fredag ${norwegian(friday)}`, 'u') });
    await visible(fridayCard.getByRole('link', { name: 'På venterommet' }));
    await visible(fridayCard.getByText('Uten morsmålsstøtte').first());
    const tuesdayCard = page.getByRole('region', { name: new RegExp(`Tirsdag ${norwegian(addDays(nextMonday, 1))}`, 'u') });
    await visible(tuesdayCard.getByText('praksisdag', { exact: false }));
    await axe('Planer for meg');
  });

  step('prints the plan for assistants from «Planer for meg»', async () => {
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skriv ut plan for assistenter for Arbeidsrettet norsk A1–A2, høst 2026' }).click();
    const file = await downloaded;
    const target = resultPath(file.suggestedFilename());
    await file.saveAs(target);
    await visible(page.getByRole('status').filter({ hasText: 'PDF-en er lastet ned' }));
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    expect(text).toContain('Plan for assistenter');
    expect(text).toContain('Bestille time');
    expect(text).toContain('Skoledager uten morsmålsstøtte');
  });

  step('signed in as the Tigrinya assistant, the queue and the plans are his by default', async () => {
    const assistants = (await callApi(page, 'staff.list', { role: 'assistant' })).value as { id: string; name: string }[];
    const tigrinya = assistants.find((person) => person.name === 'ዮናስ በርሀ')!;
    expect(await callApi(page, 'profiles.signIn', { staffId: tigrinya.id })).toMatchObject({ ok: true });
    await page.reload();
    await goTo(page, 'Oversettelser');
    // His own queue, always: no picker for another assistant's.
    await visible(page.getByText('Morsmålsassistent: ዮናስ በርሀ'));
    expect(await page.getByRole('combobox', { name: 'Morsmålsassistent' }).count()).toBe(0);
    const rows = page.getByRole('row').filter({ hasText: 'Hos legen' });
    await visible(rows.first());
    expect(await rows.count()).toBe(1);
    await visible(rows.getByRole('cell', { name: 'tigrinja', exact: true }));
    await goTo(page, 'Planer for meg');
    await visible(page.getByText('Morsmålsassistent: ዮናስ በርሀ'));
    await visible(page.getByRole('link', { name: 'Bestille time' }));
  });
});
