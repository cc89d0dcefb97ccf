import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, startSession, type Session } from './support/browser';
import { languageGroup, languageGroupsPanel, names, uncoveredBlock } from './support/class-page';
import { eventually, gone, textOf, visible } from './support/expect';

/**
 * First start: the welcome card offers a made-up example centre; opening it gives one
 * class of twelve with Arabic and Tigrinya covered by assistants, Dari and Somali not.
 */
describe('example centre', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is offered on first start and opens a class with language groups', async () => {
    const { page } = session;
    const welcome = page.getByRole('region', { name: 'Velkommen til Språkbro' });
    await visible(welcome);
    await visible(welcome.getByRole('button', { name: 'Start med tomt senter' }));

    await welcome.getByRole('button', { name: 'Åpne eksempelsenteret' }).click();
    await visible(page.getByText('Eksempelsenteret er klart'));
    await gone(welcome);
    const counts = page.getByRole('region', { name: 'Senteret ditt' });
    await visible(counts.getByRole('link', { name: '3 ansatte' }));
    await visible(counts.getByRole('link', { name: '1 klasse' }));
    await visible(counts.getByRole('link', { name: '12 deltakere' }));

    await goTo(page, 'Klasser');
    const cards = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    await eventually(() => cards.count()).toBe(1);
    const card = cards.first();
    const classLinks = card.getByRole('heading', { level: 2 }).getByRole('link');
    expect(await textOf(card)).toContain('12 deltakere');
    expect(await textOf(card)).toContain('A1–A2');

    const className = (await classLinks.innerText()).trim();
    await classLinks.click();
    await visible(page.getByRole('heading', { level: 1, name: className }));

    const enrolled = page.getByRole('region', { name: /^Deltakere i klassen/ });
    await eventually(() => enrolled.getByRole('link').count()).toBe(12);

    const panel = languageGroupsPanel(page);
    const arabic = languageGroup(panel, 'arabisk');
    const tigrinya = languageGroup(panel, 'tigrinja');
    const dari = languageGroup(panel, 'dari');
    const somali = languageGroup(panel, 'somali');

    await visible(arabic);
    await eventually(() => textOf(arabic)).toContain('Assistent: نادية كريم');
    await eventually(async () => (await names(arabic)).sort()).toEqual(['ليلى حداد', 'عمر الخطيب', 'Salma Naser'].sort());
    await eventually(() => textOf(tigrinya)).toContain('Assistent: ዮናስ በርሀ');
    await eventually(async () => (await names(tigrinya)).sort()).toEqual(['ሄለን ተስፋይ', 'ዳዊት ገብረሚካኤል', 'Selam Kidane'].sort());
    for (const group of [dari, somali]) {
      await eventually(() => textOf(group)).toContain('Ingen assistent dekker dette språket');
      expect(await textOf(group)).not.toContain('Assistent:');
    }

    const uncovered = uncoveredBlock(panel);
    await visible(uncovered);
    await eventually(async () => (await names(uncovered)).sort()).toEqual(
      ['فریبا رحیمی', 'احمد نوری', 'Zarghuna Habibi', 'Hodan Warsame', 'Abdi Farah', 'Ayaan Jama'].sort(),
    );
    expect(session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
