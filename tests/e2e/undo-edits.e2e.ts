import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, visible } from './support/expect';
import { autosaved, idFromUrl } from './support/flows';

/**
 * Edits save on their own and can be undone step by step, with the «Angre» button or
 * Ctrl+Z outside a text field; what is undone is saved too.
 */
describe('undo and redo edits', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const stored = async (id: string) => {
    const answer = await callApi(page, 'participants.get', { id });
    expect(answer).toMatchObject({ ok: true });
    return answer.value as { programme: string; consentPhoto: boolean; familyName: string };
  };

  it('undoes two edits one at a time and redoes one, each saved', async () => {
    const name = 'Abdi Farah';
    await goTo(page, 'Deltakere');
    await page.getByRole('link', { name, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name }));
    const id = idFromUrl(page);
    const programme = page.getByLabel('Ordning', { exact: true });
    const photo = page.getByRole('checkbox', { name: /bilder av deltakeren/ });
    const undo = page.getByRole('button', { name: /Angre/ });
    const redo = page.getByRole('button', { name: /Gjør om/ });
    expect(await undo.isDisabled()).toBe(true);

    await autosaved(page, 'participants.update', async () => {
      await programme.selectOption('nav');
    });
    await autosaved(page, 'participants.update', () => photo.check());
    expect(await stored(id)).toMatchObject({ programme: 'nav', consentPhoto: true });

    await autosaved(page, 'participants.update', () => undo.click());
    expect(await photo.isChecked()).toBe(false);
    expect(await programme.inputValue()).toBe('nav');

    // Ctrl+Z with the focus on a button (not in a text field) is the same as «Angre».
    await undo.focus();
    await autosaved(page, 'participants.update', () => page.keyboard.press('Control+z'));
    expect(await programme.inputValue()).toBe('jobbsjansen');
    expect(await stored(id)).toMatchObject({ programme: 'jobbsjansen', consentPhoto: false });
    expect(await undo.isDisabled()).toBe(true);

    await autosaved(page, 'participants.update', () => redo.click());
    expect(await programme.inputValue()).toBe('nav');

    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name }));
    expect(await page.getByLabel('Ordning', { exact: true }).inputValue()).toBe('nav');
    expect(await page.getByRole('checkbox', { name: /bilder av deltakeren/ }).isChecked()).toBe(false);
    await eventually(() => session.errors).toEqual([]);
  });
});
