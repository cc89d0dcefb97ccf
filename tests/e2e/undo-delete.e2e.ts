import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, visible } from './support/expect';

/**
 * Deleting asks nothing: the participant goes at once and a toast offers «Angre», which
 * brings them back exactly as they were, class enrolment included.
 */
describe('undo a delete', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('deletes a participant without asking and brings them back with «Angre»', async () => {
    const name = 'Hodan Warsame';
    await goTo(page, 'Deltakere');
    const count = page.getByRole('main').getByRole('status');
    await visible(count.filter({ hasText: '12 treff' }));
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    const classCell = row.getByRole('cell').nth(3);
    await eventually(async () => (await classCell.innerText()).trim()).not.toBe('');
    const className = (await classCell.innerText()).trim();

    await page.getByRole('link', { name, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name }));
    await page.getByRole('button', { name: 'Slett', exact: true }).click();

    // No confirmation: straight back to the list, with a toast that can undo.
    await page.waitForURL(/#\/participants$/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    const toast = page.getByRole('listitem').filter({ hasText: 'er slettet' }).filter({ hasText: name });
    await visible(toast);
    await visible(count.filter({ hasText: '11 treff' }));
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0);

    await toast.getByRole('button', { name: 'Angre' }).click();
    await visible(page.getByRole('link', { name, exact: true }));
    await visible(count.filter({ hasText: '12 treff' }));
    await eventually(async () => (await classCell.innerText()).trim()).toBe(className);

    // The restore is stored, not just shown: still there after a reload, still in the class.
    await page.reload();
    await visible(page.getByRole('main').getByRole('status').filter({ hasText: '12 treff' }));
    await page.getByRole('link', { name, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name }));
    await visible(page.getByRole('region', { name: 'Klasser' }).getByRole('link', { name: className }));
    const classes = await callApi(page, 'courses.list', {});
    expect(classes).toMatchObject({ ok: true, value: [{ participantIds: expect.any(Array) }] });
    const [course] = (classes.value as { participantIds: string[] }[]);
    expect(course!.participantIds).toHaveLength(12);
    await eventually(() => session.errors).toEqual([]);
  });
});
