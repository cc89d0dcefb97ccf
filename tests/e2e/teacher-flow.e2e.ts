import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import en from '../../resources/locales/en/translation.json';
import nn from '../../resources/locales/nn/translation.json';
import { goTo, navLink, startSession, type Session } from './support/browser';
import { languageGroup, languageGroupsPanel, names, uncoveredBlock } from './support/class-page';
import {
  callApi,
  computedDirection,
  direction,
  eventually,
  gone,
  selectOptionByText,
  textOf,
  visible,
} from './support/expect';
import { autosaved, createParticipant, createStaff } from './support/flows';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * A teacher sets up a class with mother-tongue support on an empty centre: staff with the
 * languages they cover, a class with a period, level band, practice days and staff, then
 * participants written in their own scripts; the class splits into language groups.
 */
const className = 'Norsk med morsmålsstøtte, vår 2027';
const teacher = { name: 'Kari Nordmann', role: 'teacher', languages: ['nb'], positionPercent: 100 } as const;
const arabicAssistant = { name: 'Amina Yusuf', role: 'assistant', languages: ['ar'], positionPercent: 40 } as const;
const tigrinyaAssistant = { name: 'Yonas Berhe', role: 'assistant' } as const;
const participants = [
  { givenName: 'ليلى', familyName: 'حداد', motherTongues: ['ar'] },
  { givenName: 'ሄለን', familyName: 'ተስፋይ', motherTongues: ['ti'] },
  { givenName: 'Hodan', familyName: 'Warsame', motherTongues: ['so'] },
  // Somali first, but Arabic is covered: she joins the Arabic group.
  { givenName: 'Ayaan', familyName: 'Jama', motherTongues: ['so', 'ar'] },
];
const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
const [layla, helen, hodan, ayaan] = participants.map(fullName) as [string, string, string, string];

describe('teacher sets up a class on an empty centre', () => {
  const step = storySteps();
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await startSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('starts with an empty centre', async () => {
    const welcome = page.getByRole('region', { name: 'Velkommen til Språkbro' });
    await welcome.getByRole('button', { name: 'Start med tomt senter' }).click();
    await gone(welcome);
    await visible(page.getByRole('heading', { name: 'Kom i gang' }));
    const counts = page.getByRole('region', { name: 'Senteret ditt' });
    expect(await textOf(counts)).toContain('0 klasser');
  });

  step('adds a teacher and two mother-tongue assistants', async () => {
    await goTo(page, 'Ansatte');
    await visible(page.getByText('Ingen ansatte ennå.', { exact: false }));

    await createStaff(page, teacher);
    await visible(page.getByRole('status').filter({ hasText: 'Alle endringer er lagret' }));
    await goTo(page, 'Ansatte');
    await createStaff(page, arabicAssistant);
    const languages = page.getByRole('main').getByRole('listitem').filter({ hasText: 'arabisk' });
    await visible(languages);

    // The Tigrinya assistant gets her language and position on her page, which saves on its own.
    await goTo(page, 'Ansatte');
    await createStaff(page, tigrinyaAssistant);
    await autosaved(page, 'staff.update', async () => {
      await page.getByLabel('Språk', { exact: true }).selectOption('ti');
      await page.getByLabel('Stillingsprosent').fill('30');
    });
    await visible(page.getByRole('main').getByRole('listitem').filter({ hasText: 'tigrinja' }));

    await page.getByRole('link', { name: 'Tilbake til listen' }).click();
    const rows = page.getByRole('main').getByRole('row');
    await eventually(() => rows.count()).toBe(4); // header + 3
    const yonas = rows.filter({ hasText: tigrinyaAssistant.name });
    // The list may show its cached rows for a moment while it refreshes.
    await eventually(() => textOf(yonas)).toMatch(/Morsmålsassistent\s+tigrinja\s+30 %/);
    expect(await textOf(rows.filter({ hasText: arabicAssistant.name }))).toMatch(/Morsmålsassistent\s+arabisk\s+40 %/);
    expect(await textOf(rows.filter({ hasText: teacher.name }))).toMatch(/Lærer\s+norsk bokmål\s+100 %/);
  });

  step('creates a class with period, level band, practice days and staff', async () => {
    await goTo(page, 'Klasser');
    await page.getByRole('button', { name: 'Ny klasse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny klasse' });
    await dialog.getByRole('textbox', { name: 'Navn på klassen' }).fill(className);
    await dialog.getByRole('textbox', { name: 'Startdato' }).fill('04.01.2027');
    await dialog.getByRole('textbox', { name: 'Sluttdato' }).fill('18.06.2027');
    await dialog.getByLabel('Fra nivå').selectOption('A1');
    await dialog.getByLabel('Til nivå').selectOption('A2');
    await dialog.getByLabel('Spor').selectOption('1');
    await dialog.getByRole('button', { name: 'Opprett' }).click();

    await page.waitForURL(/#\/classes\/[^/]+$/);
    await visible(page.getByRole('heading', { level: 1, name: className }));
    await visible(page.getByText('04.01.2027 – 18.06.2027 (uke 1–24)'));
    expect(await page.getByLabel('Fra nivå').inputValue()).toBe('A1');
    expect(await page.getByLabel('Til nivå').inputValue()).toBe('A2');
    expect(await page.getByLabel('Spor').inputValue()).toBe('1');

    await autosaved(page, 'courses.update', async () => {
      await day(page, 'Tirsdag').getByRole('radio', { name: 'Praksis' }).check();
      await day(page, 'Torsdag').getByRole('radio', { name: 'Praksis' }).check();
    });
    await visible(page.getByRole('status').filter({ hasText: 'Alle endringer er lagret' }));

    await autosaved(page, 'courses.update', () =>
      selectOptionByText(page.getByLabel('Lærere'), `${teacher.name} (norsk bokmål)`),
    );
    await autosaved(page, 'courses.update', () =>
      selectOptionByText(page.getByLabel('Morsmålsassistenter'), `${arabicAssistant.name} (arabisk)`),
    );
    await autosaved(page, 'courses.update', () =>
      selectOptionByText(page.getByLabel('Morsmålsassistenter'), `${tigrinyaAssistant.name} (tigrinja)`),
    );
    for (const name of [teacher.name, arabicAssistant.name, tigrinyaAssistant.name]) {
      await visible(page.getByRole('button', { name: new RegExp(`^Fjern: ${name}`) }));
    }
    await visible(languageGroupsPanel(page).getByText('Språkgruppene vises når deltakere er meldt inn.'));
  });

  step('adds participants with names in their own scripts', async () => {
    await goTo(page, 'Deltakere');
    for (const participant of participants) {
      await createParticipant(page, participant);
      if (participant === participants[0]) {
        // An Arabic name is laid out right to left, in the heading and in its own field.
        const heading = page.getByRole('heading', { level: 1, name: layla });
        expect(await direction(heading)).toBe('rtl');
        expect(await computedDirection(heading)).toBe('rtl');
        expect(await direction(page.getByRole('textbox', { name: 'Fornavn' }))).toBe('rtl');
        await page.screenshot({ path: resultPath('participant-rtl.png'), fullPage: true });
      }
      await goTo(page, 'Deltakere');
    }
    const links = page.getByRole('main').getByRole('table').getByRole('link');
    await eventually(async () => (await links.allInnerTexts()).map((t) => t.trim()).sort()).toEqual(
      [layla, helen, hodan, ayaan].sort(),
    );
    expect(await direction(page.getByRole('link', { name: helen }))).toBe('ltr');
    expect(await direction(page.getByRole('link', { name: layla }))).toBe('rtl');
  });

  step('enrols them and shows language groups with the assistants who cover them', async () => {
    await goTo(page, 'Klasser');
    await page.getByRole('link', { name: className }).click();
    await visible(page.getByRole('heading', { level: 1, name: className }));
    const enrolled = page.getByRole('region', { name: /^Deltakere i klassen/ });
    const search = enrolled.getByRole('searchbox', { name: 'Meld inn deltaker' });
    for (const name of [layla, helen, hodan, ayaan]) {
      // Found by name, as in a centre with a thousand participants, then enrolled with one click.
      await search.fill(name);
      await enrolled.getByRole('button', { name: `Meld inn: ${name}` }).click();
      await visible(enrolled.getByRole('link', { name, exact: true }));
      await visible(enrolled.getByText('Ingen deltakere utenfor klassen passer til søket.'));
    }
    expect(await textOf(enrolled.getByRole('heading', { level: 2 }))).toContain('4 deltakere');

    const panel = languageGroupsPanel(page);
    const arabic = languageGroup(panel, 'arabisk');
    const tigrinya = languageGroup(panel, 'tigrinja');
    const somali = languageGroup(panel, 'somali');
    await visible(somali);
    await eventually(() => textOf(arabic)).toContain(`Assistent: ${arabicAssistant.name}`);
    await eventually(async () => (await names(arabic)).sort()).toEqual([layla, ayaan].sort());
    await eventually(() => textOf(tigrinya)).toContain(`Assistent: ${tigrinyaAssistant.name}`);
    await eventually(() => names(tigrinya)).toEqual([helen]);
    await eventually(() => textOf(somali)).toContain('Ingen assistent dekker dette språket');
    await eventually(() => names(somali)).toEqual([hodan]);
    const uncovered = uncoveredBlock(panel);
    await eventually(() => names(uncovered)).toEqual([hodan]);

    // Each name takes the direction of its own script.
    expect(await direction(arabic.getByText(layla, { exact: true }))).toBe('rtl');
    expect(await computedDirection(arabic.getByText(layla, { exact: true }))).toBe('rtl');
    expect(await direction(arabic.getByText(ayaan, { exact: true }))).toBe('ltr');
    expect(await direction(tigrinya.getByText(helen, { exact: true }))).toBe('ltr');

    await page.screenshot({ path: resultPath('class-screen.png'), fullPage: true });
  });

  step('switches the interface to English and to Nynorsk', async () => {
    await goTo(page, 'Innstillinger');
    // The radio follows the stored setting, so it shows checked once the server has it.
    const english = page.getByRole('radio', { name: 'English' });
    await english.click();
    await eventually(() => english.isChecked()).toBe(true);
    await visible(navLink(page, 'Participants'));
    await visible(navLink(page, 'Classes'));
    await visible(page.getByRole('heading', { level: 1, name: 'Settings' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await navLink(page, 'Classes').click();
    await page.getByRole('link', { name: className }).click();
    const panel = languageGroupsPanel(page, en.classes.languageGroups);
    await visible(languageGroup(panel, 'Arabic'));
    await eventually(() => textOf(languageGroup(panel, 'Arabic'))).toContain(
      en.classes.coveredBy.replace('{{names}}', arabicAssistant.name),
    );
    await visible(uncoveredBlock(panel, en.classes.uncovered));
    await page.screenshot({ path: resultPath('class-screen-en.png'), fullPage: true });

    await navLink(page, 'Settings').click();
    const nynorsk = page.getByRole('radio', { name: /nynorsk/i });
    await nynorsk.click();
    await eventually(() => nynorsk.isChecked()).toBe(true);
    await visible(navLink(page, 'Deltakarar'));
    await visible(navLink(page, nn.nav.settings));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    // The choice is stored: wait until the server has it before reloading.
    await eventually(async () => (await callSettings(page)).uiLanguage).toBe('nn');
  });

  step('keeps the language and all the data after a reload', async () => {
    await page.reload();
    await visible(navLink(page, 'Deltakarar'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');

    await navLink(page, nn.nav.settings).click();
    expect(await page.getByRole('radio', { name: /nynorsk/i }).isChecked()).toBe(true);

    await navLink(page, nn.nav.classes).click();
    await page.getByRole('link', { name: className }).click();
    await visible(page.getByRole('heading', { level: 1, name: className }));
    const praksis = nn.classes.dayKinds.practice;
    expect(await day(page, nn.classes.weekdays.tue).getByRole('radio', { name: praksis }).isChecked()).toBe(true);
    expect(await day(page, nn.classes.weekdays.thu).getByRole('radio', { name: praksis }).isChecked()).toBe(true);
    expect(await day(page, nn.classes.weekdays.wed).getByRole('radio', { name: nn.classes.dayKinds.school }).isChecked()).toBe(true);
    expect(await page.getByLabel(nn.classes.levelFrom).inputValue()).toBe('A1');
    expect(await page.getByLabel(nn.classes.levelTo).inputValue()).toBe('A2');
    expect(await page.getByLabel(nn.classes.track).inputValue()).toBe('1');
    for (const name of [teacher.name, arabicAssistant.name, tigrinyaAssistant.name]) {
      await visible(page.getByRole('button', { name: new RegExp(`^${nn.common.remove}: ${name}`) }));
    }

    const panel = languageGroupsPanel(page, nn.classes.languageGroups);
    const arabic = languageGroup(panel, 'arabisk');
    await visible(arabic);
    await eventually(async () => (await names(arabic)).sort()).toEqual([layla, ayaan].sort());
    await eventually(() => names(languageGroup(panel, 'tigrinja'))).toEqual([helen]);
    await eventually(() => names(uncoveredBlock(panel, nn.classes.uncovered))).toEqual([hodan]);
    await eventually(() => textOf(languageGroup(panel, 'tigrinja'))).toContain(tigrinyaAssistant.name);

    expect(session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});

/** One weekday's radio group in «Ukemønster». */
const day = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function callSettings(page: Page): Promise<{ uiLanguage?: string }> {
  const answer = await callApi(page, 'settings.get', {});
  return (answer.value ?? {}) as { uiLanguage?: string };
}
