import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../../../shared/api/contract';
import { assistantRules } from '../../../../electron/core/services/profiles/assistant-rules';
import { hashDatabase } from '../../helpers/db-dump';
import { courseInput, errorOf, participantInput, staffInput } from '../../helpers/fixtures';
import { createSessionApi, type SessionApi } from './session-api';

/**
 * An assistant signed in through the session reaches only their own class: Nadia assists
 * «Norsk A1 morgen»; «Norsk B1 kveld» is another class. Every restricted method is tried
 * against the other class and must answer `forbidden` (or leave the other class out).
 */
let app: SessionApi;
let nadia: string;
let teacher: string;
const own = {} as Record<'course' | 'participant' | 'lesson' | 'theme' | 'placement' | 'material' | 'buddyTask' | 'assessment', string>;
const other = {} as typeof own;

function addClass(target: typeof own, name: string, assistantIds: string[], givenName: string): void {
  target.course = app.value('courses.create', courseInput({ name, assistantIds })).id;
  target.participant = app.value('participants.create', participantInput({ givenName })).id;
  app.value('courses.enrol', { courseId: target.course, participantId: target.participant });
  target.theme = app.value('themes.create', { courseId: target.course, name: `Tema ${name}`, startDate: '2026-09-01', endDate: '2026-09-30' }).id;
  target.lesson = app.value('lessons.create', { courseId: target.course, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: `Økt ${name}` }).id;
  const site = app.value('practiceSites.create', { name: `Sted ${name}` }).id;
  target.placement = app.value('placements.create', { participantId: target.participant, siteId: site, startDate: '2026-08-24', endDate: '2027-01-29', weekdays: ['mon'] }).id;
  target.buddyTask = app.value('buddyTasks.create', { placementId: target.placement, text: 'Lær bort tre ord', givenOn: '2026-09-08' }).id;
  target.assessment = app.value('assessments.create', { participantId: target.participant, skill: 'muntlig', level: 'A1', date: '2026-09-14', source: 'observation', comment: 'Fortrolig kommentar' }).id;
  target.material = `01900000-0000-7000-8000-0000000000${target === own ? 'a1' : 'b1'}`;
  app.db.prepare(
    `INSERT INTO material (id, sha256, kind, media_type, original_name, size, participant_id, created_at, updated_at)
     VALUES (?, ?, 'pdf', 'application/pdf', 'skjema.pdf', 10, ?, '2026-09-14T10:00:00.000Z', '2026-09-14T10:00:00.000Z')`,
  ).run(target.material, (target === own ? 'a' : 'b').repeat(64), target.participant);
}

beforeEach(() => {
  app = createSessionApi();
  nadia = app.value('staff.create', staffInput({ name: 'Nadia Karim', role: 'assistant', languages: ['ar'] })).id;
  teacher = app.value('staff.create', staffInput({ role: 'teacher' })).id;
  addClass(own, 'Norsk A1 morgen', [nadia], 'Amina');
  addClass(other, 'Norsk B1 kveld', [], 'Samir');
  app.value('profiles.signIn', { staffId: nadia });
});
afterEach(() => app.db.close());

const forbidden = (result: { ok: boolean }) => (result.ok ? 'ok' : errorOf(result as never).code);

describe('an assistant’s reach', () => {
  it('lists only the own classes and their participants', () => {
    expect(app.value('courses.list', {}).map((course) => course.name)).toEqual(['Norsk A1 morgen']);
    expect(app.value('participants.list', {}).map((participant) => participant.givenName)).toEqual(['Amina']);
    expect(app.value('participants.list', { search: 'samir' })).toEqual([]);
  });

  it('refuses every read of another class, with no data', () => {
    const before = hashDatabase(app.db);
    const tries = {
      'courses.get': { id: other.course },
      'courses.languageGroups': { id: other.course },
      'participants.get': { id: other.participant },
      'participants.list': { courseId: other.course },
      'themes.list': { courseId: other.course },
      'themes.get': { id: other.theme },
      'lessons.week': { courseId: other.course, isoYear: 2026, isoWeek: 38 },
      'lessons.get': { id: other.lesson },
      'lessons.versions': { id: other.lesson },
      'lessons.copyPreview': { kind: 'day', sourceCourseId: other.course, date: '2026-09-14', targetCourseId: own.course, targetDate: '2026-09-15' },
      'calendar.days': { from: '2026-09-14', to: '2026-09-18', courseId: other.course },
      'attendance.forLesson': { lessonId: other.lesson },
      'attendance.ledger': { participantId: other.participant },
      'attendance.courseSummary': { courseId: other.course },
      'placements.list': { participantId: other.participant },
      'placements.get': { id: other.placement },
      'trainingPlans.get': { placementId: other.placement },
      'statusMeetings.list': { placementId: other.placement },
      'siteVisits.list': { placementId: other.placement },
      'buddyTasks.list': { placementId: other.placement },
      'practiceFollowUp.hours': { placementId: other.placement },
      'practiceFollowUp.nextMeeting': { placementId: other.placement, today: '2026-11-20' },
      'materials.list': { participantId: other.participant },
      'materials.get': { id: other.material },
      'materials.evidence': { participantId: other.participant },
      'assessments.profile': { participantId: other.participant },
      'assessments.audit': { participantId: other.participant },
      'assessments.classMatrix': { courseId: other.course },
      'assessments.goalCoverage': { participantId: other.participant },
      'assessments.evidenceOptions': { participantId: other.participant },
      'print.weekPlan': { courseId: other.course, isoYear: 2026, isoWeek: 38 },
      'print.assistantPlan': { courseId: other.course, from: '2026-09-14' },
      'print.substitutePacket': { courseId: other.course, date: '2026-09-14' },
      'print.trainingPlan': { placementId: other.placement },
      'print.buddyTask': { id: other.buddyTask },
      'print.material': { id: other.material },
      'print.classMatrix': { courseId: other.course },
      'print.selfAssessment': { participantId: other.participant },
    } as const;
    for (const [method, input] of Object.entries(tries)) {
      expect(forbidden(app.api.call(method, input)), method).toBe('forbidden');
    }
    expect(hashDatabase(app.db)).toBe(before);
  });

  it('reads the own class, the plans and the glossaries', () => {
    const reads = {
      'courses.get': { id: own.course },
      'participants.get': { id: own.participant },
      'themes.list': { courseId: own.course },
      'lessons.week': { courseId: own.course, isoYear: 2026, isoWeek: 38 },
      'lessons.get': { id: own.lesson },
      'attendance.forLesson': { lessonId: own.lesson },
      'placements.get': { id: own.placement },
      'materials.get': { id: own.material },
      'materials.list': { participantId: own.participant },
      'assessments.classMatrix': { courseId: own.course },
      'print.assistantPlan': { courseId: own.course, from: '2026-09-14' },
      'glossary.overview': {},
      'staff.list': {},
      'goals.search': { query: 'jobb' },
    } as const;
    for (const [method, input] of Object.entries(reads)) expect(forbidden(app.api.call(method, input)), method).toBe('ok');
    expect(app.call('glossary.create', { term: 'bleie', themeIds: [own.theme] }).ok).toBe(true);
  });

  it('never sees assessment comments or sensitive notes', () => {
    const profile = app.value('assessments.profile', { participantId: own.participant });
    expect(profile.history.map((assessment) => assessment.comment)).toEqual(['']);
    expect(forbidden(app.call('sensitiveNotes.list', { participantId: own.participant }))).toBe('forbidden');
    // Signed in as the teacher, the comment is there.
    app.value('profiles.signIn', { staffId: teacher });
    expect(app.value('assessments.profile', { participantId: own.participant }).history[0]?.comment).toBe('Fortrolig kommentar');
  });

  it('leaves other classes’ placements out of lists by site and of the follow-up overview', () => {
    const siteOfOther = app.db.prepare('SELECT site_id FROM placement WHERE id = ?').pluck().get(other.placement) as string;
    expect(app.value('placements.list', { siteId: siteOfOther })).toEqual([]);
    const overview = app.value('practiceFollowUp.overview', { today: '2027-01-10' });
    expect([...overview.meetings, ...overview.endingSoon].every((row) => row.participantId === own.participant)).toBe(true);
    expect(overview.endingSoon.length).toBe(1);
  });

  it('needs a participant or placement to list materials, and changes only the own settings', () => {
    expect(forbidden(app.call('materials.list', {}))).toBe('forbidden');
    expect(forbidden(app.call('settings.update', { backupFolder: null }))).toBe('forbidden');
    expect(forbidden(app.call('settings.update', { uiLanguage: 'nn', idleLockMinutes: 5 }))).toBe('ok');
  });

  it('shows an assistant their own plans and translation queue, not a colleague’s', () => {
    expect(forbidden(app.api.call('plansForMe.get', { staffId: nadia, from: '2026-09-14' }))).toBe('ok');
    expect(forbidden(app.api.call('plansForMe.get', { staffId: teacher, from: '2026-09-14' }))).toBe('forbidden');
    expect(forbidden(app.api.call('translationTasks.list', { assistantId: nadia }))).toBe('ok');
    expect(forbidden(app.api.call('translationTasks.list', {}))).toBe('forbidden');
    expect(forbidden(app.api.call('translationTasks.list', { assistantId: nadia, courseId: other.course }))).toBe('forbidden');
  });

  it('gives teachers every class', () => {
    app.value('profiles.signIn', { staffId: teacher });
    expect(app.value('courses.list', {})).toHaveLength(2);
    expect(forbidden(app.call('participants.get', { id: other.participant }))).toBe('ok');
  });

  it('has a rule for every class-bound method an assistant may call', () => {
    const classBound = ['courses.list', 'courses.get', 'courses.languageGroups', 'participants.list', 'participants.get', 'themes.get',
      'lessons.get', 'lessons.versions', 'placements.get', 'placements.list', 'materials.get', 'materials.list', 'print.material',
      'print.buddyTask', 'practiceFollowUp.overview', 'assessments.profile'];
    for (const method of classBound) {
      expect(assistantRules[method], method).toBeDefined();
      expect(contract[method as (typeof methodNames)[number]].roles, method).toContain('assistant');
    }
  });
});
