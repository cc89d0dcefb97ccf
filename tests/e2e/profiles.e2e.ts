import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, navLink, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, gone, nextApiCall, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * Profiles on a shared PC. The example centre has one class with two mother-tongue
 * assistants; the teacher adds a second class the assistants do not work in. Nadia (Arabic)
 * makes herself a PIN, the teacher and Nadia switch profiles, Nadia sees only her own class
 * and its participants, cannot reach the other class's participant by its address, locks the
 * PC and unlocks it with her PIN. The start screen «Hvem er du?» appears once she signs out.
 */
describe('profiles', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  const nadia = 'نادية كريم';
  let otherParticipantId = '';

  const axe = async (screen: string) => {
    const violations = await seriousViolations(page);
    expect(formatViolations(screen, violations)).toBe('');
  };
  const sidebar = () => page.getByRole('navigation').first();
  const chooseProfile = async (buttonName: string, profileName: string) => {
    await sidebar().getByRole('button', { name: buttonName }).click();
    const dialog = page.getByRole('dialog', { name: 'Hvem er du?' });
    await visible(dialog);
    await dialog.getByRole('button', { name: new RegExp(profileName, 'u') }).click();
  };

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('a centre without profiles works as before, as a teacher', async () => {
    await visible(sidebar().getByText('Ingen profil valgt'));
    const courses = await callApi(page, 'courses.list', {});
    expect(courses.ok).toBe(true);
    const ownCourse = (courses.value as { id: string }[])[0];
    expect(await callApi(page, 'themes.create', { courseId: ownCourse?.id, name: 'Helse og sykehus', startDate: '2026-11-02', endDate: '2026-12-18' })).toMatchObject({ ok: true });
    // A second class without the assistants, with a participant of its own.
    const course = await callApi(page, 'courses.create', {
      name: 'Norsk B1 kveld', startDate: '2026-08-17', endDate: '2027-06-18', levelFrom: 'A2', levelTo: 'B1', track: 3,
    });
    const participant = await callApi(page, 'participants.create', { givenName: 'Samir', familyName: 'Kveldsen', motherTongues: ['fa'], programme: 'self_paying' });
    expect(participant).toMatchObject({ ok: true });
    otherParticipantId = (participant.value as { id: string }).id;
    expect(await callApi(page, 'courses.enrol', { courseId: (course.value as { id: string }).id, participantId: otherParticipantId })).toMatchObject({ ok: true });
  });

  step('Nadia chooses her profile and makes a PIN in «Min profil»', async () => {
    await chooseProfile('Velg profil', nadia);
    await visible(sidebar().getByText('Morsmålsassistent'));
    await goTo(page, 'Innstillinger');
    const section = page.getByRole('region', { name: 'Min profil' });
    await visible(section);
    await section.getByLabel('Ny PIN-kode', { exact: true }).fill('24a68');
    // Only digits are taken, masked.
    expect(await section.getByLabel('Ny PIN-kode', { exact: true }).inputValue()).toBe('2468');
    expect(await section.getByLabel('Ny PIN-kode', { exact: true }).getAttribute('type')).toBe('password');
    await section.getByLabel('Gjenta ny PIN-kode').fill('2468');
    await section.getByRole('button', { name: 'Lag PIN-kode' }).click();
    await visible(section.getByText('PIN-koden er lagret.'));
    await axe('Min profil');
    await page.screenshot({ path: resultPath('profiles-my-profile.png') });
  });

  step('the teacher switches to her profile and sees both classes', async () => {
    await chooseProfile('Bytt profil', 'Ingrid Haugland');
    await visible(sidebar().getByText('Lærer', { exact: true }));
    await goTo(page, 'Klasser');
    await visible(page.getByRole('link', { name: 'Norsk B1 kveld' }));
  });

  step('switching to Nadia asks for her PIN, and a wrong one is refused', async () => {
    await sidebar().getByRole('button', { name: 'Bytt profil' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hvem er du?' });
    await dialog.getByRole('button', { name: new RegExp(nadia, 'u') }).click();
    await dialog.getByLabel('PIN-kode').fill('1111');
    await dialog.getByRole('button', { name: 'Logg inn' }).click();
    await visible(dialog.getByText('Feil PIN-kode. Prøv igjen.'));
    await axe('PIN');
    await dialog.getByLabel('PIN-kode').fill('2468');
    await page.keyboard.press('Enter');
    await gone(dialog);
    await visible(sidebar().getByText('Morsmålsassistent'));
  });

  step('Nadia sees only her own class and its participants; the menu leaves out what is not hers', async () => {
    await goTo(page, 'Klasser');
    await visible(page.getByRole('link', { name: 'Arbeidsrettet norsk A1–A2, høst 2026' }));
    expect(await page.getByRole('link', { name: 'Norsk B1 kveld' }).count()).toBe(0);
    await goTo(page, 'Deltakere');
    await eventually(() => page.getByRole('main').getByRole('link').count()).toBeGreaterThan(5);
    expect(await page.getByRole('main').getByText('Samir').count()).toBe(0);
    for (const hidden of ['Materiale', 'Vurdering', 'Praksis']) expect(await navLink(page, hidden).count(), hidden).toBe(0);
    await visible(navLink(page, 'Ordlister'));
    const answer = await callApi(page, 'participants.get', { id: otherParticipantId });
    expect(answer).toEqual({ ok: false, error: { code: 'forbidden' } });
    await page.screenshot({ path: resultPath('profiles-assistant-classes.png') });
  });

  step('the other class’s participant cannot be reached by its address', async () => {
    await page.evaluate((id) => {
      window.location.hash = `#/participants/${id}`;
    }, otherParticipantId);
    await visible(page.getByText('Du har ikke tilgang til dette.'));
    expect(await page.getByRole('main').getByText('Samir').count()).toBe(0);
    expect(await page.getByRole('main').getByText('Kveldsen').count()).toBe(0);
  });

  step('Nadia locks the PC: nothing shows and the API refuses until her PIN is given', async () => {
    await goTo(page, 'Klasser');
    await sidebar().getByRole('button', { name: 'Lås' }).click();
    const lock = page.getByRole('dialog', { name: 'Maskinen er låst' });
    await visible(lock);
    expect(await page.getByRole('link', { name: 'Arbeidsrettet norsk A1–A2, høst 2026' }).isVisible()).toBe(false);
    expect((await callApi(page, 'courses.list', {})).error?.code).toBe('locked');
    await axe('Låst');
    await page.screenshot({ path: resultPath('profiles-locked.png') });
    await lock.getByLabel('PIN-kode').fill('9999');
    await page.keyboard.press('Enter');
    await visible(lock.getByText('Feil PIN-kode. Prøv igjen.'));
    await lock.getByLabel('PIN-kode').fill('2468');
    await lock.getByRole('button', { name: 'Lås opp' }).click();
    await gone(lock);
    await visible(page.getByRole('link', { name: 'Arbeidsrettet norsk A1–A2, høst 2026' }));
  });

  step('as herself, Nadia adds Arabic and Tigrinya translations to her class’s theme and prints the word list', async () => {
    await goTo(page, 'Ordlister');
    await page.getByRole('link', { name: 'Helse og sykehus' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Helse og sykehus' }));
    await page.getByRole('button', { name: 'Nytt begrep' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt begrep' });
    await dialog.getByRole('textbox', { name: 'Norsk ord eller uttrykk' }).fill('sykepleier');
    await dialog.getByRole('button', { name: 'Opprett' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'sykepleier' }));
    for (const [language, text] of [['ar', 'ممرضة'], ['ti', 'ነርስ']] as const) {
      await page.getByRole('button', { name: 'Legg til oversettelse' }).click();
      const add = page.getByRole('dialog', { name: 'Legg til oversettelse' });
      await add.getByRole('combobox', { name: 'Språk', exact: true }).selectOption(language);
      await add.getByRole('textbox', { name: 'Oversettelse' }).fill(text);
      const created = nextApiCall(page, 'glossary.translations.create');
      await add.getByRole('button', { name: 'Opprett' }).click();
      expect(await created).toMatchObject({ ok: true });
    }
    await goTo(page, 'Ordlister');
    await page.getByRole('link', { name: 'Helse og sykehus' }).click();
    const panel = page.getByRole('region', { name: 'Skriv ut' });
    await visible(panel);
    await panel.getByLabel('Språk på ordlista (høyst fire)').selectOption('ti');
    await eventually(() => panel.getByRole('button', { name: 'Fjern tigrinja' }).count()).toBe(1);
    const downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Skriv ut ordliste' }).click();
    const file = await downloaded;
    const target = resultPath(`profiles-${file.suggestedFilename()}`);
    await file.saveAs(target);
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).normalize('NFKC');
    expect(text).toContain('sykepleier');
    expect(text).toContain('ነርስ');
    // pdftotext gives Arabic back in presentation forms, spaced; NFKC and dropping spaces read it again.
    expect(text.replace(/[ \u200f\u202b\u202c]+/gu, '')).toContain('ممرضة');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', target, resultPath('profiles-assistant-word-list')]);
  });

  step('with the idle lock on, the PC locks itself after 5 quiet minutes, and a half-typed form survives', async () => {
    await goTo(page, 'Innstillinger');
    const section = page.getByRole('region', { name: 'Min profil' });
    await page.clock.install();
    await section.getByLabel('Lås maskinen når den ikke er i bruk').selectOption({ label: 'Etter 5 minutter' });
    await eventually(async () => ((await callApi(page, 'settings.get', {})).value as { idleLockMinutes: number }).idleLockMinutes).toBe(5);
    // Let the page take in the new setting (its own timers run on the installed clock).
    await page.clock.fastForward(1000);
    await eventually(() => section.getByLabel('Lås maskinen når den ikke er i bruk').inputValue()).toBe('5');
    await page.clock.fastForward(1000);
    // Typed but not sent: it lives only in the open form.
    await section.getByLabel('Ny PIN-kode', { exact: true }).fill('1357');
    await page.clock.fastForward('04:00');
    expect(await page.getByRole('dialog', { name: 'Maskinen er låst' }).count()).toBe(0);
    await page.clock.fastForward('01:01');
    await page.clock.fastForward(1000);
    const lock = page.getByRole('dialog', { name: 'Maskinen er låst' });
    await visible(lock);
    await lock.getByLabel('PIN-kode').fill('2468');
    await page.keyboard.press('Enter');
    await gone(lock);
    expect(await section.getByLabel('Ny PIN-kode', { exact: true }).inputValue()).toBe('1357');
    await section.getByLabel('Lås maskinen når den ikke er i bruk').selectOption({ label: 'Aldri' });
    await eventually(async () => ((await callApi(page, 'settings.get', {})).value as { idleLockMinutes: number }).idleLockMinutes).toBe(0);
  });

  step('after signing out the PC asks «Hvem er du?» and refuses every other call', async () => {
    await sidebar().getByRole('button', { name: 'Logg ut' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Hvem er du?' }));
    expect((await callApi(page, 'participants.list', {})).error?.code).toBe('signed_out');
    await axe('Hvem er du?');
    await page.screenshot({ path: resultPath('profiles-start.png') });
    await page.getByRole('button', { name: /Ingrid Haugland/u }).click();
    await visible(sidebar().getByText('Lærer', { exact: true }));
    expect(session.errors.filter((error) => !/status of 4\d\d/u.test(error))).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
