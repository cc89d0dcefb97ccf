import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays, isoWeekOf } from '../../shared/domain/calendar/dates';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, nextApiCall, textOf, visible } from './support/expect';
import { idFromUrl } from './support/flows';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * A teacher plans weeks of the example class «Arbeidsrettet norsk A1–A2» (school on Monday,
 * Wednesday and Friday, practice on Tuesday and Thursday): lessons from the pattern, a lesson
 * text in Norwegian and Arabic, a goal, a bump forward and its undo.
 */
describe('week planner', () => {
  let session: Session;
  let page: Page;
  let lessonId = '';
  const step = storySteps();
  const norwegian = 'Vi lærer ord for verktøy og rutiner på jobben.';
  const arabic = 'نتعلم كلمات الأدوات والروتين في العمل.';

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const day = (date: string) => page.locator(`section[data-day="${date}"]`);

  step('opens Ukeplan on the current ISO week', async () => {
    await goTo(page, 'Ukeplan');
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await visible(page.getByText(`Uke ${isoWeekOf(today)}`, { exact: true }));
    // Page Down goes a week forward, Page Up back (focus outside text fields).
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('PageDown');
    await visible(page.getByText(`Uke ${isoWeekOf(addDays(today, 7))}`, { exact: true }));
  });

  step('creates lessons from the pattern for four weeks, with a preview, and shows practice days', async () => {
    await page.goto(`${session.server.origin}/#/week?year=2026&week=48`);
    await visible(page.getByText('Uke 48', { exact: true }));
    await page.getByRole('button', { name: 'Lag økter fra mønsteret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag økter fra ukemønsteret' });
    await dialog.getByRole('button', { name: 'Vis hva som lages' }).click();
    await visible(dialog.getByText('12 økter blir laget.'));
    const created = nextApiCall(page, 'lessons.generate');
    await dialog.getByRole('button', { name: 'Lag 12 økter' }).click();
    expect(await created).toMatchObject({ ok: true });
    await visible(day('2026-11-23').getByRole('link', { name: 'Økt' }));
    expect(await day('2026-11-24').getByText('Praksisdag').isVisible()).toBe(true);
    expect(await day('2026-11-24').getByRole('article').count()).toBe(0);
    expect(await day('2026-11-25').getByRole('article').count()).toBe(1);
    expect(await textOf(day('2026-11-23').getByRole('article'))).toContain('Uten morsmålsstøtte');
    await page.screenshot({ path: resultPath('week-planner.png'), fullPage: true });
  });

  step('opens a lesson and types a Norwegian and an Arabic paragraph, each in its own direction', async () => {
    await day('2026-11-23').getByRole('link', { name: 'Økt' }).click();
    await page.waitForURL(/#\/week\/lessons\/[^/]+$/);
    lessonId = idFromUrl(page);
    await page.getByRole('textbox', { name: 'Tittel' }).fill('Verktøy på jobben');
    const body = page.getByRole('textbox', { name: 'Innhold' });
    await body.click();
    await page.keyboard.type(norwegian);
    await page.keyboard.press('Enter');
    const saved = nextApiCall(page, 'lessons.update');
    await page.keyboard.insertText(arabic);
    expect(await saved).toMatchObject({ ok: true });
    const paragraphs = body.locator('p');
    await eventually(() => paragraphs.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('dir')))).toEqual(['ltr', 'rtl']);
    // The manual toggle: the Arabic paragraph set to left-to-right and back to automatic.
    await page.getByRole('button', { name: 'Venstre til høyre' }).click();
    await eventually(() => paragraphs.nth(1).getAttribute('dir')).toBe('ltr');
    expect(await page.getByRole('button', { name: 'Venstre til høyre' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: /Tekstretning automatisk/ }).click();
    await eventually(() => paragraphs.nth(1).getAttribute('dir')).toBe('rtl');
    await page.screenshot({ path: resultPath('lesson-editor-arabic.png'), fullPage: true });
    await eventually(async () => {
      const stored = await callApi(page, 'lessons.get', { id: lessonId });
      return (stored.value as { bodyHtml: string; title: string } | undefined)?.bodyHtml;
    }).toBe(`<p dir="ltr">${norwegian}</p><p dir="rtl">${arabic}</p>`);
  });

  step('links a competence goal from the catalogue', async () => {
    const search = page.getByRole('searchbox', { name: 'Finn kompetansemål' });
    const linked = nextApiCall(page, 'lessons.update');
    await search.fill('hilse');
    // By name, not «the first result»: until the debounced search answers, the list shows
    // every goal, and a click on whatever is first there would link a different goal.
    const option = page.locator('.goal-picker__results').getByRole('checkbox', { name: /hilse, si takk/ });
    await option.check();
    expect(await linked).toMatchObject({ ok: true });
    await eventually(async () => {
      const stored = await callApi(page, 'lessons.get', { id: lessonId });
      return (stored.value as { goalIds: string[] }).goalIds.length;
    }).toBe(1);
  });

  step('keeps the text and the goal after a reload', async () => {
    await page.reload();
    const body = page.getByRole('textbox', { name: 'Innhold' });
    await visible(body.getByText(arabic));
    expect(await body.locator('p').nth(1).getAttribute('dir')).toBe('rtl');
    expect(await page.getByRole('textbox', { name: 'Tittel' }).inputValue()).toBe('Verktøy på jobben');
    await page.getByRole('link', { name: 'Tilbake til ukeplanen' }).click();
    await visible(day('2026-11-23').getByText('1 kompetansemål'));
  });

  step('pushes the lessons from Monday one school day forward, and undoes it', async () => {
    const bumped = nextApiCall(page, 'lessons.bump');
    await day('2026-11-23').getByRole('button', { name: 'Skyv fram' }).click();
    expect(await bumped).toMatchObject({ ok: true });
    // Monday's lesson skips the practice day and lands on Wednesday.
    await visible(day('2026-11-25').getByRole('link', { name: 'Verktøy på jobben' }));
    expect(await day('2026-11-23').getByRole('article').count()).toBe(0);
    const undone = nextApiCall(page, 'lessons.applyMoves');
    await page.getByRole('button', { name: 'Angre' }).click();
    expect(await undone).toMatchObject({ ok: true });
    await visible(day('2026-11-23').getByRole('link', { name: 'Verktøy på jobben' }));
    expect(await day('2026-11-25').getByRole('article').count()).toBe(1);
  });

  step('moves a lesson to another day with the keyboard', async () => {
    const handle = day('2026-11-27').getByRole('button', { name: /Flytt/ });
    await handle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowLeft');
    // dnd-kit announces where the lesson is; drop only once it is over Thursday.
    await page.getByText('«Økt» er over Torsdag 26.11.2026.').waitFor({ state: 'attached' });
    const moved = nextApiCall(page, 'lessons.move');
    await page.keyboard.press('Space');
    expect(await moved).toMatchObject({ ok: true });
    await eventually(() => day('2026-11-26').getByRole('article').count()).toBe(1);
    await eventually(() => session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
