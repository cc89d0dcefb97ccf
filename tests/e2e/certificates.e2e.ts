import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/** Text of a PDF as pdftotext reads it; NFKC folds Arabic presentation forms back to letters. */
const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
const pageCount = (file: string): number => Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/**
 * Office staff at the example centre fill in the centre's details, print diplomas for the
 * whole class (12 participants, Latin, Arabic and Ethiopic names) into one PDF, find one
 * diploma in the register and revoke it, and adjust the wording with a live preview.
 */
describe('certificates and documents', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  let pdf = '';

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const expectAccessible = async (screen: string) => {
    const violations = await seriousViolations(page);
    expect(violations, formatViolations(screen, violations)).toEqual([]);
  };
  /** The preview is a sandboxed frame without scripts, which axe cannot enter: the page around it is checked. */
  const expectAccessibleAroundPreview = async (screen: string) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('.documents-preview__frame').analyze();
    const violations = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(violations, formatViolations(screen, violations)).toEqual([]);
  };

  step('fills in the centre on documents in Innstillinger', async () => {
    await goTo(page, 'Innstillinger');
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Opplæringsstedet på dokumenter' }) });
    await section.getByLabel('Navn på opplæringsstedet').fill('Fjordby læringssenter');
    await section.getByLabel('Underskrives av').fill('Siri Berg');
    await section.getByLabel('Stilling').fill('Rektor');
    await section.getByLabel('Stilling').blur();
    await eventually(async () => ((await callApi(page, 'documents.centre.get', {})).value as { signerTitle?: string } | undefined)?.signerTitle).toBe('Rektor');
  });

  step('starts with an empty register', async () => {
    await goTo(page, 'Dokumenter');
    await visible(page.getByText('Ingen dokumenter er utstedt ennå.', { exact: false }));
    await expectAccessible('documents register (empty)');
  });

  step('prints diplomas for the whole class into one PDF, one page each', async () => {
    await page.getByRole('navigation', { name: 'Visning' }).getByRole('button', { name: 'Skriv ut for en klasse' }).click();
    await visible(page.getByRole('checkbox', { name: /Hodan Warsame/u }));
    await expect(page.getByRole('checkbox', { checked: true }).count()).resolves.toBe(12);
    await expectAccessible('documents issue');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Utsted og skriv ut 12 dokumenter' }).click();
    const file = await downloaded;
    pdf = resultPath(file.suggestedFilename());
    await file.saveAs(pdf);
    await visible(page.getByRole('status').filter({ hasText: '12 dokumenter er utstedt' }));

    expect(pageCount(pdf)).toBe(12);
    const text = pdfText(pdf);
    for (const name of ['Hodan Warsame', 'Selam', 'Zarghuna Habibi', 'ሄለን', 'ዳዊት']) expect(text, name).toContain(name);
    // Arabic comes out of pdftotext in visual order with presentation forms; NFKC folds them, and the letters are there.
    expect(text).toMatch(/[\u0600-\u06FF]{3,}/u);
    expect(text.match(/SB-\d{4}-\d{6}/gu)?.length).toBeGreaterThanOrEqual(12);
    expect(text).toContain('Diplom');
    expect(text).toContain('Fjordby læringssenter');
    expect(text).not.toMatch(/undefined|\{\{/u);
    expect(text.toLowerCase()).not.toMatch(/kompetansebevis|fagbrev/u);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, resultPath('certificates-diploma-page1')]);
  });

  step('finds a diploma in the register by name and revokes it with a reason', async () => {
    await page.getByRole('button', { name: 'Se registeret' }).click();
    await visible(page.getByRole('navigation', { name: 'Visning' }).getByRole('button', { name: 'Register', pressed: true }));
    await visible(page.getByText('12 dokumenter', { exact: true }));
    await page.getByRole('searchbox').fill('Hodan');
    await eventually(() => page.locator('.documents-register tbody tr').count()).toBe(1);
    const row = page.locator('.documents-register tbody tr').first();
    const serial = (await row.locator('.documents-register__serial').textContent()) ?? '';
    expect(serial).toMatch(/^SB-\d{4}-\d{6}$/u);
    await row.getByRole('button', { name: `Trekk tilbake ${serial}` }).click();
    const dialog = page.getByRole('dialog', { name: `Trekk tilbake ${serial}` });
    // No reason, no revocation: the field says so.
    await dialog.getByRole('button', { name: 'Trekk tilbake' }).click();
    await visible(dialog.getByRole('alert'));
    await dialog.getByLabel('Grunn').fill('Feil stavemåte av navnet');
    await dialog.getByRole('button', { name: 'Trekk tilbake' }).click();
    await visible(row.getByText(/Trukket tilbake/u));
    await visible(row.getByText('Feil stavemåte av navnet'));
    await expectAccessible('documents register');
    // The reprint says it has been revoked.
    const downloaded = page.waitForEvent('download');
    await row.getByRole('button', { name: `Skriv ut igjen: ${serial}` }).click();
    const file = await downloaded;
    const reprint = resultPath(`reprint-${serial}.pdf`);
    await file.saveAs(reprint);
    expect(pageCount(reprint)).toBe(1);
    const text = pdfText(reprint);
    expect(text).toContain('TRUKKET TILBAKE');
    expect(text).toContain('Hodan Warsame');
    expect(text).toContain(serial);
  });

  step('edits the diploma wording with a live preview', async () => {
    await page.getByRole('navigation', { name: 'Visning' }).getByRole('button', { name: 'Tekster og mal' }).click();
    const intro = page.getByLabel('Innledning');
    await intro.fill('for fullført deltakelse i {{course}} – med stor innsats.');
    const frame = page.frameLocator('.documents-preview__frame iframe');
    await visible(frame.getByText('med stor innsats', { exact: false }));
    await visible(frame.getByText('Amina Yusuf Abdi'));
    await eventually(async () => ((await callApi(page, 'documents.texts.get', { kind: 'diploma', language: 'nb' })).value as { texts?: { intro?: string } } | undefined)?.texts?.intro).toContain(
      'med stor innsats',
    );
    await expectAccessibleAroundPreview('documents texts');
  });

  step('writes one PDF per participant into a folder, never overwriting', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sprakbro-diplomas-'));
    const issueTab = page.getByRole('navigation', { name: 'Visning' }).getByRole('button', { name: 'Skriv ut for en klasse' });
    const printThree = async () => {
      await issueTab.click();
      await page.getByRole('button', { name: 'Velg ingen' }).click();
      for (const name of [/Hodan Warsame/u, /ليلى/u, /ሄለን/u]) await page.getByRole('checkbox', { name }).check();
      await page.getByRole('radio', { name: 'Én PDF per deltaker i en mappe' }).check();
      await page.getByRole('textbox', { name: 'Mappe' }).fill(folder);
      await page.getByRole('button', { name: 'Utsted og skriv ut 3 dokumenter' }).click();
      await visible(page.getByRole('status').filter({ hasText: `3 PDF-er er lagret i ${folder}` }));
    };
    await printThree();
    await printThree();
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(6);
    expect(files).toContain('Diplom Hodan Warsame.pdf');
    expect(files).toContain('Diplom Hodan Warsame (2).pdf');
    expect(files.some((name) => name.includes('ليلى'))).toBe(true);
    expect(pageCount(join(folder, 'Diplom Hodan Warsame.pdf'))).toBe(1);
    rmSync(folder, { recursive: true, force: true });
  });
});
