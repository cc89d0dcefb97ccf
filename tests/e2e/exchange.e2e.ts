import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { goTo, openApp, startExampleSession, type OpenApp, type Session } from './support/browser';
import { formatViolations, seriousViolations } from './support/axe';
import { callApi, direction, eventually, visible } from './support/expect';
import { resultPath } from './support/paths';
import { startServer, type RunningServer } from './support/server';
import { storySteps } from './support/steps';

/** Today in Oslo and days after it, as ISO dates (the app's date field starts on today). */
const osloToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const nextWeekday = (iso: string, weekday: number) => {
  for (let days = 1; days <= 7; days++) if (new Date(`${plusDays(iso, days)}T12:00:00Z`).getUTCDay() === weekday) return plusDays(iso, days);
  throw new Error('no such weekday');
};

/**
 * Exchange packages between the centre and an assistant's own laptop (two Språkbro servers,
 * two browser profiles): the teacher makes a package on the class page, the assistant takes
 * it in on the laptop, translates and makes the return package, the teacher imports it under
 * Ordlister, sees the translations side by side, chooses the conflict, merges (and undoes and
 * merges again), and the glossary shows the result. A tampered return package is refused.
 */
describe('exchange packages', () => {
  let session: Session;
  let page: Page;
  let laptopServer: RunningServer;
  let laptop: OpenApp;
  const step = storySteps();
  const today = osloToday();
  let courseId = '';
  const termIds: Record<string, string> = {};
  let outgoingFile = '';
  let returnFile = '';

  const axe = async (target: Page, screen: string) => {
    const violations = await seriousViolations(target);
    expect(formatViolations(screen, violations)).toBe('');
  };
  const value = async (target: Page, method: string, input: unknown) => {
    const answer = await callApi(target, method, input);
    expect(answer, method).toMatchObject({ ok: true });
    return answer.value as Record<string, unknown> & { id: string };
  };

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
    laptopServer = await startServer();
    laptop = await openApp(session.browser, laptopServer);
  });
  afterAll(async () => {
    await laptop?.context.close();
    await laptopServer?.stop();
    await session?.close();
  });

  step('the class has a theme with two lessons and a glossary in the coming two weeks', async () => {
    const courses = (await callApi(page, 'courses.list', {})).value as { id: string }[];
    courseId = courses[0]!.id;
    const theme = await value(page, 'themes.create', { courseId, name: 'Barnehage', startDate: today, endDate: plusDays(today, 13), keyWords: ['bleie', 'matpakke'] });
    const monday = nextWeekday(today, 1);
    await value(page, 'lessons.create', { courseId, date: monday, startTime: '09:00', endTime: '11:30', title: 'Levere i barnehagen', themeId: theme.id });
    await value(page, 'lessons.create', { courseId, date: plusDays(monday, 2), startTime: '09:00', endTime: '11:30', title: 'Foreldremøte', themeId: theme.id });
    for (const term of ['bleie', 'matpakke']) termIds[term] = (await value(page, 'glossary.create', { term, themeIds: [theme.id] })).id;
    await value(page, 'glossary.translations.create', { termId: termIds.bleie, language: 'ar', text: 'حفاضة' });
  });

  step('the teacher makes a package for the Arabic-speaking assistant on the class page', async () => {
    await goTo(page, 'Klasser');
    await page.getByRole('link', { name: 'Arbeidsrettet norsk A1–A2, høst 2026' }).click();
    const section = page.getByRole('region', { name: 'Pakke til assistent' });
    await visible(section);
    await visible(section.getByText('Ingen pakker er laget for denne klassen ennå.'));
    await section.getByLabel('Assistent').selectOption({ label: 'نادية كريم' });
    await section.getByLabel('Antall uker').selectOption('2');
    await axe(page, 'Klasse med pakke til assistent');
    const downloaded = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Lag pakke' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe(`Sprakbro-pakke Arbeidsrettet norsk A1–A2, høst 2026 نادية كريم ${today}.zip`);
    outgoingFile = resultPath('exchange-outgoing.zip');
    await file.saveAs(outgoingFile);
    await visible(section.getByRole('cell', { name: 'Venter på retur' }));
    await visible(section.getByRole('cell', { name: '2 økter, 2 ord' }));
    await section.screenshot({ path: resultPath('exchange-class-section.png') });
  });

  step('the assistant takes the package in on their own laptop and sees the plans read-only', async () => {
    const assistantPage = laptop.page;
    await goTo(assistantPage, 'Ordlister');
    await assistantPage.getByRole('link', { name: 'Importer pakke' }).click();
    await visible(assistantPage.getByRole('heading', { level: 1, name: 'Importer pakke' }));
    await assistantPage.getByLabel('Pakkefil (.zip)').setInputFiles(outgoingFile);
    const incoming = assistantPage.getByRole('region', { name: 'Pakke fra senteret' });
    await visible(incoming.getByText(/2 økter og 2 ord/u));
    await axe(assistantPage, 'Pakke fra senteret');
    await incoming.getByRole('button', { name: 'Ta inn pakken' }).click();
    await assistantPage.waitForURL(/#\/glossaries\/packages\/[^/]+$/u);
    await visible(assistantPage.getByRole('heading', { level: 1, name: 'Arbeidsrettet norsk A1–A2, høst 2026' }));
    const lessons = assistantPage.getByRole('region', { name: 'Økter' });
    await visible(lessons.getByRole('cell', { name: 'Levere i barnehagen' }));
    await visible(lessons.getByRole('cell', { name: 'Foreldremøte' }));
    await visible(assistantPage.getByRole('region', { name: 'Ord å oversette' }).getByRole('link', { name: 'bleie' }));
    await axe(assistantPage, 'Mottatt pakke');
    await assistantPage.screenshot({ path: resultPath('exchange-received.png'), fullPage: true });
  });

  step('the assistant translates and makes the return package; meanwhile the teacher changes one translation too', async () => {
    const assistantPage = laptop.page;
    const diaper = (await value(assistantPage, 'glossary.get', { id: termIds.bleie })) as unknown as { translations: { id: string; language: string }[] };
    await value(assistantPage, 'glossary.translations.update', { id: diaper.translations.find((t) => t.language === 'ar')!.id, text: 'حفاض' });
    await value(assistantPage, 'glossary.translations.create', { termId: termIds.matpakke, language: 'ti', text: 'ሳንዱቕ ምሳሕ' });
    await value(assistantPage, 'glossary.translations.create', { termId: termIds.matpakke, language: 'ar', text: 'علبة الغداء' });
    const downloaded = assistantPage.waitForEvent('download');
    await assistantPage.getByRole('button', { name: 'Lag returpakke' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^Sprakbro-retur .*\.zip$/u);
    returnFile = resultPath('exchange-return.zip');
    await file.saveAs(returnFile);

    const centreDiaper = (await value(page, 'glossary.get', { id: termIds.bleie })) as unknown as { translations: { id: string; language: string }[] };
    await value(page, 'glossary.translations.update', { id: centreDiaper.translations.find((t) => t.language === 'ar')!.id, text: 'حِفاضة للأطفال' });
  });

  step('a tampered return package is refused with a clear message and nothing changes', async () => {
    const files = unzipSync(readFileSync(returnFile));
    const forged = strToU8(new TextDecoder().decode(files['translations.json']).replace('حفاض', 'خطأ'));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { files: { name: string; size: number; sha256: string }[] };
    // The forger even fixes the file's size and hash in the manifest; only the HMAC gives it away.
    manifest.files[0]!.size = forged.length;
    manifest.files[0]!.sha256 = createHash('sha256').update(forged).digest('hex');
    const tampered = resultPath('exchange-tampered.zip');
    writeFileSync(tampered, zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'translations.json': forged }));

    await goTo(page, 'Ordlister');
    await page.getByRole('link', { name: 'Importer pakke' }).click();
    await page.getByLabel('Pakkefil (.zip)').setInputFiles(tampered);
    await visible(page.getByRole('alert').filter({ hasText: 'Pakken er endret etter at den ble laget. Den er avvist, og ingenting er lagret.' }));
    await expect(page.getByRole('region', { name: 'Oversettelser fra assistenten' }).count()).resolves.toBe(0);
  });

  step('the teacher imports the return package and sees new and changed translations side by side', async () => {
    await page.getByLabel('Pakkefil (.zip)').setInputFiles(returnFile);
    const merge = page.getByRole('region', { name: 'Oversettelser fra assistenten' });
    await visible(merge);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    const conflict = merge.getByRole('row', { name: /bleie/u });
    await visible(conflict.getByText('Konflikt'));
    await visible(conflict.getByText('حِفاضة للأطفال'));
    await visible(conflict.getByText('حفاض', { exact: true }));
    expect(await direction(conflict.getByText('حفاض', { exact: true }))).toBe('rtl');
    const tigrinya = merge.getByRole('row', { name: /matpakke.*tigrinja/u });
    await visible(tigrinya.getByText('Ny'));
    expect(await direction(tigrinya.getByText('ሳንዱቕ ምሳሕ'))).toBe('ltr');
    await visible(merge.getByRole('row', { name: /matpakke.*arabisk/u }));
    // The conflict waits for the teacher's choice.
    const mergeButton = merge.getByRole('button', { name: 'Slå sammen' });
    expect(await mergeButton.isDisabled()).toBe(true);
    await visible(merge.getByText('1 konflikt venter på ditt valg.'));
    await axe(page, 'Slå sammen returpakke');
    await page.screenshot({ path: resultPath('exchange-merge.png'), fullPage: true });
    // Chosen with the keyboard: focus the assistant's value and press Space.
    await conflict.getByRole('radio', { name: 'Ta assistentens' }).focus();
    await page.keyboard.press('Space');
    expect(await conflict.getByRole('radio', { name: 'Ta assistentens' }).isChecked()).toBe(true);
    await mergeButton.click();
    await visible(page.getByText('Slått sammen: 3 tatt inn, 0 beholdt som før.'));
  });

  step('the merge undoes in one step, and merges again', async () => {
    await page.getByRole('button', { name: 'Angre' }).click();
    await visible(page.getByText('Sammenslåingen er angret.'));
    await eventually(async () => {
      const term = (await value(page, 'glossary.get', { id: termIds.matpakke })) as unknown as { translations: unknown[] };
      return term.translations.length;
    }).toBe(0);
    await page.getByLabel('Pakkefil (.zip)').setInputFiles(returnFile);
    const merge = page.getByRole('region', { name: 'Oversettelser fra assistenten' });
    await merge.getByRole('button', { name: 'Velg assistentens for alle' }).click();
    await merge.getByRole('button', { name: 'Slå sammen' }).click();
    await visible(page.getByText('Slått sammen: 3 tatt inn, 0 beholdt som før.'));
  });

  step('the glossary shows the merged translations', async () => {
    await goTo(page, 'Ordlister');
    await page.getByRole('searchbox').fill('ሳንዱቕ');
    const results = page.getByRole('region', { name: 'Treff' });
    const row = results.getByRole('row', { name: /matpakke/u });
    await visible(row.getByText('ሳንዱቕ ምሳሕ'));
    expect(await direction(row.getByText('ሳንዱቕ ምሳሕ'))).toBe('ltr');
    await page.getByRole('searchbox').fill('bleie');
    const diaperRow = results.getByRole('row', { name: /bleie/u });
    await visible(diaperRow.getByText('حفاض', { exact: true }));
    expect(await direction(diaperRow.getByText('حفاض', { exact: true }))).toBe('rtl');
    await page.screenshot({ path: resultPath('exchange-glossary-after-merge.png'), fullPage: true });
    await goTo(page, 'Klasser');
    await page.getByRole('link', { name: 'Arbeidsrettet norsk A1–A2, høst 2026' }).click();
    await visible(page.getByRole('region', { name: 'Pakke til assistent' }).getByRole('cell', { name: /^Slått sammen / }));
    expect(session.errors).toEqual([]);
    expect(laptop.errors).toEqual([]);
    expect([...session.outsideRequests, ...laptop.outsideRequests]).toEqual([]);
  });
});
