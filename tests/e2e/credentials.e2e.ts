import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, textOf, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

interface Participant {
  id: string;
  givenName: string;
  familyName: string;
}

/**
 * Office staff check documents in «Kontroller dokument»: a diploma's credential file, a copy
 * where someone changed the name, the serial typed from the paper, and the same serial once
 * the diploma is revoked. Everything is checked offline in the app.
 */
describe('checking documents', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  let documentId = '';
  let serial = '';
  const genuineFile = resultPath('credential-genuine.json');
  const tamperedFile = resultPath('credential-tampered.json');
  const arabicName = 'ليلى حداد';

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const verdict = () => page.getByRole('heading', { level: 2, name: /Ekte dokument|Ikke gyldig|Trukket tilbake|Finnes ikke/u });

  const chooseFile = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Velg fil …' }).click();
    await (await chooser).setFiles(file);
  };

  step('issues a diploma for a participant with an Arabic name and downloads its credential from the register', async () => {
    const courses = (await callApi(page, 'courses.list', {})).value as { id: string; participantIds: string[] }[];
    const course = courses.find((candidate) => candidate.participantIds.length > 0)!;
    const people = (await callApi(page, 'participants.list', {})).value as Participant[];
    const person = people.find((candidate) => `${candidate.givenName} ${candidate.familyName}` === arabicName)!;
    expect(course.participantIds).toContain(person.id);
    const issued = await callApi(page, 'documents.issue', { kind: 'diploma', language: 'nb', courseId: course.id, documents: [{ participantId: person.id }] });
    expect(issued.ok).toBe(true);
    const [first] = issued.value as [{ id: string; serial: string }];
    ({ id: documentId, serial } = first);
    // Signed a moment after the issue.
    await eventually(async () => (await callApi(page, 'credentials.export', { documentId })).ok).toBe(true);
    await goTo(page, 'Dokumenter');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: `Last ned bevis (.json) for ${serial}` }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe(`${serial}.credential.json`);
    await file.saveAs(genuineFile);
    const json = readFileSync(genuineFile, 'utf8');
    // Someone edits the name in the file, hoping nobody notices.
    expect(json).toContain(arabicName);
    writeFileSync(tamperedFile, json.replace(arabicName, 'ليلى حداد العلي'));
  });

  step('finds the genuine credential genuine, with the name in its own script', async () => {
    await goTo(page, 'Kontroller dokument');
    await chooseFile(genuineFile);
    await visible(verdict());
    expect(await textOf(verdict())).toContain('Ekte dokument');
    await visible(page.getByText('Signaturen stemmer: innholdet er ikke endret', { exact: false }));
    const name = page.locator('.verification__facts bdi', { hasText: arabicName });
    await visible(name);
    expect(await name.evaluate((element) => (element.matches(':dir(rtl)') ? 'rtl' : 'ltr'))).toBe('rtl');
    await visible(page.getByText(serial, { exact: true }));
  });

  step('finds the tampered copy not valid and says why', async () => {
    await chooseFile(tamperedFile);
    await eventually(async () => textOf(verdict())).toContain('Ikke gyldig');
    await visible(page.getByText('Signaturen stemmer ikke', { exact: false }));
  });

  step('checks the serial typed from the paper, with the keyboard', async () => {
    const field = page.getByRole('textbox', { name: 'Serienummer' });
    await field.focus();
    await page.keyboard.type(serial.toLowerCase());
    await page.keyboard.press('Enter');
    await eventually(async () => textOf(page.locator('.verification__label'))).toContain(serial);
    expect(await textOf(verdict())).toContain('Ekte dokument');
  });

  step('prints the diploma from the register and finds the credential inside the PDF', async () => {
    await goTo(page, 'Dokumenter');
    const row = page.getByRole('row', { name: new RegExp(serial, 'u') });
    const downloaded = page.waitForEvent('download');
    await row.getByRole('button', { name: `Skriv ut igjen: ${serial}` }).click();
    const pdf = resultPath(`credential-${serial}.pdf`);
    await (await downloaded).saveAs(pdf);
    await goTo(page, 'Kontroller dokument');
    await chooseFile(pdf);
    await eventually(async () => textOf(page.locator('.verification__label'))).toContain(`credential-${serial}.pdf`);
    expect(await textOf(verdict())).toContain('Ekte dokument');
    await visible(page.locator('.verification__facts bdi', { hasText: arabicName }));
  });

  step('shows a revoked diploma as revoked, with the date and the reason', async () => {
    expect((await callApi(page, 'documents.revoke', { id: documentId, reason: 'Feil kursperiode' })).ok).toBe(true);
    await page.getByRole('textbox', { name: 'Serienummer' }).fill(serial);
    await page.getByRole('button', { name: 'Kontroller', exact: true }).click();
    await eventually(async () => textOf(verdict())).toContain('Trukket tilbake');
    await visible(page.getByText('Feil kursperiode'));
    await chooseFile(genuineFile);
    await eventually(async () => textOf(page.locator('.verification__label'))).toContain('credential-genuine.json');
    expect(await textOf(verdict())).toContain('Trukket tilbake');
    await page.screenshot({ path: resultPath('credentials-verify.png'), fullPage: true });
  });

  step('has no serious accessibility problems', async () => {
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('Kontroller dokument', violations)).toEqual([]);
  });
});
