import type { Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser';
import { timingOf, type Timing } from './stats';

/**
 * Time from clicking «Deltakere» to the list of every participant on screen, measured in
 * the page (performance.now around the click and the first painted frame with rows).
 */
async function participantListOnce(page: Page): Promise<number> {
  await page.getByRole('navigation').first().getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  return page.evaluate(async () => {
    const link = [...document.querySelectorAll('nav a')].find((element) => element.textContent?.trim().endsWith('Deltakere'));
    if (!(link instanceof HTMLElement)) throw new Error('no Deltakere link');
    const started = performance.now();
    link.click();
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const rows = document.querySelectorAll('main table tbody tr[data-index]');
      const status = document.querySelector('main [role="status"]')?.textContent ?? '';
      if (rows.length > 0 && /\d/u.test(status)) break;
      if (performance.now() - started > 30_000) throw new Error('participant list never appeared');
    }
    // One more frame: the rows are painted and the page answers input.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  });
}

export interface WeekToShow {
  courseId: string;
  isoYear: number;
  isoWeek: number;
}

/**
 * Time from asking for a class's week («Ukeplan», by its address as the week arrows and the
 * class links do) to its lesson cards on screen, measured in the page. Each run shows
 * another week, so the lessons are never answered from the query cache.
 */
async function weekViewOnce(page: Page, week: WeekToShow): Promise<number> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  return page.evaluate(async ({ courseId, isoYear, isoWeek }) => {
    performance.mark('week-view-asked');
    window.location.hash = `#/week?course=${courseId}&year=${String(isoYear)}&week=${String(isoWeek)}`;
    const started = performance.now();
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (document.querySelectorAll('main .week-grid .lesson-card').length > 0) break;
      if (performance.now() - started > 30_000) throw new Error('the week view never showed its lessons');
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    performance.mark('week-view-interactive');
    return performance.measure('week view', 'week-view-asked', 'week-view-interactive').duration;
  }, week);
}

export async function measureRenderer(
  startLink: string,
  weeks: readonly WeekToShow[],
  runs = 7,
): Promise<{ participantList: Timing; weekView: Timing }> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(startLink);
    await page.getByRole('navigation').first().waitFor();
    const samples: number[] = [];
    await participantListOnce(page); // warm-up: code and fonts loaded once
    for (let run = 0; run < runs; run += 1) samples.push(await participantListOnce(page));
    const weekSamples: number[] = [];
    if (weeks.length < runs + 1) throw new Error('the week view needs a week per run');
    await weekViewOnce(page, weeks[runs] as WeekToShow); // warm-up, as above
    for (let run = 0; run < runs; run += 1) weekSamples.push(await weekViewOnce(page, weeks[run] as WeekToShow));
    return { participantList: timingOf(samples), weekView: timingOf(weekSamples) };
  } finally {
    await browser.close();
  }
}
