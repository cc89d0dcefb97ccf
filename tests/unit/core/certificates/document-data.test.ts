import { beforeEach, describe, expect, it } from 'vitest';
import type { IssuedDocument } from '../../../../shared/domain/certificates';
import { addCourse, addParticipant } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';

/**
 * What a document draws from the rest of the app: hours from attendance, themes and goals
 * from the plan, levels and Norskprøven only when chosen, the placement for a practice
 * confirmation. Each piece appears when it exists and was chosen, and not otherwise.
 */
let api: TestApi;
let courseId: string;
let personId: string;

beforeEach(() => {
  api = createTestApi();
  courseId = addCourse(api, { name: 'Norsk A2 kveld', startDate: '2026-08-17', endDate: '2026-12-18' }).id;
  personId = addParticipant(api, { givenName: 'Hodan', familyName: 'Warsame' }).id;
  api.value('courses.enrol', { courseId, participantId: personId });
  const goal = api.value('goals.create', { level: 'A2', skill: 'lese', domain: 'arbeidsliv', textNb: 'Kan lese en vaktliste' });
  const theme = api.value('themes.create', { courseId, name: 'Arbeidsliv', startDate: '2026-09-01', endDate: '2026-09-30', goalIds: [goal.id] });
  const lessons = ['2026-09-14', '2026-09-15'].map((date) => api.value('lessons.create', { courseId, date, startTime: '09:00', endTime: '11:00', title: 'Økt', themeId: theme.id }));
  api.value('attendance.record', { lessonId: lessons[0]?.id ?? '', entries: [{ participantId: personId, status: 'present' }] });
  api.value('attendance.record', { lessonId: lessons[1]?.id ?? '', entries: [{ participantId: personId, status: 'absent' }] });
  api.value('assessments.create', { participantId: personId, skill: 'muntlig', level: 'A2', date: '2026-09-14', source: 'observation' });
  api.value('norskproven.create', { participantId: personId, date: '2026-03-10', results: [{ part: 'leseforstaelse', result: 'A2' }] });
});

const issueOne = (kind: 'course' | 'diploma' | 'practice', choice: Record<string, unknown> = {}): string => {
  const [doc] = api.value('documents.issue', { kind, language: 'nb', courseId, documents: [{ participantId: personId, ...choice }] }) as IssuedDocument[];
  return api.value('print.documents', { ids: [doc?.id ?? ''] }).html;
};

describe('document data', () => {
  it('shows hours attended of planned, themes and goals on the course certificate, levels only when agreed', () => {
    const without = issueOne('course');
    expect(without).toMatch(/2 av (4|[\d,]+) timer/u);
    expect(without).toContain('Arbeidsliv');
    expect(without).toContain('A2: Kan lese en vaktliste');
    expect(without).toContain('Introduksjonsprogram');
    expect(without).not.toContain('Nivå (etter avtale');
    const withLevels = issueOne('course', { includeLevels: true, endedEarlyReason: 'Fikk fast jobb' });
    expect(withLevels).toContain('Nivå (etter avtale med deltakeren)');
    expect(withLevels).toContain('Muntlig');
    expect(withLevels).toContain('Kurset ble avsluttet før tiden');
    expect(withLevels).toContain('Fikk fast jobb');
  });

  it('shows Norskprøven results on the diploma only when the participant chose it', () => {
    expect(issueOne('diploma')).not.toContain('Norskprøven');
    const chosen = issueOne('diploma', { includeNorskprove: true });
    expect(chosen).toContain('Resultater fra Norskprøven');
    expect(chosen).toContain('Leseforståelse');
    expect(chosen).toContain('10.03.2026');
  });

  it('confirms practice with site, period, days, tasks and the buddy as reference person', () => {
    expect(issueOne('practice')).not.toContain('Praksisplass</th>');
    const site = api.value('practiceSites.create', { name: 'Kafé Solsiden', contacts: [{ name: 'Kari Nordmann', role: 'buddy', phone: '912 34 567' }] });
    const placement = api.value('placements.create', { participantId: personId, siteId: site.id, startDate: '2026-10-05', endDate: '2026-11-27', weekdays: ['tue', 'thu'] });
    api.value('trainingPlans.update', { id: placement.id, tasks: [{ text: 'Fylle på kjøledisken', status: 'practising' }] });
    const html = issueOne('practice');
    expect(html).toContain('Kafé Solsiden');
    expect(html).toContain('05.10.2026–27.11.2026');
    expect(html).toContain('2 dager i uka (tirsdag og torsdag)');
    expect(html).toContain('Fylle på kjøledisken');
    expect(html).toContain('Kari Nordmann · 912 34 567');
    expect(html).toContain('For praksisplassen');
  });
});

describe('the centre on other prints', () => {
  it('names the centre on the training plan once it is filled in', () => {
    const site = api.value('practiceSites.create', { name: 'Kafé Solsiden' });
    const placement = api.value('placements.create', { participantId: personId, siteId: site.id, startDate: '2026-10-05', endDate: '2026-11-27', weekdays: ['tue'] });
    expect(api.value('print.trainingPlan', { placementId: placement.id }).html).not.toContain('Opplæringssted');
    api.value('documents.centre.update', { name: 'Fjordby læringssenter', address: 'Storgata 1' });
    expect(api.value('print.trainingPlan', { placementId: placement.id }).html).toContain('Fjordby læringssenter, Storgata 1');
  });
});
