import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { formatViolations } from './support/axe';
import { goTo, startExampleSession, type Session } from './support/browser';
import { eventually, nextApiCall, textOf, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * A teacher takes attendance for a lesson of the example class: everyone present in one
 * click, then Hodan leaves after 45 minutes and Abdi is absent (set, undone, set again).
 * After a reload it is all still there, and Hodan's page shows the hours in her ledger.
 */
describe('attendance and hours', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  const monday = '2026-11-16';

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Serious and critical axe violations inside one section (the rest of each page has its own checks). */
  const violationsIn = async (screen: string, selector: string) => {
    const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return formatViolations(screen, results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'));
  };
  const register = (name: string) => page.getByRole('radiogroup', { name: `Oppmøte for ${name}` });
  /** The radios are visually hidden behind their labels, as in a segmented control: click the label. */
  const choose = (name: string, status: string) => register(name).locator('label').filter({ hasText: new RegExp(`^${status}$`) }).click();
  const checked = (name: string) =>
    register(name).locator('input:checked').evaluate((input) => (input as HTMLInputElement).value).catch(() => null);

  step('generates lessons for the class and opens Monday’s lesson', async () => {
    await page.goto(`${session.server.origin}/#/week?year=2026&week=47`);
    await visible(page.getByText('Uke 47', { exact: true }));
    await page.getByRole('button', { name: 'Lag økter fra mønsteret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag økter fra ukemønsteret' });
    await dialog.getByRole('button', { name: 'Vis hva som lages' }).click();
    const created = nextApiCall(page, 'lessons.generate');
    await dialog.getByRole('button', { name: /^Lag \d+ økter$/ }).click();
    expect(await created).toMatchObject({ ok: true });
    await page.locator(`section[data-day="${monday}"]`).getByRole('link', { name: 'Økt' }).click();
    await page.waitForURL(/#\/week\/lessons\/[^/]+$/);
    await visible(page.getByRole('heading', { name: 'Oppmøte' }));
    await visible(page.getByText('Økta varer 5 t.'));
    expect(await checked('Hodan Warsame')).toBeNull();
  });

  step('marks everyone present in one click', async () => {
    const marked = nextApiCall(page, 'attendance.markAllPresent');
    await page.getByRole('button', { name: 'Alle til stede' }).click();
    expect(await marked).toMatchObject({ ok: true });
    await visible(page.getByText('12 av 12 registrert'));
    await eventually(() => checked('Salma Naser')).toBe('present');
  });

  step('sets Hodan to partial with 45 minutes, using the keyboard for the minutes', async () => {
    await choose('Hodan Warsame', 'Delvis');
    const minutes = page.getByRole('textbox', { name: 'Minutter til stede for Hodan Warsame' });
    await eventually(() => minutes.evaluate((element) => element === document.activeElement)).toBe(true);
    const saved = nextApiCall(page, 'attendance.record');
    await page.keyboard.type('45');
    await page.keyboard.press('Enter');
    expect(await saved).toMatchObject({ ok: true });
    await visible(page.getByRole('region', { name: 'Oppmøte' }).getByRole('status').filter({ hasText: 'Alle endringer er lagret' }));
  });

  step('sets Abdi absent, undoes it, and sets it again', async () => {
    let saved = nextApiCall(page, 'attendance.record');
    await choose('Abdi Farah', 'Fravær');
    expect(await saved).toMatchObject({ ok: true });
    await eventually(() => checked('Abdi Farah')).toBe('absent');
    saved = nextApiCall(page, 'attendance.record');
    await page.getByRole('button', { name: /Angre siste endring/ }).click();
    expect(await saved).toMatchObject({ ok: true });
    await eventually(() => checked('Abdi Farah')).toBe('present');
    saved = nextApiCall(page, 'attendance.record');
    await choose('Abdi Farah', 'Fravær');
    expect(await saved).toMatchObject({ ok: true });
    await eventually(() => checked('Abdi Farah')).toBe('absent');
  });

  step('keeps it all after a reload', async () => {
    await page.reload();
    await visible(page.getByRole('heading', { name: 'Oppmøte' }));
    await eventually(() => checked('Hodan Warsame')).toBe('partial');
    expect(await page.getByRole('textbox', { name: 'Minutter til stede for Hodan Warsame' }).inputValue()).toBe('45');
    expect(await checked('Abdi Farah')).toBe('absent');
    expect(await checked('Salma Naser')).toBe('present');
    await page.getByRole('heading', { name: 'Oppmøte' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: resultPath('attendance-register.png'), fullPage: true });
    expect(await violationsIn('lesson register', 'section.attendance')).toBe('');
  });

  step('shows the hours in Hodan’s ledger on her page', async () => {
    await goTo(page, 'Deltakere');
    await page.getByRole('link', { name: 'Hodan Warsame' }).click();
    await page.waitForURL(/#\/participants\/[^/]+$/);
    const hours = page.getByRole('region', { name: 'Timer' });
    await visible(hours.getByRole('table').first());
    const total = hours.locator('tfoot tr');
    await eventually(() => textOf(total)).toContain('45 min');
    await hours.getByText(/Vis \d+ økter/).click();
    const lessonRow = hours.getByRole('row').filter({ hasText: '16.11.2026' });
    const text = await textOf(lessonRow);
    expect(text).toContain('Delvis');
    expect(text).toContain('45 min / 5 t');
    await hours.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resultPath('attendance-ledger.png'), fullPage: true });
    expect(await violationsIn('hours ledger', 'section.hours-ledger')).toBe('');
  });

  step('shows the class summary on the class page', async () => {
    await goTo(page, 'Klasser');
    await page.getByRole('link', { name: /Arbeidsrettet norsk/ }).first().click();
    const summary = page.getByRole('region', { name: 'Oppmøte og timer' });
    const abdi = summary.getByRole('row').filter({ hasText: 'Abdi Farah' });
    await visible(abdi);
    // Abdi was absent from the one recorded lesson, so nothing is attended so far.
    expect(await textOf(abdi)).toContain('0 min');
    expect(await violationsIn('class summary', 'section.attendance-summary')).toBe('');
    expect(session.errors).toEqual([]);
  });
});
