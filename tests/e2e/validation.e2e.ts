import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, startSession, type Session } from './support/browser';
import { callApi, eventually, gone, textOf, visible } from './support/expect';
import { autosaved, createParticipant } from './support/flows';

/** Bad input gets a clear, translated message beside the field, and nothing is stored. */
describe('validation', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await startSession();
    page = session.page;
    await page.getByRole('button', { name: 'Start med tomt senter' }).click();
    await visible(page.getByRole('heading', { name: 'Kom i gang' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('refuses a new staff member without a name', async () => {
    await goTo(page, 'Ansatte');
    await page.getByRole('button', { name: 'Ny ansatt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny ansatt' });
    await dialog.getByRole('button', { name: 'Opprett' }).click();

    const name = dialog.getByRole('textbox', { name: 'Navn', exact: true });
    await visible(dialog.getByRole('alert').filter({ hasText: 'Må fylles ut.' }));
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the field for screen readers.
    expect(await name.evaluate((input) => input.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent))).toContain('Må fylles ut.');
    await visible(dialog); // still open: nothing was created

    // Typing a name clears the message.
    await name.fill('Kari Nordmann');
    await gone(dialog.getByText('Må fylles ut.'));
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await gone(dialog);
    await visible(page.getByText('Ingen ansatte ennå.', { exact: false }));
  });

  it('refuses a class that ends before it starts', async () => {
    await goTo(page, 'Klasser');
    await page.getByRole('button', { name: 'Ny klasse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny klasse' });
    await dialog.getByRole('textbox', { name: 'Navn på klassen' }).fill('Norsk A2 kveld');
    await dialog.getByRole('textbox', { name: 'Startdato' }).fill('01.02.2027');
    await dialog.getByRole('textbox', { name: 'Sluttdato' }).fill('15.01.2027');
    await dialog.getByRole('button', { name: 'Opprett' }).click();

    await visible(dialog.getByRole('alert').filter({ hasText: 'Slutten kan ikke være før starten.' }));
    expect(await dialog.getByRole('textbox', { name: 'Sluttdato' }).getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(dialog)).not.toContain('Må fylles ut.');
    expect(page.url()).toMatch(/#\/classes$/);

    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await gone(dialog);
    await visible(page.getByText('Ingen klasser ennå.', { exact: false }));
    const listed = await callApi(page, 'courses.list', {});
    expect(listed).toEqual({ ok: true, value: [] });
  });

  it('keeps the stored name when the given name is cleared on a participant page', async () => {
    await goTo(page, 'Deltakere');
    const id = await createParticipant(page, { givenName: 'Amina', familyName: 'Yusuf', motherTongues: ['so'] });

    // A valid edit first, so we know autosave works on this page.
    await autosaved(page, 'participants.update', () => page.getByLabel('Etternavn').fill('Yusuf Ali'));

    const givenName = page.getByRole('textbox', { name: 'Fornavn' });
    await givenName.fill('');
    await visible(page.getByRole('alert').filter({ hasText: 'Må fylles ut.' }));
    expect(await givenName.getAttribute('aria-invalid')).toBe('true');
    await visible(page.getByRole('status').filter({ hasText: 'Ikke lagret: rett feilen som er merket' }));
    // Leaving the field does not save the empty name either.
    await page.getByLabel('Notat').click();
    await visible(page.getByRole('alert').filter({ hasText: 'Må fylles ut.' }));

    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Amina Yusuf Ali' }));
    expect(await page.getByRole('textbox', { name: 'Fornavn' }).inputValue()).toBe('Amina');
    expect(await page.getByLabel('Etternavn').inputValue()).toBe('Yusuf Ali');
    await gone(page.getByText('Må fylles ut.'));

    // The server refuses it too, with a field issue the UI can translate, and changes nothing.
    const refused = await callApi(page, 'participants.update', { id, givenName: '   ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'givenName', code: 'required' }] } });
    const stored = await callApi(page, 'participants.get', { id });
    expect(stored).toMatchObject({ ok: true, value: { givenName: 'Amina', familyName: 'Yusuf Ali' } });
    await eventually(() => session.errors).toEqual([]);
  });
});
