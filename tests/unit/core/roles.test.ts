import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../../shared/api/contract';
import { staffRoles } from '../../../shared/domain/staff';
import { hashDatabase } from '../helpers/db-dump';
import { addCourse, addParticipant, addStaff, courseInput, errorOf, participantInput, staffInput } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';
import { fileOwnPackageAsReceived } from './exchange/self-received';

let api: TestApi;
let validInputs: Record<MethodName, unknown>;

beforeEach(() => {
  api = createTestApi();
  const staff = addStaff(api);
  const course = addCourse(api);
  const participant = addParticipant(api);
  const enrolment = { courseId: course.id, participantId: participant.id };
  const schoolYear = api.value('calendar.schoolYears.create', { name: '2026/2027', startDate: '2026-08-17', endDate: '2027-06-18' });
  const closure = api.value('calendar.closures.create', { schoolYearId: schoolYear.id, startDate: '2026-09-28', endDate: '2026-10-02', kind: 'break', name: 'Høstferie' });
  const rolesGoal = api.value('goals.create', { level: 'A2', skill: 'skrive', domain: 'bolig', textNb: 'Jeg kan skrive en lapp til naboen' });
  const theme = api.value('themes.create', { courseId: course.id, name: 'Tema', startDate: '2026-09-01', endDate: '2026-09-30' });
  const lesson = api.value('lessons.create', { courseId: course.id, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: 'Økt' });
  const site = api.value('practiceSites.create', { name: 'Solsikken barnehage', orgNumber: '123 456 785', trade: 'barnehage' });
  const placement = api.value('placements.create', { participantId: participant.id, siteId: site.id, startDate: '2026-08-24', endDate: '2027-01-29', weekdays: ['mon', 'tue'] });
  const meeting = api.value('statusMeetings.create', { placementId: placement.id, date: '2026-11-20' });
  const visit = api.value('siteVisits.create', { placementId: placement.id, date: '2026-09-15' });
  const buddyTask = api.value('buddyTasks.create', { placementId: placement.id, text: 'Lær bort tre ord', givenOn: '2026-09-08' });
  // Material comes in through the file import (not a contract call), so the row is made directly.
  const material = { id: '01900000-0000-7000-8000-0000000000aa' };
  api.db.prepare(
    `INSERT INTO material (id, sha256, kind, media_type, original_name, size, participant_id, created_at, updated_at)
     VALUES (?, ?, 'pdf', 'application/pdf', 'skjema.pdf', 10, ?, '2026-09-14T10:00:00.000Z', '2026-09-14T10:00:00.000Z')`,
  ).run(material.id, 'a'.repeat(64), participant.id);
  const assessment = api.value('assessments.create', { participantId: participant.id, skill: 'muntlig', level: 'A1/A2', date: '2026-09-14', source: 'observation' });
  const sitting = api.value('norskproven.create', { participantId: participant.id, date: '2026-03-10', results: [{ part: 'leseforstaelse', result: 'A2' }] });
  const target = api.value('levelTargets.create', { participantId: participant.id, skill: 'muntlig', level: 'A2', dueDate: '2027-03-31' });
  const glossaryTerm = api.value('glossary.create', { term: 'bleie', themeIds: [theme.id] });
  const glossaryTranslation = api.value('glossary.translations.create', { termId: glossaryTerm.id, language: 'ar', text: 'حفاضة' });
  const sentPackage = api.value('exchange.export', { courseId: course.id, assistantId: staff.id, from: '2026-09-01', weeks: 4 });
  const receivedId = fileOwnPackageAsReceived(api.db, sentPackage);
  api.value('courses.enrol', enrolment);
  const [issuedDocument] = api.value('documents.issue', { kind: 'diploma', language: 'nb', courseId: course.id, documents: [{ participantId: participant.id }] });
  if (!issuedDocument) throw new Error('no document issued');
  const returnedPackage = api.value('exchange.returnPackage', { id: receivedId });
  const translationTask = api.value('translationTasks.create', { themeId: theme.id, language: 'ar' });
  const userLanguage = api.value('glossary.languages.create', { code: 'ha', name: 'hausa', direction: 'ltr' });
  validInputs = {
    'app.info': {},
    'settings.get': {},
    'settings.update': { uiLanguage: 'nn' },
    'sensitiveNotes.list': { participantId: participant.id },
    'sensitiveNotes.open': { id: '01900000-0000-7000-8000-0000000000c1' },
    'sensitiveNotes.create': { participantId: participant.id, category: 'health', text: 'Fiktiv' },
    'sensitiveNotes.update': { id: '01900000-0000-7000-8000-0000000000c1', text: 'Fiktiv' },
    'sensitiveNotes.delete': { id: '01900000-0000-7000-8000-0000000000c1' },
    'sensitiveNotes.restore': { id: '01900000-0000-7000-8000-0000000000c1' },
    'sensitiveNotes.log': { participantId: participant.id },
    'participantData.retention': {},
    'participantData.setRetentionYears': { years: 6 },
    'participantData.exportStart': { participantId: participant.id, includeSensitive: false },
    'participantData.exportResult': { jobId: '01900000-0000-7000-8000-0000000000e1' },
    'participantData.delete': { participantId: participant.id, confirmName: 'Hodan Warsame' },
    'participantData.log': {},
    'backups.status': {},
    'backups.run': {},
    'backups.restore': { id: 'sprakbro-2026-11-24-090000' },
    'backups.undoRestore': {},
    'exampleCentre.create': {},
    'staff.list': {},
    'staff.get': { id: staff.id },
    'staff.create': staffInput(),
    'staff.update': { id: staff.id, name: 'Nytt navn' },
    'staff.delete': { id: staff.id },
    'staff.restore': { id: staff.id },
    'profiles.list': {},
    'profiles.current': {},
    'profiles.signIn': { staffId: staff.id, pin: '2468' },
    'profiles.signOut': {},
    'profiles.lock': {},
    'profiles.unlock': { pin: '2468' },
    'profiles.setPin': { pin: '2468', currentPin: '1357' },
    'profiles.clearPin': { staffId: staff.id, currentPin: '1357' },
    'courses.list': {},
    'courses.get': { id: course.id },
    'courses.create': courseInput(),
    'courses.update': { id: course.id, name: 'Nytt navn' },
    'courses.delete': { id: course.id },
    'courses.restore': { id: course.id },
    'courses.enrol': enrolment,
    'courses.unenrol': enrolment,
    'courses.languageGroups': { id: course.id },
    'participants.list': {},
    'participants.get': { id: participant.id },
    'participants.create': participantInput(),
    'participants.update': { id: participant.id, note: 'x' },
    'participants.delete': { id: participant.id },
    'participants.restore': { id: participant.id },
    'calendar.schoolYears.list': {},
    'calendar.schoolYears.create': { name: '2027/2028', startDate: '2027-08-16', endDate: '2028-06-20' },
    'calendar.schoolYears.update': { id: schoolYear.id, name: 'Skoleåret 2026/2027' },
    'calendar.schoolYears.delete': { id: schoolYear.id },
    'calendar.schoolYears.restore': { id: schoolYear.id },
    'calendar.schoolYears.suggestBreaks': { schoolYearId: schoolYear.id },
    'calendar.closures.list': { schoolYearId: schoolYear.id },
    'calendar.closures.create': { schoolYearId: schoolYear.id, startDate: '2026-11-13', endDate: '2026-11-13', kind: 'closure', name: 'Planleggingsdag' },
    'calendar.closures.update': { id: closure.id, name: 'Høstferie uke 40' },
    'calendar.closures.delete': { id: closure.id },
    'calendar.closures.restore': { id: closure.id },
    'calendar.days': { from: '2026-08-17', to: '2026-12-31', courseId: course.id },
    'goals.search': { query: 'barneh' },
    'goals.get': { id: 'sb-goal-0001' },
    'goals.create': { level: 'A1', skill: 'lese', domain: 'bolig', textNb: 'Jeg kan lese en lapp i oppgangen' },
    'goals.update': { id: rolesGoal.id, textNb: 'Jeg kan lese en ny lapp' },
    'goals.delete': { id: rolesGoal.id },
    'goals.restore': { id: rolesGoal.id },
    'goals.importPreview': { format: 'csv', content: 'level;skill;domain;trade;nb;en\nA1;lese;bolig;;Jeg kan lese skilt;I can read signs' },
    'goals.importCommit': { format: 'csv', content: 'level;skill;domain;trade;nb;en\nA1;lese;bolig;;Jeg kan lese skilt;I can read signs' },    'themes.list': { courseId: course.id },
    'themes.get': { id: theme.id },
    'themes.create': { courseId: course.id, name: 'Helse', startDate: '2026-10-01', endDate: '2026-10-30' },
    'themes.update': { id: theme.id, name: 'Nytt tema' },
    'themes.delete': { id: theme.id },
    'themes.restore': { id: theme.id },
    'lessons.week': { courseId: course.id, isoYear: 2026, isoWeek: 38 },
    'lessons.get': { id: lesson.id },
    'lessons.create': { courseId: course.id, date: '2026-09-15', startTime: '09:00', endTime: '11:00', title: 'Økt' },
    'lessons.update': { id: lesson.id, title: 'Ny' },
    'lessons.delete': { id: lesson.id },
    'lessons.restore': { id: lesson.id },
    'lessons.move': { id: lesson.id, date: '2026-09-16', slotIndex: 0 },
    'lessons.generate': { courseId: course.id, from: '2026-09-14', to: '2026-09-18', startTime: '09:00', endTime: '14:00' },
    'lessons.bump': { courseId: course.id, fromDate: '2026-09-14', direction: 1 },
    'lessons.applyMoves': { moves: [{ id: lesson.id, date: '2026-09-15', slotIndex: 0 }] },
    'lessons.cancelToEnd': { id: lesson.id },
    'lessons.versions': { id: lesson.id },
    'lessons.restoreVersion': { id: lesson.id, versionId: lesson.id },
    'lessons.copyPreview': { kind: 'day', sourceCourseId: course.id, date: '2026-09-14', targetCourseId: course.id, targetDate: '2026-09-15' },
    'lessons.copyCommit': { kind: 'week', sourceCourseId: course.id, isoYear: 2026, isoWeek: 38, targetCourseId: course.id, targetIsoYear: 2026, targetIsoWeek: 39 },
    'lessons.deleteMany': { ids: [lesson.id] },
    'attendance.forLesson': { lessonId: lesson.id },
    'attendance.record': { lessonId: lesson.id, entries: [{ participantId: participant.id, status: 'present' }] },
    'attendance.markAllPresent': { lessonId: lesson.id },
    'attendance.ledger': { participantId: participant.id },
    'attendance.courseSummary': { courseId: course.id },
    'practiceSites.list': { search: 'sol', trade: 'barnehage' },
    'practiceSites.get': { id: site.id },
    'practiceSites.create': { name: 'Kafé Nordlys', contacts: [{ name: 'Kari Fadder', role: 'buddy', phone: '400 00 000', email: 'kari@example.no' }] },
    'practiceSites.update': { id: site.id, address: 'Eksempelveien 1' },
    'practiceSites.delete': { id: site.id },
    'practiceSites.restore': { id: site.id },
    'placements.list': { participantId: participant.id },
    'placements.get': { id: placement.id },
    'placements.create': { participantId: participant.id, siteId: site.id, startDate: '2027-02-01', endDate: '2027-06-18', weekdays: ['thu'] },
    'placements.update': { id: placement.id, note: 'x' },
    'placements.delete': { id: placement.id },
    'placements.restore': { id: placement.id },
    'trainingPlans.get': { placementId: placement.id },
    'trainingPlans.update': { id: placement.id, goalIds: [rolesGoal.id] },
    'statusMeetings.list': { placementId: placement.id },
    'statusMeetings.create': { placementId: placement.id, date: '2027-01-15' },
    'statusMeetings.update': { id: meeting.id, agreed: 'x' },
    'statusMeetings.delete': { id: meeting.id },
    'statusMeetings.restore': { id: meeting.id },
    'siteVisits.list': { placementId: placement.id },
    'siteVisits.create': { placementId: placement.id, date: '2026-10-15' },
    'siteVisits.update': { id: visit.id, observed: 'x' },
    'siteVisits.delete': { id: visit.id },
    'siteVisits.restore': { id: visit.id },
    'buddyTasks.list': { placementId: placement.id },
    'buddyTasks.create': { placementId: placement.id, text: 'Vis vaktlista', givenOn: '2026-09-15' },
    'buddyTasks.update': { id: buddyTask.id, status: 'answered' },
    'buddyTasks.delete': { id: buddyTask.id },
    'buddyTasks.restore': { id: buddyTask.id },
    'practiceFollowUp.overview': { today: '2026-11-20' },
    'practiceFollowUp.hours': { placementId: placement.id },
    'practiceFollowUp.nextMeeting': { placementId: placement.id, today: '2026-11-20' },
    'print.weekPlan': { courseId: course.id, isoYear: 2026, isoWeek: 38 },
    'print.assistantPlan': { courseId: course.id, from: '2026-09-14' },
    'print.substitutePacket': { courseId: course.id, date: '2026-09-14' },
    'print.trainingPlan': { placementId: placement.id },
    'print.buddyTask': { id: buddyTask.id },
    'materials.list': { participantId: participant.id },
    'materials.get': { id: material.id },
    'materials.update': { id: material.id, caption: 'Skjema' },
    'materials.delete': { id: material.id },
    'materials.restore': { id: material.id },
    'materials.tags': {},
    'materials.evidence': { participantId: participant.id },
    'print.material': { id: material.id },
    'assessments.profile': { participantId: participant.id },
    'assessments.create': { participantId: participant.id, skill: 'lese', level: 'A2', date: '2026-09-14', source: 'mock' },
    'assessments.update': { id: assessment.id, comment: 'x' },
    'assessments.delete': { id: assessment.id },
    'assessments.restore': { id: assessment.id },
    'assessments.audit': { participantId: participant.id },
    'assessments.classMatrix': { courseId: course.id },
    'assessments.goalCoverage': { participantId: participant.id },
    'assessments.setGoalAchieved': { participantId: participant.id, goalId: 'sb-goal-0001', achievedOn: '2026-09-14' },
    'assessments.alignment': {},
    'assessments.evidenceOptions': { participantId: participant.id },
    'norskproven.create': { participantId: participant.id, date: '2026-06-10', results: [{ part: 'muntlig', result: 'A2', levelPair: 'A1-A2' }] },
    'norskproven.addResult': { sittingId: sitting.id, part: 'lytteforstaelse', result: 'A1' },
    'norskproven.delete': { id: sitting.id },
    'norskproven.restore': { id: sitting.id },
    'levelTargets.create': { participantId: participant.id, skill: 'lese', level: 'B1', dueDate: '2027-06-01' },
    'levelTargets.update': { id: target.id, dropped: true },
    'levelTargets.delete': { id: target.id },
    'levelTargets.restore': { id: target.id },
    'selfAssessments.record': { participantId: participant.id, date: '2026-09-14', ticked: ['lese-a1-1'] },
    'print.classMatrix': { courseId: course.id },
    'print.selfAssessment': { participantId: participant.id },
    'glossary.overview': {},
    'glossary.list': { themeId: theme.id },
    'glossary.get': { id: glossaryTerm.id },
    'glossary.create': { term: 'smokk', themeIds: [theme.id] },
    'glossary.update': { id: glossaryTerm.id, example: 'Babyen har bleie.' },
    'glossary.delete': { id: glossaryTerm.id },
    'glossary.restore': { id: glossaryTerm.id },
    'glossary.lessonOptions': { id: glossaryTerm.id },
    'glossary.translations.create': { termId: glossaryTerm.id, language: 'ti', text: 'ዳይፐር' },
    'glossary.translations.update': { id: glossaryTranslation.id, status: 'checked' },
    'glossary.translations.delete': { id: glossaryTranslation.id },
    'glossary.translations.restore': { id: glossaryTranslation.id },
    'glossary.languages.list': {},
    'glossary.languages.create': { code: 'tmh', name: 'tamasjek', direction: 'ltr' },
    'glossary.languages.update': { id: userLanguage.id, name: 'hausa (Nigeria)' },
    'glossary.languages.delete': { id: userLanguage.id },
    'glossary.languages.restore': { id: userLanguage.id },
    'glossary.import.preview': { format: 'csv', contentBase64: 'bm9yd2VnaWFuO3dvcmRfY2xhc3M7YXIKc21va2s7bm91bjvZhNmH2KfZitipCg==' },
    'glossary.import.commit': { format: 'csv', contentBase64: 'bm9yd2VnaWFuO3dvcmRfY2xhc3M7YXIKc21va2s7bm91bjvZhNmH2KfZitipCg==' },
    'glossary.export': { format: 'csv', themeId: theme.id },
    'print.wordList': { themeId: theme.id, languages: ['ar'] },
    'print.flashcards': { themeId: theme.id, language: 'ar' },
    'exchange.export': { courseId: course.id, assistantId: staff.id, from: '2026-09-01', weeks: 2 },
    'exchange.sent.list': { courseId: course.id },
    'exchange.inspect': { data: returnedPackage.data },
    'exchange.merge': { data: returnedPackage.data, choices: [] },
    'exchange.undoMerge': { mergeId: '01900000-0000-7000-8000-0000000000e1' },
    'exchange.receive': { data: sentPackage.data },
    'exchange.received.list': {},
    'exchange.received.get': { id: receivedId },
    'exchange.returnPackage': { id: receivedId },
    'translationTasks.list': { assistantId: staff.id, language: 'ar', courseId: course.id, dueBefore: '2026-12-31', includeDone: true, today: '2026-09-01' },
    'translationTasks.create': { lessonId: lesson.id, language: 'ti', assigneeId: staff.id, note: 'Før mandag' },
    'translationTasks.update': { id: translationTask.id, status: 'inProgress', note: 'Halvveis' },
    'translationTasks.delete': { id: translationTask.id },
    'translationTasks.restore': { id: translationTask.id },
    'translationTasks.forLesson': { lessonId: lesson.id },
    'plansForMe.get': { staffId: staff.id, from: '2026-09-14' },
    'documents.centre.get': {},
    'documents.centre.update': { name: 'Fjordby læringssenter', accentColour: '#224466' },
    'documents.texts.get': { kind: 'diploma', language: 'nb' },
    'documents.texts.update': { kind: 'diploma', language: 'nb', texts: { title: 'Diplom', intro: 'for {{course}}', closing: '' } },
    'documents.preview': { kind: 'course', language: 'nn', texts: { title: 'Kursprov', intro: '', closing: '' } },
    'documents.candidates': { courseId: course.id, kind: 'diploma' },
    'documents.issue': { kind: 'diploma', language: 'nb', courseId: course.id, documents: [{ participantId: participant.id }] },
    'documents.list': { search: 'Hodan' },
    'documents.revoke': { id: issuedDocument.id, reason: 'Feil navn' },
    'print.documents': { ids: [issuedDocument.id] },
    'credentials.issuer': {},
    'credentials.export': { documentId: issuedDocument.id },
    'credentials.verify': { source: 'serial', serial: 'SB-2026-000001' },
    'credentials.check': { checkId: '01900000-0000-7000-8000-0000000000e2' },
  };
});
afterEach(() => api.db.close());

/** Methods that only read; calendar.schoolYears.suggestBreaks proposes breaks without saving them. */
const readers: readonly MethodName[] = ['app.info', 'courses.languageGroups', 'calendar.days', 'calendar.schoolYears.suggestBreaks', 'goals.search', 'lessons.week', 'lessons.versions', 'attendance.forLesson', 'attendance.ledger', 'attendance.courseSummary', 'lessons.copyPreview', 'print.weekPlan', 'print.assistantPlan', 'print.substitutePacket',
  'practiceFollowUp.overview', 'practiceFollowUp.hours', 'practiceFollowUp.nextMeeting', 'print.trainingPlan', 'print.buddyTask',
  'assessments.profile', 'assessments.audit', 'assessments.classMatrix', 'assessments.goalCoverage', 'assessments.alignment',
  'assessments.evidenceOptions', 'print.classMatrix', 'print.selfAssessment', 'materials.tags', 'materials.evidence', 'print.material', 'backups.status',
  'glossary.overview', 'glossary.lessonOptions', 'print.wordList', 'print.flashcards', 'translationTasks.forLesson', 'profiles.current',
  'exchange.inspect', 'exchange.returnPackage', 'documents.preview', 'documents.candidates', 'print.documents'];
/** Sensitive notes are for teachers and admins only: an assistant may not even see that one exists. */
const restricted = (method: MethodName) => method.startsWith('sensitiveNotes.');
const readOnly = methodNames.filter((m) => !restricted(m) && (m.endsWith('.list') || m.endsWith('.get') || readers.includes(m)));

describe('roles', () => {
  it('lets every role read', () => {
    expect(readOnly.length).toBeGreaterThanOrEqual(8);
    for (const method of readOnly) expect(contract[method].roles, method).toEqual([...staffRoles]);
  });

  it('keeps changes to teachers and admins, except the user’s own settings and the glossaries', () => {
    for (const method of methodNames.filter((m) => !readOnly.includes(m))) {
      // Mother-tongue assistants write the glossaries' translations, so glossary changes are open to every profile.
      // The same for the translation queue: assistants take and finish their own tasks.
      // Every profile signs itself in and out, locks and sets its own PIN: the profile session guards those (tests/unit/core/profiles/).
      const expected = method === 'settings.update' || method.startsWith('glossary.') || method.startsWith('translationTasks.') || method.startsWith('profiles.')
        // An assistant takes a package from the centre in on their own laptop.
        || method === 'exchange.receive' ? [...staffRoles] : ['teacher', 'admin'];
      expect(contract[method].roles, method).toEqual(expected);
    }
  });

  it("answers 'forbidden' to an assistant who tries to change data, even with valid input, changing nothing", () => {
    const before = hashDatabase(api.db);
    for (const method of methodNames) {
      if (contract[method].roles.includes('assistant')) continue;
      expect(errorOf(api.raw(method, validInputs[method], 'assistant')), method).toEqual({ code: 'forbidden' });
      // The role is checked before the input: malformed input gets the same answer.
      expect(errorOf(api.raw(method, { junk: true }, 'assistant')).code, method).toBe('forbidden');
    }
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('lets an assistant list and read everything', () => {
    for (const method of readOnly) {
      const result = api.raw(method, validInputs[method], 'assistant');
      expect(result.ok, method).toBe(true);
    }
    const created = api.call('staff.create', staffInput({ name: 'Forsøk' }), 'assistant');
    expect(errorOf(created).code).toBe('forbidden');
    expect(api.value('staff.list', { search: 'forsøk' })).toEqual([]);
  });

  it('lets teachers and admins call every method', () => {
    for (const role of ['teacher', 'admin'] as const) {
      const fresh = createTestApi();
      const staff = addStaff(fresh);
      const result = fresh.call('staff.update', { id: staff.id, positionPercent: 50 }, role);
      expect(result.ok, role).toBe(true);
      expect(fresh.call('exampleCentre.create', {}, role).ok, role).toBe(true);
      fresh.db.close();
    }
  });
});
