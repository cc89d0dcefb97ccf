import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/**
 * A participant whose class ended years ago asks for their data, and is then deleted: the
 * office finds them in «Sletting og personvern», exports a package (with the sensitive notes,
 * ticked for this one export), and deletes them for good after typing the name.
 */
describe('participant data on request and complete deletion', () => {
  let session: Session;
  let page: Page;
  let participantId = '';
  let filesBefore: string[] = [];
  const step = storySteps();
  const name = 'Selam Fiktivsen';
  const secret = 'Fiktiv opplysning om helse.';
  const dialog = () => page.getByRole('dialog');
  const retention = () => page.getByRole('region', { name: /Kurset sluttet for mer enn 5 år siden/u });

  /** Files in the material store (originals and thumbnails), without the staging folder. */
  const storedFiles = (): string[] => {
    const root = join(session.server.dataDir, 'materials');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? (entry.name === 'staging' ? [] : walk(join(dir, entry.name))) : [join(dir, entry.name)],
      );
    try {
      return walk(root);
    } catch {
      return [];
    }
  };

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('a class from 2019 with one participant, a sensitive note and a photo', async () => {
    filesBefore = storedFiles();
    const course = await callApi(page, 'courses.create', {
      name: 'Norsk A1 våren 2019', startDate: '2019-01-07', endDate: '2019-06-14', levelFrom: 'A1', levelTo: 'A2', track: 1,
    });
    const person = await callApi(page, 'participants.create', { givenName: 'Selam', familyName: 'Fiktivsen', motherTongues: ['ti'], programme: 'introduction' });
    participantId = (person.value as { id: string }).id;
    expect(await callApi(page, 'courses.enrol', { courseId: (course.value as { id: string }).id, participantId })).toMatchObject({ ok: true });
    expect(await callApi(page, 'sensitiveNotes.create', { participantId, category: 'health', text: secret })).toMatchObject({ ok: true });
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
    const imported = await page.evaluate(
      async ({ bytes, metadata }) => {
        const response = await fetch('api/materials/import', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/octet-stream', 'x-sprakbro-material': encodeURIComponent(JSON.stringify(metadata)) },
          body: new Uint8Array(bytes),
        });
        return (await response.json()) as { ok: boolean };
      },
      { bytes: [...png], metadata: { fileName: 'verktøy.png', participantId } },
    );
    expect(imported).toMatchObject({ ok: true });
    expect(storedFiles().length).toBeGreaterThan(filesBefore.length);
  });

  step('lists the participant among those whose course ended more than five years ago', async () => {
    await goTo(page, 'Personvern', 'Sletting og personvern');
    const row = retention().getByRole('listitem').filter({ hasText: name });
    await visible(row);
    await visible(row.getByText('Sluttet 14.06.2019'));
    // The example centre's participants are in this year's classes.
    expect(await retention().getByRole('listitem').count()).toBe(1);
  });

  step('exports a readable package with the sensitive notes ticked for this export', async () => {
    await retention().getByRole('button', { name: `Eksporter data: ${name}` }).click();
    await visible(dialog().getByRole('heading', { name: `Eksporter data om ${name}` }));
    await dialog().getByLabel('Ta med sensitive notater').check();
    const downloaded = page.waitForEvent('download');
    await dialog().getByRole('button', { name: 'Lag pakken' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^deltakerdata-Selam-Fiktivsen-\d{4}-\d{2}-\d{2}\.zip$/u);
    const target = resultPath('participant-data.zip');
    await file.saveAs(target);
    await visible(dialog().getByText(/Pakken deltakerdata-.*\.zip er lastet ned\./u));

    const entries = unzipSync(readFileSync(target));
    const html = strFromU8(entries['oversikt.html']!);
    const data = JSON.parse(strFromU8(entries['data.json']!)) as { tables: Record<string, unknown[]> };
    expect(data.tables.enrolment).toHaveLength(1);
    expect(Object.keys(entries).filter((entry) => entry.startsWith('materiale/'))).toEqual(['materiale/001-verktøy.png']);

    // The summary opens in a plain browser page and shows the note that was chosen.
    const summary = await session.context.newPage();
    await summary.setContent(html);
    await visible(summary.getByRole('heading', { level: 1, name: /Opplysninger om: Selam Fiktivsen/u }));
    await visible(summary.getByText(secret));
    await visible(summary.getByText('Norsk A1 våren 2019', { exact: false }));
    await summary.screenshot({ path: resultPath('participant-data-summary.png'), fullPage: true });
    await summary.close();

    // Reading the notes for the export is in the notes' log.
    const log = await callApi(page, 'sensitiveNotes.log', { participantId });
    expect((log.value as { action: string }[]).map((entry) => entry.action)).toContain('open');
    await dialog().getByRole('button', { name: 'Lukk' }).first().click();
    await visible(retention().getByText(/^Eksportert \d{2}\.\d{2}\.\d{4}$/u));
  });

  step('deletes the participant for good only after the name is typed', async () => {
    await retention().getByRole('button', { name: `Slett for godt: ${name}` }).click();
    await visible(dialog().getByText('Dette kan ikke angres.', { exact: false }));
    const confirm = dialog().getByRole('button', { name: 'Slett for godt' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog().getByLabel(`Skriv navnet «${name}» for å bekrefte`).fill('Selam Fiktiv');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog().getByLabel(`Skriv navnet «${name}» for å bekrefte`).fill('selam fiktivsen');
    await page.screenshot({ path: resultPath('participant-delete-dialog.png') });
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('delete dialog', violations)).toEqual([]);
    await confirm.click();

    await visible(page.getByRole('status').getByText(/Deltakeren er slettet for godt\. Rader slettet: \d+\. Filer slettet: 1\./u));
    await visible(retention().getByText('Ingen deltakere har avsluttet kurs for så lenge siden.'));
    await visible(page.getByText('en deltaker slettet for godt', { exact: false }));
    expect(await callApi(page, 'participants.get', { id: participantId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await callApi(page, 'sensitiveNotes.list', { participantId })).toMatchObject({ ok: true, value: [] });
    await eventually(() => storedFiles()).toEqual(filesBefore);
  });

  step('has no serious accessibility problems', async () => {
    await page.screenshot({ path: resultPath('participant-privacy.png'), fullPage: true });
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('Sletting og personvern', violations)).toEqual([]);
  });
});
