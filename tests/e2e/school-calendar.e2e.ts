import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startSession, type Session } from './support/browser';
import { callApi, eventually, nextApiCall, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * A teacher sets up the school calendar once: the school year 2026/2027, the usual breaks
 * (reviewed, then saved), a planning day; the overview then shows them next to the public
 * holidays the app works out itself (Kristi himmelfartsdag 6 May 2027, 17 May).
 */
describe('school calendar', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  const section = () => page.getByRole('region', { name: 'Skolerute' });

  beforeAll(async () => {
    session = await startSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('starts with an honest empty state on the settings page', async () => {
    await goTo(page, 'Innstillinger');
    await visible(section().getByText('Ingen skoleår er lagt inn ennå', { exact: false }));
  });

  step('creates the school year 2026/2027', async () => {
    await section().getByRole('button', { name: 'Nytt skoleår' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt skoleår' });
    await dialog.getByRole('textbox', { name: 'Navn' }).fill('2026/2027');
    await dialog.getByRole('textbox', { name: 'Første dag' }).fill('17.08.2026');
    await dialog.getByRole('textbox', { name: 'Siste dag' }).fill('18.06.2027');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await visible(section().getByText('Ingen ferier eller fridager er lagt inn', { exact: false }));
    expect(await section().getByRole('textbox', { name: 'Navn' }).inputValue()).toBe('2026/2027');
  });

  step('reviews the suggested breaks, leaves nothing saved until asked, then saves them', async () => {
    await section().getByRole('button', { name: 'Foreslå vanlige ferier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vanlige ferier' });
    for (const name of ['Høstferie', 'Juleferie', 'Vinterferie', 'Påskeferie']) {
      await visible(dialog.getByRole('checkbox', { name: new RegExp(name) }));
      expect(await dialog.getByRole('checkbox', { name: new RegExp(name) }).isChecked()).toBe(true);
    }
    await visible(dialog.getByText('28.09.2026 – 02.10.2026 (uke 40–40)', { exact: false }));
    const years = await callApi(page, 'calendar.schoolYears.list', {});
    const [year] = years.value as { id: string }[];
    expect((await callApi(page, 'calendar.closures.list', { schoolYearId: year!.id })).value).toEqual([]);
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('suggested breaks', violations)).toEqual([]);

    await dialog.getByRole('button', { name: 'Lagre valgte' }).click();
    await visible(page.getByRole('listitem').filter({ hasText: '4 ferier er lagt til' }));
    const table = section().getByRole('table').first();
    for (const name of ['Høstferie', 'Juleferie', 'Vinterferie', 'Påskeferie']) {
      await visible(table.getByRole('cell', { name, exact: true }));
    }
  });

  step('adds a planning day (planleggingsdag) with the date field', async () => {
    await section().getByRole('button', { name: 'Legg til ferie eller fridag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legg til ferie eller fridag' });
    await dialog.getByRole('textbox', { name: 'Navn' }).fill('Planleggingsdag');
    await dialog.getByRole('radio', { name: 'Stengt dag' }).check();
    await dialog.getByRole('textbox', { name: 'Fra' }).fill('13.11.2026');
    // A single day: «Til og med» follows «Fra».
    await eventually(() => dialog.getByRole('textbox', { name: 'Til og med' }).inputValue()).toBe('13.11.2026');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    const row = section().getByRole('row').filter({ hasText: 'Planleggingsdag' });
    await visible(row.getByRole('cell', { name: '13.11.2026' }));
    await visible(row.getByRole('cell', { name: 'Stengt dag' }));
  });

  step('edits the planning day in place: saved by itself, undoable', async () => {
    await section().getByRole('button', { name: 'Endre Planleggingsdag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Endre Planleggingsdag' });
    // The section's own save status stays on the page behind the dialog: wait on the dialog's.
    const saved = async (edit: () => Promise<void>) => {
      const answer = nextApiCall(page, 'calendar.closures.update');
      await edit();
      expect(await answer).toMatchObject({ ok: true });
      await visible(dialog.getByRole('status').filter({ hasText: 'Alle endringer er lagret' }));
    };
    await saved(() => dialog.getByRole('textbox', { name: 'Navn' }).fill('Planleggingsdag for lærerne'));
    await saved(() => dialog.getByRole('button', { name: /Angre/ }).click());
    expect(await dialog.getByRole('textbox', { name: 'Navn' }).inputValue()).toBe('Planleggingsdag');
    await dialog.getByRole('button', { name: 'Lukk', exact: true }).first().click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await visible(section().getByRole('cell', { name: 'Planleggingsdag', exact: true }));
  });

  step('refuses a closure outside the school year with a clear message', async () => {
    await section().getByRole('button', { name: 'Legg til ferie eller fridag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legg til ferie eller fridag' });
    await dialog.getByRole('textbox', { name: 'Navn' }).fill('Sommerstengt');
    await dialog.getByRole('textbox', { name: 'Fra' }).fill('01.07.2027');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await visible(dialog.getByText('Datoen ligger utenfor skoleåret.'));
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
  });

  step('shows breaks, the planning day and the public holidays in the overview', async () => {
    const overview = section().getByRole('region', { name: 'Oversikt over skoleåret' });
    const may = overview.getByRole('table', { name: 'Mai 2027' });
    await visible(may);
    const closedInMay = overview.getByRole('list', { name: 'Stengte dager i Mai 2027' });
    await visible(closedInMay.getByRole('listitem').filter({ hasText: '06.05.2027 Kristi himmelfartsdag' }));
    await visible(closedInMay.getByRole('listitem').filter({ hasText: '17.05.2027 Grunnlovsdag (17. mai)' }));
    expect(await may.locator('td[data-date="2027-05-17"]').getAttribute('class')).toContain('school-calendar__day--holiday');
    expect(await may.locator('td[data-date="2027-05-06"]').getAttribute('title')).toBe('Kristi himmelfartsdag');
    // ISO week numbers in the first column, Monday first: 6 May 2027 is the Thursday of week 18.
    const week18 = may.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '18', exact: true }) });
    expect(await week18.getByRole('cell').nth(3).getAttribute('data-date')).toBe('2027-05-06');

    const november = overview.getByRole('list', { name: 'Stengte dager i November 2026' });
    await visible(november.getByRole('listitem').filter({ hasText: '13.11.2026 Planleggingsdag' }));
    const december = overview.getByRole('list', { name: 'Stengte dager i Desember 2026' });
    // The break is named around the holidays inside it.
    await visible(december.getByRole('listitem').filter({ hasText: '21.12.2026 – 24.12.2026 Juleferie' }));
    await visible(december.getByRole('listitem').filter({ hasText: '27.12.2026 – 31.12.2026 Juleferie' }));
    await visible(december.getByRole('listitem').filter({ hasText: '25.12.2026 1. juledag' }));
    expect(await overview.getByRole('table', { name: 'Desember 2026' }).locator('td[data-date="2026-12-21"]').getAttribute('class'))
      .toContain('school-calendar__day--break');
    // Week 53 of 2026 is shown as such.
    await visible(overview.getByRole('table', { name: 'Januar 2027' }).getByRole('rowheader', { name: '53', exact: true }));

    const days = await callApi(page, 'calendar.days', { from: '2026-11-13', to: '2026-11-13' });
    expect(days.value).toMatchObject([{ closed: { kind: 'closure', name: 'Planleggingsdag' } }]);
    await visible(overview.getByText(/\d+ skoledager/));

    await page.screenshot({ path: resultPath('school-calendar.png'), fullPage: true });
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('school calendar', violations)).toEqual([]);
    await eventually(() => session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
