import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { startExampleSession, type Session } from './support/browser';
import { formatViolations, seriousViolations } from './support/axe';
import { callApi, eventually, visible } from './support/expect';
import { storySteps } from './support/steps';

/** A short, silent mono 8 kHz WAV: enough for the material store to know it as audio. */
function wav(samples = 1600): Buffer {
  const data = Buffer.alloc(samples * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/**
 * A mother-tongue assistant gives a glossary term its pronunciation: adds an audio file on
 * the term page, hears it in the player, finds it still there after a reload, removes the
 * link and picks the same recording again from the material.
 */
describe('glossary term audio', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  let termId = '';

  const openTerm = async () => {
    await page.evaluate((id) => {
      window.location.hash = `#/glossaries/terms/${id}`;
    }, termId);
    await visible(page.getByRole('heading', { level: 1, name: 'sykepleier' }));
  };
  const player = () => page.getByLabel('Uttale av sykepleier');
  const stored = async () => ((await callApi(page, 'glossary.get', { id: termId })).value as { audioMaterialId: string | null }).audioMaterialId;

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  step('adds an audio file on the term page and hears it in a player', async () => {
    const term = await callApi(page, 'glossary.create', { term: 'sykepleier', wordClass: 'noun' });
    termId = (term.value as { id: string }).id;
    await openTerm();
    const field = page.getByRole('group', { name: 'Uttale / lydopptak' });
    await visible(field.getByText('Ingen lydopptak valgt.'));
    await visible(field.getByRole('button', { name: 'Ta opp' }));
    await page.getByTestId('glossary-audio-file').setInputFiles({ name: 'sykepleier.wav', mimeType: 'audio/wav', buffer: wav() });
    await visible(player());
    await eventually(stored).not.toBeNull();
    const materialId = await stored();
    expect(await player().getAttribute('src')).toBe(`/media/materials/${materialId}/original`);
    // The file really plays: the browser reads its length from the served bytes.
    await eventually(() => player().evaluate((audio: HTMLAudioElement) => audio.duration)).toBeCloseTo(0.2, 2);
    const violations = await seriousViolations(page);
    expect(formatViolations('Begrep med lydopptak', violations)).toBe('');
  });

  step('still has it after a reload', async () => {
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'sykepleier' }));
    await visible(player());
    await visible(page.getByText('Uttale: sykepleier'));
  });

  step('removes the link, undoes that, and picks the same recording from the material again', async () => {
    const materialId = await stored();
    await page.getByRole('button', { name: 'Fjern lydopptaket' }).click();
    await visible(page.getByText('Ingen lydopptak valgt.'));
    await eventually(stored).toBeNull();
    // «Angre» brings the link back, like any other field of the term.
    await page.getByRole('button', { name: 'Angre' }).click();
    await visible(player());
    await eventually(stored).toBe(materialId);
    await page.getByRole('button', { name: 'Fjern lydopptaket' }).click();
    await eventually(stored).toBeNull();
    await page.getByRole('button', { name: 'Velg et lydopptak' }).click();
    const dialog = page.getByRole('dialog', { name: 'Velg et lydopptak fra materialet' });
    await dialog.getByRole('button', { name: /Uttale: sykepleier/ }).click();
    await visible(player());
    await eventually(stored).toBe(materialId);
  });
});
