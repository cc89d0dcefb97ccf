import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, missingId } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addPlacement } from './helpers';

const xss = '<img src=x onerror=alert(1)>';
let api: TestApi;
beforeEach(() => (api = createTestApi()));
afterEach(() => api.db.close());

describe('print.trainingPlan', () => {
  it('is one portrait page in plain Norwegian with the goals, work tasks, agreement and buddy', () => {
    const { placement } = addPlacement(api);
    const goal = api.value('goals.create', { level: 'A2', skill: 'lese', domain: 'arbeidsliv', textNb: 'Jeg kan lese en vaktliste' });
    api.value('trainingPlans.update', {
      id: placement.id,
      goalIds: [goal.id],
      tasks: [{ text: 'Dekke på til lunsj', status: 'practising' }, { text: '', status: 'planned' }, { text: xss, status: 'mastered' }],
      agreedOn: '2026-09-01',
      agreedWith: 'Kari Eksempel',
      note: 'Fadderen er på jobb mandag–torsdag.',
    });
    const document = api.value('print.trainingPlan', { placementId: placement.id });
    expect(document.landscape).toBe(false);
    expect(document.html).toContain('@page { size: A4 portrait; margin: 12mm; }');
    expect(document.html).toContain('Opplæringsplan');
    expect(document.html).toContain('<bdi dir="auto">ليلى حسن</bdi>');
    expect(document.html).toContain('<bdi dir="auto">Solsikken barnehage</bdi>');
    expect(document.html).toContain('24.08.2026–29.01.2027');
    expect(document.html).toContain('mandag og tirsdag');
    expect(document.html).toContain('<bdi dir="auto">Kari Eksempel</bdi> · 400 00 000 · kari@example.no');
    expect(document.html).toContain('Jeg kan lese en vaktliste');
    expect(document.html).toContain('Dekke på til lunsj');
    expect(document.html).toContain('Øver på');
    expect(document.html).toContain('01.09.2026');
    expect(document.html).not.toContain('<td><bdi dir="auto"></bdi></td>');
    expect(document.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(document.html).not.toContain(xss);
    expect(document.html).not.toMatch(/<script/i);
    expect(document.fileName).toBe('Opplæringsplan ليلى حسن Solsikken barnehage.pdf');
  });

  it('lists the goals in the plan’s order, a binned goal included', () => {
    const { placement } = addPlacement(api);
    const first = api.value('goals.create', { level: 'A1', skill: 'lytte', domain: 'arbeidsliv', textNb: 'Jeg forstår en beskjed' });
    const second = api.value('goals.create', { level: 'B1', skill: 'skrive', domain: 'arbeidsliv', textNb: 'Jeg kan skrive en avviksmelding' });
    api.value('trainingPlans.update', { id: placement.id, goalIds: [second.id, first.id] });
    api.value('goals.delete', { id: first.id });
    const { html } = api.value('print.trainingPlan', { placementId: placement.id });
    const later = html.indexOf('Jeg forstår en beskjed');
    expect(html.indexOf('Jeg kan skrive en avviksmelding')).toBeGreaterThan(-1);
    expect(later).toBeGreaterThan(html.indexOf('Jeg kan skrive en avviksmelding'));
    expect(html).toContain('<span class="level">B1</span>');
  });

  it('prints in Norwegian even when the UI is in English, and says when nothing is agreed yet', () => {
    const { placement } = addPlacement(api);
    api.value('settings.update', { uiLanguage: 'en' });
    const { html } = api.value('print.trainingPlan', { placementId: placement.id });
    expect(html).toContain('<html lang="nb"');
    expect(html).toContain('Ikke avtalt ennå');
    api.value('settings.update', { uiLanguage: 'nn' });
    expect(api.value('print.trainingPlan', { placementId: placement.id }).html).toContain('<html lang="nn"');
  });

  it('answers not found for an unknown placement', () => {
    expect(errorOf(api.raw('print.trainingPlan', { placementId: missingId })).code).toBe('not_found');
  });
});

describe('print.buddyTask', () => {
  it('is one page with large text: first name, site, buddy, dates, the task escaped and room for the answer', () => {
    const { placement } = addPlacement(api);
    const task = api.value('buddyTasks.create', {
      placementId: placement.id, text: `Vis ليلى vaktlista ${xss}`, givenOn: '2026-09-08', dueOn: '2026-09-15',
    });
    const document = api.value('print.buddyTask', { id: task.id });
    expect(document.landscape).toBe(false);
    expect(document.html).toContain('Oppgave til fadder');
    expect(document.html).toContain('<bdi dir="auto">ليلى</bdi>');
    expect(document.html).not.toContain('حسن');
    expect(document.html).toContain('<bdi dir="auto">Kari Eksempel</bdi>');
    expect(document.html).toContain('<bdi dir="auto">Solsikken barnehage</bdi>');
    expect(document.html).toContain('08.09.2026');
    expect(document.html).toContain('15.09.2026');
    expect(document.html).toContain('Vis ليلى vaktlista &lt;img src=x onerror=alert(1)&gt;');
    expect(document.html).toContain('class="answer"');
    expect(document.html).toContain('html { font-size: 15pt;');
    expect(document.fileName).toBe('Oppgave til fadder ليلى 08.09.2026.pdf');
  });
});
