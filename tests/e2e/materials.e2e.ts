import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, nextApiCall, selectOptionByText, visible } from './support/expect';
import { autosaved } from './support/flows';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/** A short mono 16-bit WAV tone: a real sound file, made here instead of kept in the repo. */
function wavTone(seconds = 0.5, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i += 1) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A real HEIC photo, 64 × 48 (see tests/unit/core/materials/heic.test.ts). */
const heicFixture = join(__dirname, '../unit/fixtures/heic/gradient-64x48.heic');

const photo = (red: number, green: number, blue: number) =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: { r: red, g: green, b: blue } } });

interface GoalRow {
  id: string;
  textNb: string;
}

/**
 * A teacher brings in what Helen captured at her kitchen placement: two photos and a sound
 * clip through «Legg til filer» (a drawing in SVG is refused, a photo added twice is found),
 * gives a photo an Arabic caption and marks that colleagues appear without consent (badge,
 * print and copy refused), links it to a training-plan goal, reads the evidence board, and
 * puts the photo and the clip into a lesson.
 */
describe('material: import, consent, evidence and lessons', () => {
  let session: Session;
  let page: Page;
  const step = storySteps();
  const helen = 'ሄለን ተስፋይ';
  const arabicCaption = 'أدوات المطبخ في العمل';
  let helenId = '';
  let placementId = '';
  let planGoals: GoalRow[] = [];
  let photoId = '';

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const gallery = () => page.getByRole('list', { name: 'Materiale' });
  const card = (name: string) => gallery().getByRole('listitem').filter({ hasText: name });
  const fileInput = () => page.getByTestId('material-file-input');
  const importList = () => page.getByRole('region', { name: 'Filer som legges til' });

  step('has a placement for Helen whose training plan names two goals (through the API)', async () => {
    const participants = await callApi(page, 'participants.list', { search: 'ሄለን' });
    helenId = (participants.value as { id: string }[])[0]!.id;
    const site = await callApi(page, 'practiceSites.create', { name: 'Kantina på Fjordheim', trade: null });
    expect(site).toMatchObject({ ok: true });
    const placement = await callApi(page, 'placements.create', {
      participantId: helenId, siteId: (site.value as { id: string }).id, startDate: '2026-08-24', endDate: '2027-01-29', weekdays: ['mon', 'tue'],
    });
    expect(placement).toMatchObject({ ok: true });
    placementId = (placement.value as { id: string }).id;
    planGoals = (await callApi(page, 'goals.search', { limit: 2 })).value as GoalRow[];
    expect(planGoals).toHaveLength(2);
    const plan = await callApi(page, 'trainingPlans.get', { placementId });
    expect(plan).toMatchObject({ ok: true });
    const planned = await callApi(page, 'trainingPlans.update', { id: (plan.value as { id: string }).id, goalIds: planGoals.map((goal) => goal.id) });
    expect(planned).toMatchObject({ ok: true });
  });

  step('imports two photos and a sound clip for Helen; an SVG is refused and a photo added twice is found', async () => {
    await goTo(page, 'Materiale');
    await visible(page.getByText('Her er det ikke noe materiale ennå.', { exact: false }));
    await selectOptionByText(page.getByLabel('Deltaker'), helen);

    const jpeg = await photo(200, 120, 40).jpeg({ quality: 85 }).toBuffer();
    const png = await photo(40, 120, 200).png().toBuffer();
    await fileInput().setInputFiles([
      { name: 'verktoy.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      { name: 'oppvask.png', mimeType: 'image/png', buffer: png },
      { name: 'samtale.wav', mimeType: 'audio/wav', buffer: wavTone() },
      { name: 'tegning.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') },
    ]);
    await visible(importList().getByRole('status').filter({ hasText: '4 av 4 ferdig' }));
    const refused = importList().getByRole('listitem').filter({ hasText: 'tegning.svg' });
    expect(await refused.innerText()).toContain('Ikke lagt til: denne filtypen kan ikke brukes');

    await eventually(() => gallery().getByRole('listitem').count()).toBe(3);
    await visible(card('samtale.wav').getByText('Lyd'));
    // The photos show their thumbnails (decoded, not broken).
    for (const name of ['verktoy.jpg', 'oppvask.png']) {
      const image = card(name).locator('img');
      await eventually(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    }
    const stored = await callApi(page, 'materials.list', { participantId: helenId });
    expect((stored.value as { total: number }).total).toBe(3);

    await fileInput().setInputFiles([{ name: 'verktoy-igjen.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
    const again = importList().getByRole('listitem').filter({ hasText: 'verktoy-igjen.jpg' });
    await visible(again.getByText('Finnes fra før'));
    await visible(again.getByRole('link', { name: 'verktoy.jpg' }));
    expect(await gallery().getByRole('listitem').count()).toBe(3);
  });

  step('captions a photo in Arabic and marks that others appear without consent: badge, and no print or copy', async () => {
    await card('verktoy.jpg').getByRole('link').click();
    await page.waitForURL(/#\/materials\/[^/]+$/);
    photoId = new URL(page.url()).hash.split('/').pop()!;
    await visible(page.getByRole('heading', { level: 1, name: 'verktoy.jpg' }));
    const original = page.getByRole('img', { name: 'verktoy.jpg' });
    await eventually(() => original.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(800);

    await autosaved(page, 'materials.update', () => page.getByRole('textbox', { name: 'Bildetekst' }).fill(arabicCaption));
    await visible(page.getByRole('heading', { level: 1, name: arabicCaption }));
    await autosaved(page, 'materials.update', () => page.getByRole('checkbox', { name: 'Andre personer er med' }).check());
    await autosaved(page, 'materials.update', async () => {
      await page.getByRole('combobox', { name: 'Stikkord' }).fill('kjøkken');
      await page.keyboard.press('Enter');
    });
    await visible(page.getByRole('button', { name: 'Fjern stikkordet kjøkken' }));

    await visible(page.getByText('Mangler samtykke').first());
    const print = page.getByRole('button', { name: 'Skriv ut' });
    const copy = page.getByRole('button', { name: 'Lagre kopi' });
    expect(await print.isDisabled()).toBe(true);
    expect(await copy.isDisabled()).toBe(true);
    await visible(page.getByText('Kan ikke lagres eller skrives ut: andre personer er med uten samtykke.'));
    // Core refuses as well, whatever the buttons say.
    expect((await callApi(page, 'print.material', { id: photoId })).error?.code).toBe('consent_missing');
    const exported = await page.evaluate(async (id) => (await fetch(`api/materials/${id}/export`, { credentials: 'same-origin' })).json(), photoId);
    expect(exported).toMatchObject({ ok: false, error: { code: 'consent_missing' } });
    expect(formatViolations('Material item', await seriousViolations(page))).toBe('');
    await page.screenshot({ path: resultPath('material-item-blocked.png'), fullPage: true });
  });

  step('links the photo to the first goal of the training plan', async () => {
    const goal = planGoals[0]!;
    await page.getByRole('searchbox', { name: 'Finn kompetansemål' }).fill(goal.textNb.slice(0, 40));
    const option = page.locator('.goal-picker__results').getByRole('checkbox', { name: goal.textNb });
    await autosaved(page, 'materials.update', () => option.first().check());
    const stored = await callApi(page, 'materials.get', { id: photoId });
    expect(stored.value).toMatchObject({ goalIds: [goal.id], othersAppear: true, othersConsent: false, blocked: true, caption: arabicCaption, tags: ['kjøkken'] });
  });

  step('shows the evidence board: the goal with its photo, the other plan goal without evidence, unlinked items last', async () => {
    await goTo(page, 'Deltakere');
    await page.getByRole('main').getByRole('table').getByRole('link', { name: helen, exact: true }).click();
    const section = page.getByRole('region', { name: 'Materiale' });
    await visible(section.getByRole('link', { name: new RegExp(arabicCaption) }));
    await section.screenshot({ path: resultPath('material-participant-section.png') });
    await section.getByRole('link', { name: 'Dokumentasjon per mål' }).click();
    await page.waitForURL(/#\/participants\/[^/]+\/evidence$/);
    await visible(page.getByRole('heading', { level: 1, name: /Dokumentasjon for/ }));

    const withPhoto = page.getByRole('region', { name: planGoals[0]!.textNb });
    await visible(withPhoto.getByRole('link', { name: new RegExp(arabicCaption) }));
    await visible(withPhoto.getByText('Mangler samtykke'));
    const without = page.getByRole('region', { name: planGoals[1]!.textNb });
    await visible(without.getByText('Ingen dokumentasjon ennå'));
    await visible(without.getByText('I opplæringsplanen'));
    // The plan goal still missing evidence comes first.
    const titles = await page.locator('.evidence-group__title').allInnerTexts();
    expect(titles.map((title) => title.includes(planGoals[1]!.textNb))).toEqual([true, false]);
    const unlinked = page.getByRole('region', { name: 'Ikke knyttet til mål' });
    await visible(unlinked.getByRole('link', { name: /oppvask\.png/ }));
    await visible(unlinked.getByRole('button', { name: /Knytt til mål.*samtale\.wav/ }));
    await page.screenshot({ path: resultPath('material-evidence-board.png'), fullPage: true });
    expect(formatViolations('Evidence board', await seriousViolations(page))).toBe('');

    // From the goal to the gallery, filtered by it.
    await withPhoto.getByRole('link', { name: 'Vis i materialet' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Materiale' }));
    await visible(page.getByText(`Kompetansemål: ${planGoals[0]!.textNb}`));
    await eventually(() => gallery().getByRole('listitem').count()).toBe(1);
    await visible(card(arabicCaption));
  });

  step('shows the badge in the gallery, and a file gone from disk as missing; no serious accessibility problems', async () => {
    // Someone deleted a file from the material folder by hand: the item stays, marked missing.
    const listed = (await callApi(page, 'materials.list', { search: 'oppvask' })).value as { items: { sha256: string }[] };
    const sha256 = listed.items[0]!.sha256;
    rmSync(join(session.server.dataDir, 'materials', sha256.slice(0, 2), sha256));
    await goTo(page, 'Materiale');
    await visible(card(arabicCaption).getByText('Mangler samtykke'));
    await visible(card('oppvask.png').getByText('Filen mangler'));
    expect(await gallery().getByRole('listitem').count()).toBe(3);
    // The tag filter narrows the gallery to the tagged photo, and back.
    await page.getByLabel('Stikkord').selectOption('kjøkken');
    await eventually(() => gallery().getByRole('listitem').count()).toBe(1);
    await page.getByLabel('Stikkord').selectOption('');
    await eventually(() => gallery().getByRole('listitem').count()).toBe(3);
    await visible(card(helen).first());
    const violations = await seriousViolations(page);
    expect(formatViolations('Material gallery', violations)).toBe('');
    await page.screenshot({ path: resultPath('material-gallery.png'), fullPage: true });
  });

  step('inserts the photo and the sound clip into a lesson; the clip plays in the app', async () => {
    const courses = await callApi(page, 'courses.list', {});
    const [course] = courses.value as { id: string }[];
    const planned = await callApi(page, 'lessons.generate', {
      courseId: course!.id, from: '2026-11-23', to: '2026-11-27', startTime: '09:00', endTime: '11:30', confirm: true,
    });
    const [lessonId] = (planned.value as { createdIds: string[] }).createdIds;
    await page.evaluate((id) => { window.location.hash = `#/week/lessons/${id}`; }, lessonId!);
    const body = page.getByRole('textbox', { name: 'Innhold' });
    await visible(body);
    await body.click();

    await page.getByRole('button', { name: 'Sett inn materiale' }).click();
    let dialog = page.getByRole('dialog', { name: 'Sett inn materiale' });
    // The blocked photo may be used on screen; the picker shows why it cannot be printed.
    const blocked = dialog.getByRole('button', { name: new RegExp(arabicCaption) });
    await visible(blocked.getByText('Mangler samtykke'));
    await page.screenshot({ path: resultPath('material-lesson-picker.png') });
    const saved = nextApiCall(page, 'lessons.update');
    await blocked.click();
    const inserted = body.locator(`img[src="/media/materials/${photoId}/original"]`);
    await visible(inserted);
    expect(await inserted.getAttribute('alt')).toBe(arabicCaption);
    await eventually(() => inserted.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(800);
    expect(await saved).toMatchObject({ ok: true });

    await page.getByRole('button', { name: 'Sett inn materiale' }).click();
    dialog = page.getByRole('dialog', { name: 'Sett inn materiale' });
    await dialog.getByRole('button', { name: /samtale\.wav/ }).click();
    const link = body.getByRole('link', { name: 'samtale.wav' });
    await visible(link);
    await eventually(async () => {
      const stored = await callApi(page, 'lessons.get', { id: lessonId });
      return (stored.value as { bodyHtml: string }).bodyHtml;
    }).toMatch(new RegExp(`<img[^>]*src="/media/materials/${photoId}/original".*<a[^>]*href="/media/materials/[^"]+/original"[^>]*>samtale\\.wav</a>`, 's'));

    // Clicking the clip's link opens the player here instead of leaving the app.
    const before = page.url();
    await link.click();
    const player = page.getByRole('dialog', { name: 'samtale.wav' });
    await visible(player.locator('audio[controls]'));
    // The sound is really there: the player has read its length from the file.
    await eventually(() => player.locator('audio').evaluate((audio) => (audio as HTMLAudioElement).duration)).toBeGreaterThan(0.4);
    await page.screenshot({ path: resultPath('material-lesson-player.png'), fullPage: true });
    expect(page.url()).toBe(before);
    await page.keyboard.press('Escape');
    await eventually(() => player.count()).toBe(0);
  });

  step('deletes the sound clip without asking, and «Angre» brings it back', async () => {
    await goTo(page, 'Materiale');
    await card('samtale.wav').getByRole('link').click();
    await visible(page.getByRole('heading', { level: 1, name: 'samtale.wav' }));
    await page.getByRole('button', { name: 'Slett' }).click();
    await page.waitForURL(/#\/materials$/);
    await eventually(() => gallery().getByRole('listitem').count()).toBe(2);
    const toast = page.getByRole('listitem').filter({ hasText: /samtale\.wav.*er slettet/ });
    await toast.getByRole('button', { name: 'Angre' }).click();
    await eventually(() => gallery().getByRole('listitem').count()).toBe(3);
    await visible(card('samtale.wav'));
    expect(session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });

  step('adds an iPhone photo (HEIC) with its thumbnail, and refuses a file over a lowered size limit with the limit named', async () => {
    await goTo(page, 'Materiale');
    await fileInput().setInputFiles([{ name: 'IMG_4711.HEIC', mimeType: 'image/heic', buffer: readFileSync(heicFixture) }]);
    const heic = importList().getByRole('listitem').filter({ hasText: 'IMG_4711.HEIC' });
    await visible(heic.getByText('Lagt til'));
    const thumbnail = card('IMG_4711.HEIC').locator('img');
    await eventually(() => thumbnail.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(64);

    await goTo(page, 'Innstillinger');
    const limit = page.getByLabel('Største fil som kan legges til (MB)');
    expect(await limit.inputValue()).toBe('2048');
    await limit.fill('1');
    await eventually(async () => ((await callApi(page, 'settings.get', {})).value as { materialSizeLimitMb: number }).materialSizeLimitMb).toBe(1);
    await page.screenshot({ path: resultPath('material-settings.png'), fullPage: true });

    await goTo(page, 'Materiale');
    await fileInput().setInputFiles([{ name: 'lang-samtale.wav', mimeType: 'audio/wav', buffer: wavTone(80) }]);
    const refused = importList().getByRole('listitem').filter({ hasText: 'lang-samtale.wav' });
    await visible(refused.getByText('Ikke lagt til: filen er større enn grensen på 1 MB.', { exact: false }));
    await importList().screenshot({ path: resultPath('material-size-refused.png') });
    // Chromium logs the server's early refusal (413, before the body is read) as a failed load.
    expect(session.errors.filter((error) => !error.includes('status of 413'))).toEqual([]);
  });

  step('says so when a film cannot be played on this computer, instead of a grey player', async () => {
    // An MP4 with its type box but no playable film in it: stands in for a codec this PC lacks.
    const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom\0\0\u0002\0isommp41', 'latin1')]);
    const film = Buffer.concat([ftyp, Buffer.from([0, 0, 0x10, 8]), Buffer.from('mdat', 'latin1'), Buffer.alloc(4096, 7)]);
    await fileInput().setInputFiles([{ name: 'film.mp4', mimeType: 'video/mp4', buffer: film }]);
    await visible(importList().getByRole('listitem').filter({ hasText: 'film.mp4' }).getByText('Lagt til'));
    await card('film.mp4').getByRole('link').click();
    await visible(page.getByRole('heading', { level: 1, name: 'film.mp4' }));
    await visible(page.getByRole('note').filter({ hasText: 'Denne datamaskinen kan ikke spille av filen her.' }));
    await page.locator('.material-viewer').screenshot({ path: resultPath('material-cannot-play.png') });
    expect(session.errors.filter((error) => !error.includes('status of 413'))).toEqual([]);
  });
});
