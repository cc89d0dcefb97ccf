import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, visible } from './support/expect';
import { autosaved, idFromUrl } from './support/flows';

/**
 * A teacher registers a practice site: a wrong organisation number is refused inline, a
 * right one is taken; she adds the buddy, gives a participant of the example centre a
 * placement there two days a week, and sees it on the site's page.
 */
describe('practice sites and placements', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('registers a site with its buddy and places a participant there', async () => {
    await goTo(page, 'Praksis', 'Praksisplasser');
    await visible(page.getByText('Ingen praksisplasser ennå'));

    // «Ny praksisplass»: a wrong check digit is refused beside the field, nothing is created.
    await page.getByRole('button', { name: 'Ny praksisplass' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny praksisplass' });
    await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill('Solsikken barnehage');
    const orgNumber = dialog.getByRole('textbox', { name: 'Organisasjonsnummer' });
    await orgNumber.fill('123 456 784');
    await dialog.getByLabel('Bransje').selectOption({ label: 'Barnehage' });
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await visible(dialog.getByRole('alert').filter({ hasText: 'Ugyldig organisasjonsnummer' }));
    expect(await orgNumber.getAttribute('aria-invalid')).toBe('true');
    expect((await callApi(page, 'practiceSites.list', {})).value).toEqual([]);

    await orgNumber.fill('123 456 785');
    await eventually(() => dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await page.waitForURL(/#\/practice\/[^/]+$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Solsikken barnehage', exact: true }));
    const siteId = idFromUrl(page);

    // On the site page the org number is checked inline too, and the buddy is added.
    const field = page.getByRole('textbox', { name: 'Organisasjonsnummer' });
    expect(await field.inputValue()).toBe('123456785');
    await field.fill('99000014 1');
    await visible(page.getByRole('alert').filter({ hasText: 'Ugyldig organisasjonsnummer' }));
    await autosaved(page, 'practiceSites.update', () => field.fill('123456785'));

    await page.getByRole('button', { name: 'Legg til kontaktperson' }).click();
    const contact = page.getByRole('listitem', { name: 'Kontaktperson 1' });
    expect(await contact.getByLabel('Rolle').inputValue()).toBe('buddy');
    await contact.getByRole('textbox', { name: 'Navn' }).fill('Kari Eksempel');
    await autosaved(page, 'practiceSites.update', () => contact.getByRole('textbox', { name: 'Telefon' }).fill('400 00 000'));
    const stored = await callApi(page, 'practiceSites.get', { id: siteId });
    expect(stored.value).toMatchObject({
      orgNumber: '123456785', trade: 'barnehage', contacts: [{ name: 'Kari Eksempel', role: 'buddy', phone: '400 00 000' }],
    });

    // A participant of the example centre gets a placement there on Monday and Tuesday.
    const name = 'Hodan Warsame';
    await goTo(page, 'Deltakere');
    await page.getByRole('main').getByRole('table').getByRole('link', { name, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name, exact: true }));
    const section = page.getByRole('region', { name: 'Praksisperioder' });
    await visible(section.getByText('Ingen praksisperioder ennå.'));
    await section.getByLabel('Praksisplass').selectOption({ label: 'Solsikken barnehage' });
    await section.getByRole('textbox', { name: 'Fra' }).fill('24.08.2026');
    await section.getByRole('textbox', { name: 'Til' }).fill('29.01.2027');
    await section.getByRole('checkbox', { name: 'Mandag' }).check();
    await section.getByRole('checkbox', { name: 'Tirsdag' }).check();
    await section.getByRole('button', { name: 'Legg til praksisperiode' }).click();
    const row = section.getByRole('row').filter({ has: page.getByRole('link', { name: 'Solsikken barnehage' }) });
    await visible(row);
    expect(await row.innerText()).toContain('man, tir');

    // The same weekday in an overlapping period is refused with a clear message.
    await section.getByLabel('Praksisplass').selectOption({ label: 'Solsikken barnehage' });
    await section.getByRole('textbox', { name: 'Fra' }).fill('01.12.2026');
    await section.getByRole('textbox', { name: 'Til' }).fill('30.04.2027');
    await section.getByRole('checkbox', { name: 'Tirsdag' }).check();
    await section.getByRole('button', { name: 'Legg til praksisperiode' }).click();
    await visible(section.getByRole('alert').filter({ hasText: 'allerede i praksis' }));

    // Removing asks nothing; «Angre» in the toast brings the placement back.
    await row.getByRole('button', { name: 'Fjern praksisperioden ved Solsikken barnehage' }).click();
    await visible(section.getByText('Ingen praksisperioder ennå.'));
    const toast = page.getByRole('listitem').filter({ hasText: 'Praksisperioden ved' });
    await toast.getByRole('button', { name: 'Angre' }).click();
    await visible(row);

    // The site's page lists the participant.
    await row.getByRole('link', { name: 'Solsikken barnehage', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Solsikken barnehage', exact: true }));
    const placements = page.getByRole('region', { name: 'Praksisperioder' });
    await visible(placements.getByRole('link', { name, exact: true }));
    expect(await placements.getByRole('row').nth(1).innerText()).toContain('man, tir');
    await eventually(() => session.errors).toEqual([]);
  });
});
