import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { goTo, startExampleSession, type Session } from './support/browser';
import { formatViolations, seriousViolations } from './support/axe';
import { callApi, eventually, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * A mother-tongue assistant brings the key words for a theme from a spreadsheet: the first
 * file has a mistake (line 3), so the preview names the line and nothing is imported; the
 * fixed file goes in. Then the theme is exported as TBX and that file read back in, which
 * the preview shows as no changes.
 */
describe('glossary import and export', () => {
  let session: Session;
  let page: Page;
  let themeId = '';
  const step = storySteps();
  const themeName = 'I barnehagen – ordliste';

  const axe = async (screen: string) => {
    const violations = await seriousViolations(page);
    expect(formatViolations(screen, violations)).toBe('');
  };
  const termCount = async () => {
    const terms = await callApi(page, 'glossary.list', { themeId });
    return (terms.value as unknown[]).length;
  };
  const csv = (wordClass: string) =>
    Buffer.from(
      `\uFEFFnorwegian;word_class;example;ar;ar_translit;ti\r\nbleie;noun;Babyen trenger ny bleie.;حفاضة;ḥifāḍa;ዳይፐር\r\nsmokk;${wordClass};;لهاية;;ጡጦ\r\n`,
      'utf8',
    );

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('the teacher has a theme for the example class', async () => {
    const courses = await callApi(page, 'courses.list', {});
    const course = (courses.value as { id: string }[])[0];
    const theme = await callApi(page, 'themes.create', { courseId: course?.id, name: themeName, startDate: '2026-11-02', endDate: '2026-12-18' });
    themeId = (theme.value as { id: string }).id;
    expect(themeId).not.toBe('');
  });

  step('imports a CSV with a mistake: the line is named and nothing is stored', async () => {
    await goTo(page, 'Ordlister');
    await page.getByRole('link', { name: themeName }).click();
    await visible(page.getByRole('heading', { level: 1, name: themeName }));
    await page.getByRole('button', { name: 'Importer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer ordliste' });
    await dialog.getByLabel('Fil').setInputFiles({ name: 'barnehage.csv', mimeType: 'text/csv', buffer: csv('smokkeord') });
    await visible(dialog.getByText('Tegnkoding: UTF-8 med BOM. Skilletegn: semikolon.'));
    const badRow = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
    await visible(badRow.getByText('Ordklasse: ukjent ordklasse'));
    await visible(dialog.getByText('Rett feilene i fila og velg den på nytt. Ingenting er lagret.'));
    expect(await dialog.getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
    await axe('Importer ordliste med feil');
    await page.screenshot({ path: resultPath('glossary-import-error.png') });
    expect(await termCount()).toBe(0);
  });

  step('imports the fixed file: two new terms with Arabic and Tigrinya', async () => {
    const dialog = page.getByRole('dialog', { name: 'Importer ordliste' });
    await dialog.getByLabel('Fil').setInputFiles({ name: 'barnehage.csv', mimeType: 'text/csv', buffer: csv('substantiv') });
    await visible(dialog.getByText('Nye begreper: 2 · nye oversettelser: 0 · endres: 0 · uendret: 0 · med feil: 0'));
    await visible(dialog.getByText('لهاية'));
    await page.screenshot({ path: resultPath('glossary-import-preview.png') });
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await visible(page.getByText('Importert: 2 nye begreper, 0 nye oversettelser, 0 endret.'));
    await eventually(termCount).toBe(2);
    await visible(page.getByRole('link', { name: 'smokk' }));
    const terms = (await callApi(page, 'glossary.list', { themeId })).value as { term: string; translations: { language: string; text: string; dir: string }[] }[];
    expect(terms.find((term) => term.term === 'bleie')?.translations.map((t) => [t.language, t.text, t.dir])).toEqual([
      ['ar', 'حفاضة', 'rtl'],
      ['ti', 'ዳይፐር', 'ltr'],
    ]);
  });

  step('exports TBX and reads it back: the preview shows no changes', async () => {
    await page.getByLabel('Format').selectOption('tbx');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe(`${themeName}.tbx`);
    const target = resultPath('glossary-export.tbx');
    await file.saveAs(target);
    const tbx = readFileSync(target, 'utf8');
    expect(tbx.match(/<conceptEntry /g)).toHaveLength(2);
    expect(tbx).toContain('<langSec xml:lang="ti">');

    await page.getByRole('button', { name: 'Importer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer ordliste' });
    await dialog.getByLabel('Fil').setInputFiles(target);
    await visible(dialog.getByText('Nye begreper: 0 · nye oversettelser: 0 · endres: 0 · uendret: 2 · med feil: 0'));
    await visible(dialog.getByText('Fila gir ingen endringer i ordlista.'));
    expect(await dialog.getByRole('radio', { name: 'TBX (termbase)' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
    await axe('Importer TBX uten endringer');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect(await termCount()).toBe(2);
  });

  step('adds a language that is not in the list, and a file may then use it', async () => {
    await goTo(page, 'Ordlister');
    const panel = page.getByRole('region', { name: 'Egne språk' });
    await visible(panel.getByText('Ingen egne språk ennå.'));
    await panel.getByRole('button', { name: 'Legg til språk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legg til språk' });
    await dialog.getByLabel('Språkkode (ISO 639)').fill('s1');
    await dialog.getByLabel('Navn').fill('syrisk');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    // Two or three letters: the code is refused beside its field, nothing is stored.
    await visible(dialog.getByRole('alert'));
    await dialog.getByLabel('Språkkode (ISO 639)').fill('syr');
    await dialog.getByLabel('Skriveretning').selectOption('rtl');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await visible(panel.getByText('syrisk'));
    await axe('Ordlister med egne språk');
    const preview = await callApi(page, 'glossary.import.preview', {
      format: 'csv',
      contentBase64: Buffer.from('norwegian;syr\nbleie;ܚܦܝܬܐ\n').toString('base64'),
      themeId,
    });
    expect(preview.value).toMatchObject({ fileErrors: [], counts: { newTranslations: 1 } });
  });
});
