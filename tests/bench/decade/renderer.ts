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

export async function measureRenderer(startLink: string, runs = 7): Promise<{ participantList: Timing }> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(startLink);
    await page.getByRole('navigation').first().waitFor();
    const samples: number[] = [];
    await participantListOnce(page); // warm-up: code and fonts loaded once
    for (let run = 0; run < runs; run += 1) samples.push(await participantListOnce(page));
    return { participantList: timingOf(samples) };
  } finally {
    await browser.close();
  }
}
