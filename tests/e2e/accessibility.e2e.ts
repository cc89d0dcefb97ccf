import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navLink, startSession, type Session } from './support/browser';
import { formatViolations, seriousViolations } from './support/axe';
import { callApi, eventually, visible } from './support/expect';

/** The left navigation, in order. */
const areas = [
  'Oversikt', 'Ukeplan', 'Kompetansemål', 'Klasser', 'Deltakere', 'Ansatte', 'Praksis', 'Materiale', 'Ordlister',
  'Oversettelser', 'Planer for meg', 'Vurdering', 'Dokumenter', 'Kontroller dokument', 'Personvern', 'Innstillinger',
];

/** Where a page's heading says more than its navigation link. */
const headings: Record<string, string> = { Praksis: 'Praksisplasser', Personvern: 'Sletting og personvern' };

/**
 * axe-core (WCAG 2.0/2.1 A and AA) on every screen with the example centre loaded: no serious
 * or critical violations. Problems are collected over all screens and reported together.
 */
describe('accessibility', () => {
  let session: Session;
  let page: Page;
  const problems: string[] = [];
  const check = async (screen: string) => {
    const report = formatViolations(screen, await seriousViolations(page));
    if (report) problems.push(report);
  };
  const heading = (name: string) => visible(page.getByRole('heading', { level: 1, name, exact: true }));

  beforeAll(async () => {
    session = await startSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has no serious or critical axe violations on any screen', async () => {
    await visible(page.getByRole('button', { name: 'Åpne eksempelsenteret' }));
    await check('Oversikt, first start (welcome card)');
    await page.getByRole('button', { name: 'Åpne eksempelsenteret' }).click();
    await visible(page.getByRole('link', { name: '12 deltakere' }));

    for (const area of areas) {
      await navLink(page, area).click();
      await heading(headings[area] ?? area);
      await check(area);
    }

    await navLink(page, 'Klasser').click();
    await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first().click();
    await visible(page.getByRole('region', { name: 'Språkgrupper' }).getByRole('heading', { level: 3 }).first());
    await check('Class detail');

    await navLink(page, 'Deltakere').click();
    // Wait for the list: the class page just left also links to her (twice).
    await heading('Deltakere');
    await page.getByRole('main').getByRole('table').getByRole('link', { name: 'ليلى حداد' }).click();
    await heading('ليلى حداد');
    await check('Participant detail (Arabic name)');

    await navLink(page, 'Ansatte').click();
    await heading('Ansatte');
    await page.getByRole('link', { name: 'ዮናስ በርሀ' }).click();
    await heading('ዮናስ በርሀ');
    await check('Staff detail (Ethiopic name)');

    await navLink(page, 'Deltakere').click();
    await page.getByRole('button', { name: 'Ny deltaker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny deltaker' });
    await visible(dialog);
    await check('«Ny deltaker» dialog');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await visible(dialog.getByRole('alert').filter({ hasText: 'Må fylles ut.' }));
    await check('«Ny deltaker» dialog with a validation message');
    await page.keyboard.press('Escape');
    await eventually(() => dialog.count()).toBe(0);

    await navLink(page, 'Klasser').click();
    await page.getByRole('button', { name: 'Ny klasse' }).click();
    await visible(page.getByRole('dialog', { name: 'Ny klasse' }));
    await check('«Ny klasse» dialog');
    await page.keyboard.press('Escape');

    // A practice site with a buddy and a placement, its page and the «Ny praksisplass» dialog.
    const site = await callApi(page, 'practiceSites.create', {
      name: 'Solsikken barnehage', orgNumber: '123456785', trade: 'barnehage',
      contacts: [{ name: 'Kari Eksempel', role: 'buddy', phone: '400 00 000', email: 'kari@example.no' }],
    });
    const siteId = (site.value as { id: string }).id;
    const participants = await callApi(page, 'participants.list', {});
    const [someone] = participants.value as { id: string }[];
    await callApi(page, 'placements.create', {
      participantId: someone!.id, siteId, startDate: '2026-08-24', endDate: '2027-01-29', weekdays: ['mon', 'tue'],
    });
    await page.evaluate((id) => { window.location.hash = `#/practice/${id}`; }, siteId);
    await heading('Solsikken barnehage');
    await visible(page.getByRole('region', { name: 'Praksisperioder' }).getByRole('table'));
    await check('Practice site detail with contacts and placements');
    await page.evaluate((id) => { window.location.hash = `#/participants/${id}`; }, someone!.id);
    await visible(page.getByRole('region', { name: 'Praksisperioder' }).getByRole('table'));
    await check('Participant detail with placements');
    await navLink(page, 'Praksis').click();
    await page.getByRole('button', { name: 'Ny praksisplass' }).click();
    await visible(page.getByRole('dialog', { name: 'Ny praksisplass' }));
    await check('«Ny praksisplass» dialog');
    await page.keyboard.press('Escape');

    // The lesson editor (toolbar, attendance) on a lesson planned through the API.
    const courses = await callApi(page, 'courses.list', {});
    const [course] = courses.value as { id: string }[];
    const planned = await callApi(page, 'lessons.generate', {
      courseId: course!.id, from: '2026-11-23', to: '2026-11-27', startTime: '09:00', endTime: '11:30', confirm: true,
    });
    const [lessonId] = (planned.value as { createdIds: string[] }).createdIds;
    await page.evaluate((id) => { window.location.hash = `#/week/lessons/${id}`; }, lessonId!);
    await visible(page.getByRole('toolbar'));
    await check('Lesson editor with attendance');

    expect(problems.join('\n\n'), 'axe-core violations').toBe('');
    expect(session.errors).toEqual([]);
  }, 150_000); // axe on every screen of a growing app: well over the default on a slow machine

  it('can be used from the keyboard: skip link first, then the navigation', async () => {
    await page.goto(`${session.server.origin}/#/classes`);
    await heading('Klasser');
    await page.keyboard.press('Tab');
    /** Role and accessible name of the focused element, e.g. 'link "Oversikt"'. */
    const focused = async () => /^- (\w+ "[^"]*")/.exec(await page.locator(':focus').ariaSnapshot())?.[1] ?? '';
    expect(await focused()).toBe('link "Hopp til innholdet"');
    // The skip link shows itself when focused.
    const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
    const box = await skip.boundingBox();
    expect(box && box.width > 1 && box.height > 1 && box.y >= 0 && box.x >= 0).toBe(true);

    const reached: string[] = [];
    for (let i = 0; i < areas.length; i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toEqual(areas.map((area) => `link "${area}"`));

    // Enter on a focused link follows it.
    await navLink(page, 'Deltakere').focus();
    await page.keyboard.press('Enter');
    await heading('Deltakere');

    // The skip link moves focus into the page content and stays on the same screen.
    await skip.focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await heading('Deltakere');
    expect(new URL(page.url()).hash).toBe('#/participants');
    expect(session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
