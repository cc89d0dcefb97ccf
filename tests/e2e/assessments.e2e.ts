import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, visible } from './support/expect';
import { formatViolations, seriousViolations } from './support/axe';
import { resultPath } from './support/paths';

/**
 * A teacher records the March Norskprøven for two participants of the example class (four
 * sub-tests each, a writing result above its pair is refused first), adds a self-assessment
 * and an observation between two levels, looks at the profile chart and the class matrix,
 * and exports the class results to Excel, which the test reads back.
 */
describe('levels: Norskprøven, self-assessment, class matrix and export', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openParticipant(name: string): Promise<Locator> {
    await goTo(page, 'Deltakere');
    await page.getByRole('main').getByRole('table').getByRole('link', { name, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name, exact: true }));
    return page.getByRole('region', { name: 'Nivå', exact: true });
  }

  interface SubTest { part: string; result: string; pair?: string }

  async function recordSitting(levels: Locator, date: string, subTests: readonly SubTest[]): Promise<Locator> {
    await levels.getByText('Registrer prøveresultat', { exact: true }).click();
    const form = levels.getByRole('form', { name: 'Registrer prøveresultat' });
    await form.getByRole('textbox', { name: 'Prøvedato' }).fill(date);
    for (const subTest of subTests) {
      await form.getByRole('checkbox', { name: subTest.part }).check();
      const part = form.locator('.sitting-part').filter({ has: page.getByRole('checkbox', { name: subTest.part }) });
      if (subTest.pair) await part.getByLabel('Nivåpar').selectOption({ label: subTest.pair });
      await part.getByLabel('Resultat').selectOption({ label: subTest.result });
    }
    return form;
  }

  const march: readonly SubTest[] = [
    { part: 'Leseforståelse', result: 'A2' },
    { part: 'Lytteforståelse', result: 'B1' },
    { part: 'Skriftlig framstilling', result: 'A2', pair: 'A1–A2' },
    { part: 'Muntlig kommunikasjon', result: 'B1', pair: 'A1–A2' },
  ];

  it('records a sitting with four sub-tests, refusing writing above its level pair', async () => {
    const levels = await openParticipant('Hodan Warsame');
    await visible(levels.getByText('Ingen nivå registrert ennå', { exact: false }));
    const form = await recordSitting(levels, '10.11.2026', [
      ...march.slice(0, 2),
      { part: 'Skriftlig framstilling', result: 'B1', pair: 'A1–A2' },
      march[3]!,
    ]);
    await form.getByRole('button', { name: 'Lagre prøveresultat' }).click();
    await visible(form.getByRole('alert').filter({ hasText: 'Skriftlig kan ikke bli høyere enn nivåparet' }));
    const participantId = page.url().split('/').pop()!;
    expect((await callApi(page, 'assessments.profile', { participantId })).value).toMatchObject({ history: [], sittings: [] });

    const writing = form.locator('.sitting-part').filter({ has: page.getByRole('checkbox', { name: 'Skriftlig framstilling' }) });
    await writing.getByLabel('Resultat').selectOption({ label: 'A2' });
    await form.getByRole('button', { name: 'Lagre prøveresultat' }).click();
    const sitting = levels.locator('.sitting').filter({ hasText: '10.11.2026' });
    await visible(sitting);
    expect(await sitting.innerText()).toMatch(/Skriftlig framstilling: A2 \(nivåpar A1–A2\)/);
    const standings = levels.getByRole('table', { name: 'Nivå per ferdighet' });
    await visible(standings.getByRole('row', { name: /Muntlig.*B1/ }));
  });

  it('corrects an official result only with a reason, keeping the old value in the change log', async () => {
    const levels = page.getByRole('region', { name: 'Nivå', exact: true });
    const row = levels.getByRole('row').filter({ hasText: 'Lytte' }).filter({ hasText: 'Norskprøven' }).filter({ hasText: '10.11.2026' });
    await row.getByRole('button', { name: 'Rett' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rett resultat fra Norskprøven' });
    await dialog.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: 'A2' });
    await dialog.getByRole('button', { name: 'Lagre rettingen' }).click();
    await visible(dialog.getByRole('alert').filter({ hasText: 'Skriv hvorfor' }));
    await dialog.getByRole('textbox', { name: 'Begrunnelse' }).fill('Feil ført fra resultatbrevet');
    await dialog.getByRole('button', { name: 'Lagre rettingen' }).click();
    await eventually(() => dialog.count()).toBe(0);
    await levels.getByText('Endringslogg', { exact: true }).click();
    const correction = levels.getByRole('row').filter({ hasText: 'Feil ført fra resultatbrevet' });
    await visible(correction);
    expect(await correction.innerText()).toMatch(/Rettet · Lytte \(Norskprøven\)\s+B1 → A2/);
    expect(await correction.innerText()).toContain('—');
  });

  it('records the same sitting for a second participant', async () => {
    const levels = await openParticipant('Abdi Farah');
    const form = await recordSitting(levels, '10.11.2026', [
      { part: 'Leseforståelse', result: 'A1' },
      { part: 'Lytteforståelse', result: 'Under A1' },
      { part: 'Skriftlig framstilling', result: 'Ikke nok grunnlag', pair: 'A1–A2' },
      { part: 'Muntlig kommunikasjon', result: 'A2', pair: 'A1–A2' },
    ]);
    await form.getByRole('button', { name: 'Lagre prøveresultat' }).click();
    await visible(levels.locator('.sitting').filter({ hasText: 'Skriftlig framstilling: Ikke nok grunnlag' }));
  });

  it('adds a self-assessment and an observation between two levels, and shows them apart in the chart', async () => {
    const levels = await openParticipant('Hodan Warsame');
    await levels.getByRole('button', { name: 'Egenvurdering' }).click();
    const dialog = page.getByRole('dialog', { name: 'Egenvurdering: dette kan jeg' });
    await dialog.getByRole('checkbox', { name: /navnet, adressen og telefonnummeret/ }).check();
    await dialog.getByRole('checkbox', { name: /kort lapp med noen få ord/ }).check();
    await dialog.getByRole('button', { name: 'Lagre egenvurderingen' }).click();
    await eventually(() => dialog.count()).toBe(0);

    await levels.getByText('Registrer nivå', { exact: true }).click();
    const form = levels.getByRole('form', { name: 'Registrer nivå' });
    await form.getByLabel('Ferdighet').selectOption({ label: 'Muntlig' });
    await form.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: 'A2/B1' });
    await form.getByRole('textbox', { name: 'Dato' }).fill('20.11.2026');
    await form.getByRole('textbox', { name: 'Kommentar' }).fill('Forteller godt om jobben');
    await form.getByRole('button', { name: 'Lagre nivå' }).click();

    const standings = levels.getByRole('table', { name: 'Nivå per ferdighet' });
    const writing = standings.getByRole('row').filter({ hasText: 'Skrive' });
    // Teacher and test, official best and self-assessment stand side by side, never averaged.
    await eventually(() => writing.innerText()).toMatch(/A2.*A2.*A1/s);
    await visible(standings.getByRole('row', { name: /Muntlig.*A2\/B1/ }));

    const chart = levels.getByRole('img', { name: /^Muntlig: 3 vurderinger, sist A2\/B1$/ });
    await visible(chart);
    expect(await chart.locator('rect.level-chart__official').count()).toBe(1);
    expect(await chart.locator('circle.level-chart__teacher').count()).toBe(1);
    await visible(levels.getByRole('img', { name: /^Skrive: .*vurdering/ }).locator('polygon.level-chart__self'));
    await page.screenshot({ path: resultPath('assessments-profile.png'), fullPage: true });
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('participant levels', violations)).toEqual([]);
  });

  it('opens the class matrix, sorts it and exports the class to XLSX', async () => {
    await goTo(page, 'Vurdering');
    await page.getByRole('combobox', { name: /^Klasse/ }).selectOption({ label: 'Arbeidsrettet norsk A1–A2, høst 2026' });
    const matrix = page.getByRole('table', { name: 'Nivå per ferdighet i Arbeidsrettet norsk A1–A2, høst 2026' });
    await visible(matrix);
    expect(await matrix.getByRole('row').count()).toBe(13);
    const hodan = matrix.getByRole('row').filter({ has: page.getByRole('link', { name: 'Hodan Warsame' }) });
    expect(await hodan.innerText()).toContain('A2/B1');
    // Below the official B1 of 10 November: half a level down, told in words, not by colour alone.
    expect(await hodan.innerText()).toContain('0,5 nivå ned');

    // Sorting by oral level puts the highest first.
    await matrix.getByRole('button', { name: /Muntlig/ }).click();
    await eventually(() => matrix.getByRole('columnheader', { name: /Muntlig/ }).getAttribute('aria-sort')).toBe('descending');
    expect(await matrix.getByRole('row').nth(1).innerText()).toContain('Hodan Warsame');
    await page.screenshot({ path: resultPath('assessments-matrix.png'), fullPage: true });
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('class matrix', violations)).toEqual([]);

    // The matrix prints on one landscape page.
    const printed = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skriv ut oversikten' }).click();
    const pdf = resultPath('assessments-matrix.pdf');
    await (await printed).saveAs(pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/);

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksporter Excel (XLSX)' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe('Arbeidsrettet norsk A1–A2, høst 2026.xlsx');
    const target = resultPath('assessments-class.xlsx');
    await file.saveAs(target);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet('Nivå');
    expect(sheet).toBeDefined();
    const header = (sheet!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['Deltaker', 'Lese nå', 'Lese Norskprøven', 'Lese egenvurdering', 'Lese endring (nivå)']);
    const rows = new Map<string, unknown[]>();
    sheet!.eachRow((row, index) => {
      if (index > 1) rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1));
    });
    expect(rows.size).toBe(12);
    const hodanCells = rows.get('Hodan Warsame')!;
    const column = (title: string) => header.indexOf(title);
    expect(hodanCells[column('Muntlig nå')]).toBe('A2/B1');
    expect(hodanCells[column('Muntlig Norskprøven')]).toBe('B1');
    expect(hodanCells[column('Skrive egenvurdering')]).toBe('A1');
    expect(rows.get('Abdi Farah')![column('Skrive Norskprøven')]).toBe('Ikke nok grunnlag');
    expect(rows.get('Abdi Farah')![column('Lytte nå')]).toBe('Under A1');
    // Nothing was sent anywhere and nothing went wrong in the page (ExcelJS loads under the CSP).
    expect(session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
