import { execFileSync } from 'node:child_process';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays } from '../../shared/domain/calendar/dates';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, nextApiCall, visible } from './support/expect';
import { resultPath } from './support/paths';
import { storySteps } from './support/steps';

/** Text of a PDF as pdftotext reads it; NFKC folds Arabic presentation forms back to letters. */
const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
const pageCount = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
/** Page 1 as a PNG in test-results/, to look at. */
const renderPage = (file: string, name: string): void => {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, resultPath(name)]);
};

/** Today in the browser's time zone (the app's «today»), as an ISO date. */
const localToday = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
/**
 * Like flows.autosaved, but for a page with several autosaved editors: waits for the update
 * call to succeed and for «Alle endringer er lagret» within the editor's own region.
 */
async function autosaved(region: Locator, method: string, edit: () => Promise<void>): Promise<void> {
  const answer = nextApiCall(region.page(), method);
  answer.catch(() => undefined);
  await edit();
  expect(await answer, `${method} answered`).toMatchObject({ ok: true });
  await visible(region.getByRole('status').filter({ hasText: 'Alle endringer er lagret' }).first());
}

const norwegian = (iso: string) => iso.split('-').reverse().join('.');

/**
 * A teacher follows up a placement of the example centre: the overview says its status
 * meeting is overdue; she opens the placement, changes its weekdays (a clash is refused on
 * the weekdays), writes a training plan with two goals and a work task, logs a status
 * meeting and a site visit, gives the buddy a task and prints it and the plan, and sees the
 * hours view count the weeks that were followed up.
 */
describe('following up a placement', () => {
  let session: Session;
  let page: Page;
  let placementId = '';
  const step = storySteps();
  const today = localToday();
  // Started four months ago: the first status meeting (after 3 months) is overdue.
  const start = addDays(today, -122);
  const end = addDays(today, 150);
  const participantName = 'ليلى حداد';
  const siteName = 'Kafé Nordlys på Torget';

  beforeAll(async () => {
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(button: string): Promise<string> {
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).first().click();
    const file = await downloaded;
    const target = resultPath(file.suggestedFilename());
    await file.saveAs(target);
    await visible(page.getByRole('status').filter({ hasText: 'PDF-en er lastet ned' }).first());
    return target;
  }

  step('sees the overdue status meeting in «Oppfølging av praksis»', async () => {
    const participants = (await callApi(page, 'participants.list', { search: 'حداد' })).value as { id: string }[];
    const site = await callApi(page, 'practiceSites.create', {
      name: siteName, trade: 'restaurant-og-kjokken', contacts: [{ name: 'Kari Eksempel', role: 'buddy', phone: '400 00 000' }],
    });
    const placement = await callApi(page, 'placements.create', {
      participantId: participants[0]?.id, siteId: (site.value as { id: string }).id, startDate: start, endDate: end, weekdays: ['mon', 'tue'],
    });
    expect(placement.ok).toBe(true);
    placementId = (placement.value as { id: string }).id;

    // Set up behind the app's back: load it afresh so it reads the new placement.
    await page.reload();
    await goTo(page, 'Oversikt');
    const card = page.getByRole('region', { name: 'Oppfølging av praksis' });
    await visible(card.getByText('1 statusmøte venter'));
    await visible(card.getByText('1 på overtid'));
    await card.screenshot({ path: resultPath('practice-follow-up-card.png') });
    expect(formatViolations('Oversikt with the follow-up card', await seriousViolations(page))).toBe('');

    await goTo(page, 'Praksis', 'Praksisplasser');
    const overview = page.getByRole('region', { name: 'Oppfølging av praksis' });
    const item = overview.getByRole('listitem').filter({ hasText: siteName });
    await visible(item);
    expect(await item.innerText()).toContain('På overtid');
    await overview.screenshot({ path: resultPath('practice-follow-up-overview.png') });
    expect(formatViolations('Praksis with «Oppfølging av praksis»', await seriousViolations(page))).toBe('');
  });

  step('opens the placement from the participant page and changes its weekdays', async () => {
    await goTo(page, 'Deltakere');
    await page.getByRole('main').getByRole('table').getByRole('link', { name: participantName, exact: true }).click();
    const placements = page.getByRole('region', { name: 'Praksisperioder' });
    await placements.getByRole('link', { name: new RegExp(`Åpne praksisperioden ved ${siteName}`) }).click();
    await page.waitForURL(new RegExp(`#/practice/placements/${placementId}$`));
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(siteName) }));
    await visible(page.getByRole('status').filter({ hasText: 'Statusmøtet skulle vært holdt innen' }));

    const details = page.getByRole('region', { name: 'Periode og dager' });
    await autosaved(details, 'placements.update', () => details.getByRole('checkbox', { name: 'Torsdag' }).check());
    expect((await callApi(page, 'placements.get', { id: placementId })).value).toMatchObject({ weekdays: ['mon', 'tue', 'thu'] });

    // Another placement on Wednesdays in the same period: ticking Wednesday here is refused on the weekdays.
    const sites = (await callApi(page, 'practiceSites.list', {})).value as { id: string; name: string }[];
    const participant = ((await callApi(page, 'placements.get', { id: placementId })).value as { participantId: string }).participantId;
    const other = await callApi(page, 'practiceSites.create', { name: 'Solsikken barnehage' });
    expect(sites.length).toBeGreaterThan(0);
    await callApi(page, 'placements.create', {
      participantId: participant, siteId: (other.value as { id: string }).id, startDate: start, endDate: end, weekdays: ['wed'],
    });
    await details.getByRole('checkbox', { name: 'Onsdag' }).check();
    const clash = details.getByRole('group', { name: 'Ukedager på praksisplassen' }).getByRole('alert');
    await visible(clash.filter({ hasText: 'allerede i praksis' }));
    await autosaved(details, 'placements.update', () => details.getByRole('checkbox', { name: 'Onsdag' }).uncheck());
    await eventually(() => clash.count()).toBe(0);
    expect((await callApi(page, 'placements.get', { id: placementId })).value).toMatchObject({ weekdays: ['mon', 'tue', 'thu'] });
  });

  step('writes a training plan with two goals and a work task', async () => {
    const plan = page.getByRole('region', { name: 'Opplæringsplan' });
    const search = plan.getByRole('searchbox', { name: 'Finn språkmål' });
    await search.fill('vaktliste og finne');
    await autosaved(plan, 'trainingPlans.update', () =>
      plan.locator('.goal-picker__results').getByRole('checkbox', { name: /Jeg kan lese en enkel vaktliste/ }).check(),
    );
    await search.fill('kollega som forklarer');
    await autosaved(plan, 'trainingPlans.update', () =>
      plan.locator('.goal-picker__results').getByRole('checkbox', { name: /forstå en kollega som forklarer/ }).check(),
    );
    await plan.getByRole('button', { name: 'Legg til arbeidsoppgave' }).click();
    await plan.getByRole('textbox', { name: 'Arbeidsoppgave 1' }).fill('Dekke på bordene før lunsj');
    await autosaved(plan, 'trainingPlans.update', async () => {
      await plan.getByLabel('Status for arbeidsoppgave 1').selectOption({ label: 'Øver på' });
    });
    await autosaved(plan, 'trainingPlans.update', () => plan.getByRole('textbox', { name: 'Avtalt med hvem' }).fill('Kari Eksempel, daglig leder'));
    const stored = (await callApi(page, 'trainingPlans.get', { placementId })).value as { goalIds: string[]; tasks: unknown[] };
    expect(stored.goalIds).toEqual(['sb-goal-0076', 'sb-goal-0075']);
    expect(stored.tasks).toEqual([{ text: 'Dekke på bordene før lunsj', status: 'practising' }]);

    const file = await download('Skriv ut opplæringsplan');
    expect(file).toMatch(/Opplæringsplan .*\.pdf$/);
    expect(pageCount(file)).toBe(1);
    const text = pdfText(file);
    expect(text).toContain('Opplæringsplan');
    expect(text).toContain(siteName);
    expect(text).toContain('Jeg kan lese en enkel vaktliste');
    expect(text).toContain('Dekke på bordene før lunsj');
    expect(text).toContain('Øver på');
    expect(text).toContain('Kari Eksempel');
    renderPage(file, 'practice-follow-up-training-plan');
  });

  step('logs a status meeting and a site visit', async () => {
    const meetings = page.getByRole('region', { name: 'Statusmøter' });
    await meetings.getByRole('button', { name: 'Nytt statusmøte' }).click();
    const agreed = meetings.getByRole('textbox', { name: 'Hva ble avtalt' });
    await visible(agreed);
    await autosaved(meetings, 'statusMeetings.update', () => agreed.fill('Mer kundekontakt ved kassa'));
    const stored = (await callApi(page, 'statusMeetings.list', { placementId })).value as { date: string; attendees: string[]; agreed: string }[];
    expect(stored).toEqual([expect.objectContaining({ date: today, attendees: ['participant', 'buddy', 'teacher'], agreed: 'Mer kundekontakt ved kassa' })]);
    await visible(page.getByRole('status').filter({ hasText: 'Neste statusmøte' }));

    const visits = page.getByRole('region', { name: 'Besøk på praksisplassen' });
    await visits.getByRole('button', { name: 'Nytt besøk' }).click();
    await autosaved(visits, 'siteVisits.update', () => visits.getByRole('textbox', { name: 'Hva så du' }).fill('Hun tok imot bestillinger selv.'));
    await visits.getByRole('button', { name: /^Lukk/ }).click();
    await visible(visits.getByText('Hun tok imot bestillinger selv.'));

    // Deleting asks nothing; «Angre» in the toast brings the visit back.
    await visits.getByRole('button', { name: `Slett besøket ${norwegian(today)}` }).click();
    await visible(visits.getByText('Ingen besøk ennå.'));
    await page.getByRole('listitem').filter({ hasText: 'er slettet' }).getByRole('button', { name: 'Angre' }).click();
    await visible(visits.getByText('Hun tok imot bestillinger selv.'));
  });

  step('gives the buddy a task and prints it for the workplace', async () => {
    const tasks = page.getByRole('region', { name: 'Oppgaver til fadder' });
    await tasks.getByRole('textbox', { name: 'Oppgave' }).fill('Be ليلى lese dagens meny høyt for deg, og forklar to ord hun ikke kan.');
    await tasks.getByRole('button', { name: 'Gi oppgaven' }).click();
    await visible(tasks.getByRole('heading', { name: `Oppgave gitt ${norwegian(today)} · Gitt` }));

    const file = await download(`Skriv ut oppgaven gitt ${norwegian(today)}`);
    expect(file).toMatch(/Oppgave til fadder .*\.pdf$/);
    expect(pageCount(file)).toBe(1);
    const text = pdfText(file);
    expect(text).toContain('Oppgave til fadder');
    expect(text).toContain('lese dagens meny høyt');
    expect(text).toContain(siteName);
    expect(text).toContain('Kari Eksempel');
    // pdftotext reorders Arabic, so the name is checked in the document's HTML (and seen in the PNG).
    const tasksStored = (await callApi(page, 'buddyTasks.list', { placementId })).value as { id: string }[];
    const html = ((await callApi(page, 'print.buddyTask', { id: tasksStored[0]?.id })).value as { html: string }).html;
    expect(html).toContain('<bdi dir="auto">ليلى</bdi>');
    expect(html).not.toContain('حداد');
    renderPage(file, 'practice-follow-up-buddy-task');
  });

  step('sees the hours view count followed-up weeks and flag the weeks without', async () => {
    const hours = page.getByRole('region', { name: 'Språkpraksistimer' });
    await visible(hours.getByText('En praksisdag regnes som fulgt opp'));
    const stored = (await callApi(page, 'practiceFollowUp.hours', { placementId, today })).value as {
      weeks: { monday: string; followedUp: boolean; practiceDays: string[] }[];
      followedUpHours: number;
    };
    const thisWeek = stored.weeks.find((week) => week.monday <= today && today <= addDays(week.monday, 6));
    expect(thisWeek?.followedUp).toBe(thisWeek ? thisWeek.practiceDays.length > 0 : undefined);
    expect(stored.weeks.some((week) => week.followedUp)).toBe(true);
    await visible(hours.getByRole('row').filter({ hasText: 'Besøk' }).first());
    expect(await hours.getByText('Mangler oppfølging').count()).toBeGreaterThan(0);
    expect(await hours.getByRole('definition').nth(2).innerText()).toContain(`${stored.followedUpHours} t av`);
  });

  step('has no serious accessibility problems, sends nothing out, and looks right', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resultPath('practice-follow-up-placement.png') });
    for (const [name, file] of [['Opplæringsplan', 'plan'], ['Statusmøter', 'meetings'], ['Oppgaver til fadder', 'buddy-tasks'], ['Språkpraksistimer', 'hours']]) {
      await page.getByRole('region', { name }).screenshot({ path: resultPath(`practice-follow-up-${file}.png`) });
    }
    const violations = await seriousViolations(page);
    expect(formatViolations('placement page', violations)).toBe('');
    expect(session.outsideRequests).toEqual([]);
    await eventually(() => session.errors).toEqual([]);
  });
});
