import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { goTo, startExampleSession, type Session } from './support/browser';
import { formatViolations, seriousViolations } from './support/axe';
import { callApi, eventually, nextApiCall, visible } from './support/expect';
import { idFromUrl } from './support/flows';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * Text of a PDF; NFKC folds Arabic presentation forms back to letters. pdftotext puts each
 * haraka on its own with spaces around it, so harakat and the spaces between Arabic letters go.
 */
const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670]/gu, '')
    .replace(/(?<=[\u0620-\u064A])[ \u200F\u202B\u202C]+(?=[\u0620-\u064A])/gu, '');

/**
 * A mother-tongue assistant opens «Ordlister» for the theme the teacher made, adds a key
 * word with its Arabic and Tigrinya translations, finds it by searching in Arabic without
 * diacritics, and prints the bilingual word list for the class.
 */
describe('glossaries', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  let termId = '';

  const axe = async (screen: string) => {
    const violations = await seriousViolations(page);
    expect(formatViolations(screen, violations)).toBe('');
  };

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
    expect(course).toBeDefined();
    const theme = await callApi(page, 'themes.create', {
      courseId: course?.id, name: 'Helse og sykehus', startDate: '2026-11-02', endDate: '2026-12-18',
    });
    expect(theme).toMatchObject({ ok: true });
  });

  step('adds a term to the theme', async () => {
    await goTo(page, 'Ordlister');
    const link = page.getByRole('link', { name: 'Helse og sykehus' });
    await visible(link);
    await axe('Ordlister');
    await link.click();
    // Opened afresh (as from a bookmark), so nothing is in the cache from the list before.
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Helse og sykehus' }));
    await visible(page.getByText('Ingen begreper her ennå.'));
    await page.getByRole('button', { name: 'Nytt begrep' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt begrep' });
    await dialog.getByRole('textbox', { name: 'Norsk ord eller uttrykk' }).fill('sykepleier');
    await dialog.getByLabel('Ordklasse').selectOption('noun');
    await dialog.getByRole('textbox', { name: 'Eksempelsetning' }).fill('Sykepleieren måler blodtrykket.');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await page.waitForURL(/#\/glossaries\/terms\/[^/]+$/);
    termId = idFromUrl(page);
    await visible(page.getByRole('heading', { level: 1, name: 'sykepleier' }));
    expect((await callApi(page, 'glossary.get', { id: termId })).value).toMatchObject({ themes: [{ name: 'Helse og sykehus' }] });
  });

  step('adds the Arabic and Tigrinya translations, each in its own direction', async () => {
    const add = async (language: string, text: string) => {
      await page.getByRole('button', { name: 'Legg til oversettelse' }).click();
      const dialog = page.getByRole('dialog', { name: 'Legg til oversettelse' });
      await dialog.getByRole('combobox', { name: 'Språk', exact: true }).selectOption(language);
      await dialog.getByRole('textbox', { name: 'Oversettelse' }).fill(text);
      const created = nextApiCall(page, 'glossary.translations.create');
      await dialog.getByRole('button', { name: 'Opprett' }).click();
      expect(await created).toMatchObject({ ok: true });
    };
    await add('ar', 'مُمَرِّضَة');
    await add('ti', 'ነርስ');
    const arabic = page.getByRole('article', { name: /arabisk/u });
    const tigrinya = page.getByRole('article', { name: /tigrinja/u });
    await visible(arabic);
    await visible(tigrinya);
    const arabicText = arabic.getByRole('textbox', { name: 'Oversettelse' });
    expect(await arabicText.inputValue()).toBe('مُمَرِّضَة');
    expect(await arabicText.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await tigrinya.getByRole('textbox', { name: 'Oversettelse' }).evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');

    // Each translation saves on its own and says so in its own card.
    const saved = nextApiCall(page, 'glossary.translations.update');
    await arabic.getByLabel('Status').selectOption('checked');
    expect(await saved).toMatchObject({ ok: true });
    await visible(arabic.getByRole('status').filter({ hasText: 'Alle endringer er lagret' }));
    const stored = await callApi(page, 'glossary.get', { id: termId });
    expect(stored.value).toMatchObject({
      term: 'sykepleier',
      translations: [
        { language: 'ar', text: 'مُمَرِّضَة', dir: 'rtl', status: 'checked' },
        { language: 'ti', text: 'ነርስ', dir: 'ltr', status: 'draft' },
      ],
    });
    await axe('Begrep');
  });

  step('finds the term by searching in Arabic without diacritics', async () => {
    await goTo(page, 'Ordlister');
    await page.getByRole('searchbox').fill('ممرضة');
    const results = page.getByRole('region', { name: 'Treff' });
    await visible(results.getByRole('link', { name: 'sykepleier' }));
    await page.getByRole('searchbox').fill('ممرضه');
    await visible(results.getByRole('link', { name: 'sykepleier' }));
    await page.getByRole('searchbox').fill('sykehus-ord som ikke finnes');
    await visible(page.getByText('Ingen begreper passer søket.'));
  });

  step('prints the word list in Arabic and Tigrinya', async () => {
    await page.getByRole('searchbox').fill('');
    await page.getByRole('link', { name: 'Helse og sykehus' }).click();
    const panel = page.getByRole('region', { name: 'Skriv ut' });
    await visible(panel);
    await panel.getByLabel('Språk på ordlista (høyst fire)').selectOption('ti');
    await eventually(() => panel.getByRole('button', { name: 'Fjern tigrinja' }).count()).toBe(1);
    await axe('Ordliste for tema');
    const downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Skriv ut ordliste' }).click();
    const file = await downloaded;
    const target = resultPath(file.suggestedFilename());
    await file.saveAs(target);
    expect(file.suggestedFilename()).toBe('Ordliste Helse og sykehus – arabisk, tigrinja.pdf');
    const text = pdfText(target);
    expect(text).toContain('sykepleier');
    expect(text).toContain('ممرضة');
    expect(text).toContain('ነርስ');
    expect(text).toContain('Ordliste');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', target, resultPath('glossary-word-list')]);
    const fonts = execFileSync('pdffonts', [target], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansArabic/u);
    expect(fonts).toMatch(/NotoSansEthiopic/u);
  });

  step('prints picture cards in Tigrinya', async () => {
    const panel = page.getByRole('region', { name: 'Skriv ut' });
    await panel.getByLabel('Språk på bildekortene').selectOption('ti');
    const downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Skriv ut bildekort' }).click();
    const file = await downloaded;
    const target = resultPath(file.suggestedFilename());
    await file.saveAs(target);
    expect(file.suggestedFilename()).toBe('Bildekort Helse og sykehus – tigrinja.pdf');
    const text = pdfText(target);
    expect(text).toContain('Bildekort');
    expect(text).toContain('sykepleier');
    expect(text).toContain('ነርስ');
    expect(text).not.toContain('ممرضة');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', target, resultPath('glossary-flashcards')]);
  });

  step('deletes a translation without asking and brings it back with «Angre»', async () => {
    await page.getByRole('link', { name: 'sykepleier' }).click();
    const tigrinya = page.getByRole('article', { name: /tigrinja/u });
    await visible(tigrinya);
    await tigrinya.getByRole('button', { name: 'Slett oversettelsen til tigrinja' }).click();
    await eventually(() => tigrinya.count()).toBe(0);
    const toast = page.getByRole('listitem').filter({ hasText: 'Oversettelsen til tigrinja er slettet.' });
    await visible(toast);
    const restored = nextApiCall(page, 'glossary.translations.restore');
    await toast.getByRole('button', { name: 'Angre' }).click();
    expect(await restored).toMatchObject({ ok: true, value: { language: 'ti', text: 'ነርስ' } });
    await visible(page.getByRole('article', { name: /tigrinja/u }));
  });
});
