import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { startExampleSession, type Session } from './support/browser';
import { nextApiCall, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/** Text of a PDF as pdftotext reads it; NFKC folds Arabic presentation forms back to letters. */
const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFKC');

/** Page 1 as a PNG in test-results/, to look at (landscape, Arabic and Ethiopic not boxes). */
const renderPage = (file: string, name: string): void => {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, resultPath(name)]);
};

const pageSize = (file: string): { width: number; height: number } => {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
};

/**
 * A teacher prints the week plan of the example class and a substitute packet for a day,
 * from the «Skriv ut» menu of the week planner, and the PDFs say what they should.
 */
describe('printing', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(button: string): Promise<string> {
    const printMenu = page.locator('details.print-menu');
    if (!(await printMenu.evaluate((element) => (element as HTMLDetailsElement).open))) {
      // Keyboard: the summary opens with Enter.
      await page.getByText('Skriv ut', { exact: true }).focus();
      await page.keyboard.press('Enter');
    }
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await downloaded;
    const target = resultPath(file.suggestedFilename());
    await file.saveAs(target);
    await visible(page.getByRole('status').filter({ hasText: 'PDF-en er lastet ned' }));
    return target;
  }

  step('plans week 48 from the class pattern', async () => {
    await page.goto(`${session.server.origin}/#/week?year=2026&week=48`);
    await visible(page.getByText('Uke 48', { exact: true }));
    await page.getByRole('button', { name: 'Lag økter fra mønsteret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag økter fra ukemønsteret' });
    await dialog.getByRole('button', { name: 'Vis hva som lages' }).click();
    const created = nextApiCall(page, 'lessons.generate');
    await dialog.getByRole('button', { name: /^Lag \d+ økter$/ }).click();
    expect(await created).toMatchObject({ ok: true });
    await visible(page.locator('section[data-day="2026-11-23"]').getByRole('link', { name: 'Økt' }));
  });

  step('downloads the week plan as a one-page landscape PDF without participants', async () => {
    const file = await download('Ukeplan (PDF)');
    expect(file).toMatch(/Ukeplan .* uke 48 2026\.pdf$/);
    const text = pdfText(file);
    expect(text).toContain('Arbeidsrettet norsk A1–A2');
    expect(text).toContain('Uke 48');
    expect(text).toContain('Økt');
    expect(text).toContain('Praksisdag');
    expect(text).toContain('Uten morsmålsstøtte');
    // A week plan is for the wall: no participant names.
    expect(text).not.toContain('ليلى');
    expect(text).not.toContain('حداد');
    const size = pageSize(file);
    expect(size.width).toBeGreaterThan(size.height);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    renderPage(file, 'printing-week-plan');
  });

  step('downloads the plan for assistants', async () => {
    const file = await download('Plan for assistenter (PDF)');
    const text = pdfText(file);
    expect(text).toContain('Plan for assistenter');
    expect(text).toContain('Skoledager uten morsmålsstøtte');
  });

  step('downloads a substitute packet for Monday with the class list in Arabic and Tigrinya', async () => {
    await page.getByLabel('Dag for vikarpakken').selectOption('2026-11-23');
    const file = await download('Vikarpakke (PDF)');
    const text = pdfText(file);
    expect(text).toContain('Vikarpakke');
    expect(text).toContain('Klasseliste');
    expect(text).toContain('Språkgrupper');
    // pdftotext may reorder a lam–alef-maksura ligature (ليلى), so the check uses names without one.
    expect(text).toContain('حداد'.normalize('NFKC'));
    expect(text).toContain('عمر الخطيب'.normalize('NFKC'));
    expect(text).toContain('ሄለን ተስፋይ');
    renderPage(file, 'printing-substitute-packet');
  });
});
