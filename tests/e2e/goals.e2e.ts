import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startSession, type Session } from './support/browser';
import { callApi, eventually, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * A teacher looks for goals about the kindergarten, narrows them to B1, writes a goal of
 * her own, and imports a small CSV: the first file has a bad level on line 3, so the
 * preview shows it and nothing is imported; the fixed file goes in whole.
 */
const header = 'level;skill;domain;trade;nb;en';
const goodLine = 'A2;lytte;arbeidsliv;Renhold;Jeg kan forstå en beskjed om hvilke rom som skal vaskes først;I can understand which rooms to clean first';
const badLine = 'A7;skrive;arbeidsliv;renhold;Jeg kan skrive hvilke rom som er vasket på tavla;I can write which rooms are cleaned on the board';
const fixedLine = badLine.replace('A7', 'A2');

describe('competence goals', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  const main = () => page.getByRole('main');
  const items = () => main().getByRole('list', { name: 'Kompetansemål' }).getByRole('listitem');
  const count = () => main().getByRole('status').first();

  beforeAll(async () => {
    session = await startSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('opens «Kompetansemål» right after Ukeplan in the menu, with the catalogue', async () => {
    const links = await page.getByRole('navigation').first().getByRole('link').allInnerTexts();
    const names = links.map((text) => text.replace(/^\W+\s*/u, '').trim());
    expect(names.indexOf('Kompetansemål')).toBe(names.indexOf('Ukeplan') + 1);
    await goTo(page, 'Kompetansemål');
    await visible(count().filter({ hasText: 'Viser de 100 første treffene' }));
  });

  step('searches as the teacher types: "barneh" finds the kindergarten goals', async () => {
    await main().getByRole('searchbox', { name: 'Søk' }).pressSequentially('barneh', { delay: 30 });
    await eventually(async () => (await items().count()) > 0 && (await items().count()) < 40).toBe(true);
    for (const text of await items().allInnerTexts()) expect(text.toLowerCase()).toContain('barneh');
    await visible(items().filter({ hasText: 'Jeg kan lese en enkel beskjed fra barnehagen' }));
    await page.screenshot({ path: resultPath('goals-search.png'), fullPage: true });
  });

  step('filters by level', async () => {
    await main().getByRole('combobox', { name: 'Nivå' }).selectOption('B1');
    await eventually(async () => {
      const texts = await items().allInnerTexts();
      return texts.length > 0 && texts.every((text) => text.startsWith('B1'));
    }).toBe(true);
    await main().getByRole('combobox', { name: 'Nivå' }).selectOption('');
    await main().getByRole('searchbox', { name: 'Søk' }).fill('');
  });

  step('writes a goal of her own, which search then finds', async () => {
    await main().getByRole('button', { name: 'Nytt mål' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt mål' });
    await dialog.getByRole('textbox', { name: 'Målet på norsk' }).fill('Jeg kan fortelle fadderen hvilke oppgaver jeg har gjort i dag');
    await dialog.getByRole('textbox', { name: 'Målet på engelsk' }).fill('I can tell my buddy which tasks I have done today');
    await dialog.getByRole('combobox', { name: 'Nivå' }).selectOption('A2');
    await dialog.getByRole('combobox', { name: 'Ferdighet' }).selectOption('muntlig-produksjon');
    await dialog.getByRole('combobox', { name: 'Bransje' }).selectOption('butikk');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await main().getByRole('searchbox', { name: 'Søk' }).fill('fadderen oppgav');
    const own = items().filter({ hasText: 'Jeg kan fortelle fadderen' });
    await visible(own);
    expect(await own.innerText()).toMatch(/A2[\s\S]*Muntlig produksjon[\s\S]*Butikk[\s\S]*Eget mål/);
  });

  step('previews a CSV with a bad line: line 3 is named, the import button stays off, nothing is imported', async () => {
    await main().getByRole('button', { name: 'Importer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer mål' });
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'mål.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${header}\n${goodLine}\n${badLine}\n`, 'utf8'),
    });
    const badRow = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
    await visible(badRow.getByText('Nivå: ukjent nivå', { exact: false }));
    await visible(dialog.getByText('1 klare, 1 med feil, 0 duplikater'));
    expect(await dialog.getByRole('button', { name: 'Importer 1 mål' }).isDisabled()).toBe(true);
    await visible(dialog.getByText('Ingenting blir importert før alle linjene er i orden', { exact: false }));
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('import preview', violations)).toEqual([]);
    await page.screenshot({ path: resultPath('goals-import-error.png'), fullPage: true });
    const stored = await callApi(page, 'goals.search', { query: 'rom vaskes' });
    expect(stored).toEqual({ ok: true, value: [] });
  });

  step('fixes the line and imports both goals in one go', async () => {
    const dialog = page.getByRole('dialog', { name: 'Importer mål' });
    await dialog.getByRole('textbox', { name: 'Eller lim inn innholdet' }).fill(`${header}\n${goodLine}\n${fixedLine}\n`);
    await dialog.getByRole('button', { name: 'Forhåndsvis' }).click();
    await visible(dialog.getByText('2 klare, 0 med feil, 0 duplikater'));
    await dialog.getByRole('button', { name: 'Importer 2 mål' }).click();
    await visible(page.getByRole('listitem').filter({ hasText: '2 mål er importert' }));
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await main().getByRole('searchbox', { name: 'Søk' }).fill('hvilke rom vask');
    await eventually(() => items().count()).toBe(2);
    for (const text of await items().allInnerTexts()) expect(text).toContain('Importert');
    await page.screenshot({ path: resultPath('goals-imported.png'), fullPage: true });
  });

  step('deletes an imported goal with undo', async () => {
    const goal = items().filter({ hasText: 'tavla' });
    await goal.getByRole('button', { name: 'Slett' }).click();
    await eventually(() => items().count()).toBe(1);
    const toast = page.getByRole('listitem').filter({ hasText: 'Målet er slettet' });
    await toast.getByRole('button', { name: 'Angre' }).click();
    await eventually(() => items().count()).toBe(2);
    await eventually(() => session.errors).toEqual([]);
  });
});
