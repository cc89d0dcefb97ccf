import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, gone, visible } from './support/expect';
import { storySteps } from './support/steps';

/**
 * A teacher writes down something sensitive about a participant: it is stored encrypted,
 * shown only when opened, the opening is logged, it never shows up in search, and a
 * deletion can be undone.
 */
describe('sensitive notes', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  const section = () => page.getByRole('region', { name: 'Sensitive opplysninger' });
  const secret = 'Fiktivt eksempel: bekymring for kontroll fra familien.';

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('writes a note on a participant', async () => {
    await goTo(page, 'Deltakere');
    await page.getByRole('link', { name: 'Hodan Warsame' }).click();
    await visible(section().getByText('Ingen sensitive notater.'));
    await section().getByRole('button', { name: 'Nytt sensitivt notat' }).click();
    await section().getByLabel('Type').selectOption('social_control');
    await section().getByLabel('Notat').fill(secret);
    await section().getByRole('button', { name: 'Lagre' }).click();
    await visible(section().getByRole('listitem').getByText('Negativ sosial kontroll', { exact: true }));
    // Listed without its text until someone opens it.
    expect(await section().getByText(secret).count()).toBe(0);
  });

  step('shows the text only when opened, and logs the opening', async () => {
    await section().getByRole('button', { name: 'Vis' }).click();
    await visible(section().getByText(secret));
    await section().getByRole('button', { name: 'Skjul' }).click();
    await gone(section().getByText(secret));
    await section().getByRole('button', { name: 'Logg over åpninger' }).click();
    await visible(section().getByText('åpnet', { exact: false }));
    await visible(section().getByText('skrevet', { exact: false }).last());
  });

  step('is never found by the participant search', async () => {
    const found = await callApi(page, 'participants.list', { search: 'kontroll' });
    expect(found).toMatchObject({ ok: true, value: [] });
  });

  step('deletes the note and brings it back with «Angre»', async () => {
    await section().getByRole('button', { name: 'Slett' }).click();
    await visible(section().getByText('Ingen sensitive notater.'));
    const toast = page.getByRole('listitem').filter({ hasText: 'Notatet er slettet.' });
    await toast.getByRole('button', { name: 'Angre' }).click();
    await eventually(() => section().getByRole('listitem').getByText('Negativ sosial kontroll', { exact: true }).count()).toBe(1);
  });

  step('has no serious accessibility problems', async () => {
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('Sensitive opplysninger', violations)).toEqual([]);
  });
});
