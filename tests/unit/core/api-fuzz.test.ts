import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApi, type Api } from '../../../electron/core/api/dispatch';
import { openDatabase } from '../../../electron/core/db/connection';
import { contract, methodNames, type MethodInput, type MethodName } from '../../../shared/api/contract';
import { errorCodes, fieldIssueCodes, type Result } from '../../../shared/result';
import { seededRandom, type Random } from '../../../electron/core/services/fictional-centre/random';
import { hashDatabase } from '../helpers/db-dump';
import { courseInput, participantInput, staffInput } from '../helpers/fixtures';
import { fileOwnPackageAsReceived } from './exchange/self-received';

/**
 * API fuzz: every contract method gets a few hundred deterministic, malformed inputs. Every
 * answer must be an envelope (never a throw, never 'internal'), malformed input must give a
 * 'validation' error, and the database must not change. A failure prints the seed and the
 * input, so it can be replayed.
 */
const inputsPerMethod = 300;
const seed = 0x5eed_b20;

// The same seeded source (mulberry32) the fictional-centre generator uses.
const prng = seededRandom;
type Rng = Random;

// Longer than every string field accepts, lesson text (2,000,000 characters) included.
const hugeString = 'ø'.repeat(2_100_000);
const scripts = ['abc', 'ÆØÅ æøå', 'ليلى', 'ሄለን', 'Ольга', '中文', '\u0000', '\u202E', '\uD800', '😀', ' ', '%_', "'; DROP TABLE staff; --"];

function randomString(rng: Rng): string {
  const length = rng.int(12);
  let text = '';
  for (let i = 0; i < length; i++) text += rng.pick(scripts);
  return text;
}

function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = i % 2 ? { next: value } : [value];
  return value;
}

/** Any value an IPC or HTTP caller could send, including deep and odd ones. */
function junk(rng: Rng, depth = 0): unknown {
  const kinds = depth > 2 ? 9 : 13;
  switch (rng.int(kinds)) {
    case 0: return rng.pick([true, false]);
    case 1: return rng.pick([0, -0, 1, -1, 42, 1.5, -1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity]);
    case 2: return randomString(rng);
    case 3: return rng.pick([hugeString, '', '   ', '2026-02-30', '01900000-0000-7000-8000-000000000000', 'null', '{}']);
    case 4: return rng.pick([new Date(0), 10n, new Uint8Array(4)]);
    case 5: return rng.int(1e6);
    case 6: return null;
    case 7: return nested(1 + rng.int(200));
    case 8: return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    case 9: return Array.from({ length: rng.int(5) }, () => junk(rng, depth + 1));
    case 10: return Array.from({ length: 1000 + rng.int(10_000) }, (_, i) => i);
    default: {
      const value: Record<string, unknown> = {};
      for (let i = rng.int(4); i >= 0; i--) value[randomString(rng) || 'k'] = junk(rng, depth + 1);
      return value;
    }
  }
}

/**
 * Values no field of any input schema accepts: too long for every string, not an integer
 * in range, not a boolean, not a plain list of strings, not a complete week pattern.
 */
const neverValid: readonly (() => unknown)[] = [
  () => hugeString,
  () => NaN,
  () => Infinity,
  () => -1.5,
  () => 1e21,
  () => 10n,
  () => ({ a: { b: { c: [] } } }),
  () => [{}, { x: 1 }],
  () => nested(150),
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
];

const unknownKeys = ['__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'ID', 'id ', 'deleted_at', 'createdAt', 'x'];

/** The fields of a method's input; for a discriminated union (lessons.copy*), of the member the valid input names. */
function shapeOf(method: MethodName, valid?: object): Record<string, z.ZodType> {
  const input = contract[method].input;
  if (!(input instanceof z.ZodDiscriminatedUnion)) return (input as z.ZodObject).shape as Record<string, z.ZodType>;
  const members = input.options as readonly z.ZodObject[];
  const kind = (valid as { kind?: unknown } | undefined)?.kind;
  return (members.find((member) => member.shape.kind?.safeParse(kind).success) ?? members[0]!).shape as Record<string, z.ZodType>;
}
const hasEmptyInput = (method: MethodName) => Object.keys(shapeOf(method)).length === 0;

/** Input objects with one own key set, including the awkward `__proto__`. */
function withKey(base: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

type Case = { kind: string; input: unknown; mustBeValidation: boolean };

function generate(method: MethodName, valid: object, rng: Rng): Case {
  const shape = shapeOf(method, valid);
  const fields = Object.keys(shape);
  const emptyOk = contract[method].input.safeParse({}).success;
  const strict = !hasEmptyInput(method);
  switch (rng.int(6)) {
    case 0: {
      // Not an object at all (null and undefined read as "no input", so they count only when {} is invalid).
      const input = rng.next() < 0.1 ? rng.pick([null, undefined]) : rng.pick([junk(rng), randomString(rng), [valid], 7]);
      const isObject = input !== null && typeof input === 'object' && !Array.isArray(input) && !(input instanceof Uint8Array);
      if (isObject) return { kind: 'unknown-key', input: withKey(valid, rng.pick(unknownKeys), input), mustBeValidation: strict };
      return { kind: 'not-an-object', input, mustBeValidation: strict && (input != null || !emptyOk) };
    }
    case 1:
      return { kind: 'unknown-key', input: withKey(valid, rng.pick(unknownKeys), junk(rng)), mustBeValidation: strict };
    case 2:
    case 3: {
      if (fields.length === 0) return { kind: 'junk', input: junk(rng), mustBeValidation: false };
      const field = rng.pick(fields);
      return { kind: `wrong-${field}`, input: withKey(valid, field, rng.pick(neverValid)()), mustBeValidation: true };
    }
    case 4: {
      const required = fields.filter((field) => !shape[field]!.safeParse(undefined).success && field in valid);
      if (required.length === 0) return { kind: 'junk', input: junk(rng), mustBeValidation: false };
      const field = rng.pick(required);
      const { [field]: _dropped, ...rest } = valid as Record<string, unknown>;
      return { kind: `missing-${field}`, input: withKey(rest, rng.pick(unknownKeys), 1), mustBeValidation: true };
    }
    default: {
      // A random object: every key unknown, values anything.
      const input: Record<string, unknown> = {};
      for (let i = rng.int(3); i >= 0; i--) input[`~${randomString(rng)}`] = junk(rng);
      return { kind: 'random-object', input, mustBeValidation: strict };
    }
  }
}

let db: ReturnType<typeof openDatabase>;
let api: Api;
const internalErrors: { method: string; error: unknown }[] = [];
let validInputs: { [M in MethodName]: MethodInput<M> };

beforeAll(() => {
  db = openDatabase(':memory:');
  api = createApi({ db, mode: 'test', version: '0.0.0-fuzz' }, {
    checkOutputs: true,
    onInternalError: (method, error) => internalErrors.push({ method, error }),
  });
  const teacher = { role: 'teacher' as const };
  const must = <T,>(result: Result<T>): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };
  const staff = must(api.call('staff.create', staffInput({ languages: ['ar'] }), teacher)) as { id: string };
  const course = must(api.call('courses.create', courseInput({ assistantIds: [staff.id] }), teacher)) as { id: string };
  const participant = must(api.call('participants.create', participantInput(), teacher)) as { id: string };
  must(api.call('courses.enrol', { courseId: course.id, participantId: participant.id }, teacher));
  const enrolment = { courseId: course.id, participantId: participant.id };
  const schoolYear = must(api.call('calendar.schoolYears.create', { name: '2026/2027', startDate: '2026-08-17', endDate: '2027-06-18' }, teacher)) as { id: string };
  const closure = must(api.call('calendar.closures.create', { schoolYearId: schoolYear.id, startDate: '2026-09-28', endDate: '2026-10-02', kind: 'break', name: 'Høstferie' }, teacher)) as { id: string };
  const goal = must(api.call('goals.create', { level: 'A1', skill: 'lese', domain: 'arbeidsliv', textNb: 'Kan lese en vaktliste' }, teacher)) as { id: string };
  const theme = must(api.call('themes.create', { courseId: course.id, name: 'Tema', startDate: '2026-09-01', endDate: '2026-09-30' }, teacher)) as { id: string };
  const lesson = must(api.call('lessons.create', { courseId: course.id, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: 'Økt' }, teacher)) as { id: string };
  const fuzzGoal = must(api.call('goals.create', { level: 'A1', skill: 'lese', domain: 'bolig', textNb: 'Jeg kan lese en vaktliste hjemme' }, teacher)) as { id: string };
  const site = must(api.call('practiceSites.create', { name: 'Lager Eksempel AS', orgNumber: '998877660', trade: 'lager-og-logistikk' }, teacher)) as { id: string };
  const placement = must(api.call('placements.create', { participantId: participant.id, siteId: site.id, startDate: '2026-08-24', endDate: '2027-01-29', weekdays: ['mon'] }, teacher)) as { id: string };
  const meeting = must(api.call('statusMeetings.create', { placementId: placement.id, date: '2026-11-20' }, teacher)) as { id: string };
  const visit = must(api.call('siteVisits.create', { placementId: placement.id, date: '2026-09-15' }, teacher)) as { id: string };
  const buddyTask = must(api.call('buddyTasks.create', { placementId: placement.id, text: 'Lær bort tre ord', givenOn: '2026-09-08' }, teacher)) as { id: string };
  const assessment = must(api.call('assessments.create', { participantId: participant.id, skill: 'muntlig', level: 'A1/A2', date: '2026-09-14', source: 'observation', lessonIds: [lesson.id] }, teacher)) as { id: string };
  const sitting = must(api.call('norskproven.create', { participantId: participant.id, date: '2026-03-10', results: [{ part: 'leseforstaelse', result: 'A2' }] }, teacher)) as { id: string };
  const target = must(api.call('levelTargets.create', { participantId: participant.id, skill: 'muntlig', level: 'A2', dueDate: '2027-03-31' }, teacher)) as { id: string };
  const glossaryTerm = must(api.call('glossary.create', { term: 'bleie', themeIds: [theme.id] }, teacher)) as { id: string };
  const glossaryTranslation = must(api.call('glossary.translations.create', { termId: glossaryTerm.id, language: 'ar', text: 'حفاضة' }, teacher)) as { id: string };
  const sentPackage = must(api.call('exchange.export', { courseId: course.id, assistantId: staff.id, from: '2026-09-01', weeks: 4 }, teacher)) as { data: string };
  const receivedId = fileOwnPackageAsReceived(db, sentPackage);
  const returnedPackage = must(api.call('exchange.returnPackage', { id: receivedId }, teacher)) as { data: string };
  const [issuedDocument] = must(api.call('documents.issue', { kind: 'diploma', language: 'nb', courseId: course.id, documents: [{ participantId: participant.id }] }, teacher)) as { id: string }[];
  if (!issuedDocument) throw new Error('no document issued');
  const translationTask = must(api.call('translationTasks.create', { themeId: theme.id, language: 'ar' }, teacher)) as { id: string };
  // Reading the queue once brings it in step (the task's words are all translated: done), so later reads change nothing.
  must(api.call('translationTasks.list', { today: '2026-09-01' }, teacher));
  const userLanguage = must(api.call('glossary.languages.create', { code: 'ha', name: 'hausa', direction: 'ltr' }, teacher)) as { id: string };
  // Material comes in through the file import (not a contract call), so the row is made directly.
  const material = { id: '01900000-0000-7000-8000-0000000000aa' };
  db.prepare(
    `INSERT INTO material (id, sha256, kind, media_type, original_name, size, participant_id, created_at, updated_at)
     VALUES (?, ?, 'pdf', 'application/pdf', 'skjema.pdf', 10, ?, '2026-09-14T10:00:00.000Z', '2026-09-14T10:00:00.000Z')`,
  ).run(material.id, 'a'.repeat(64), participant.id);
  validInputs = {
    'app.info': {},
    'settings.get': {},
    'settings.update': { uiLanguage: 'nn', welcomeDone: true },
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
    'staff.list': { search: 'Ingrid', role: 'teacher' },
    'staff.get': { id: staff.id },
    'staff.create': staffInput({ email: 'a@b.no', phone: '1' }),
    'staff.update': { id: staff.id, name: 'Nytt navn', positionPercent: 20 },
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
    'courses.list': { search: 'norsk' },
    'courses.get': { id: course.id },
    'courses.create': courseInput({ note: 'x', teacherIds: [staff.id] }),
    'courses.update': { id: course.id, name: 'Nytt navn', endDate: '2027-06-01' },
    'courses.delete': { id: course.id },
    'courses.restore': { id: course.id },
    'courses.enrol': enrolment,
    'courses.unenrol': enrolment,
    'courses.languageGroups': { id: course.id },
    'participants.list': { search: 'hodan', sort: 'startDate', courseId: course.id },
    'participants.get': { id: participant.id },
    'participants.create': participantInput({ startDate: '2026-08-17', consentPhoto: true }),
    'participants.update': { id: participant.id, note: 'Ny', motherTongues: ['so', 'ar'] },
    'participants.delete': { id: participant.id },
    'participants.restore': { id: participant.id },
    'calendar.schoolYears.list': {},
    'calendar.schoolYears.create': { name: '2027/2028', startDate: '2027-08-16', endDate: '2028-06-20' },
    'calendar.schoolYears.update': { id: schoolYear.id, name: 'Skoleåret 2026/2027', endDate: '2027-06-17' },
    'calendar.schoolYears.delete': { id: schoolYear.id },
    'calendar.schoolYears.restore': { id: schoolYear.id },
    'calendar.schoolYears.suggestBreaks': { schoolYearId: schoolYear.id },
    'calendar.closures.list': { schoolYearId: schoolYear.id },
    'calendar.closures.create': { schoolYearId: schoolYear.id, startDate: '2026-11-13', endDate: '2026-11-13', kind: 'closure', name: 'Planleggingsdag', courseId: course.id },
    'calendar.closures.update': { id: closure.id, name: 'Høstferie uke 40', courseId: null },
    'calendar.closures.delete': { id: closure.id },
    'calendar.closures.restore': { id: closure.id },
    'calendar.days': { from: '2026-08-17', to: '2027-06-18', courseId: course.id },
    'themes.list': { courseId: course.id },
    'themes.get': { id: theme.id },
    'themes.create': { courseId: course.id, name: 'På jobb i barnehagen', startDate: '2026-09-07', endDate: '2026-10-16', keyWords: ['bleie', 'حفاضة'], goalIds: [goal.id], note: 'x' },
    'themes.update': { id: theme.id, name: 'Helse', keyWords: ['lege'], goalIds: [] },
    'themes.delete': { id: theme.id },
    'themes.restore': { id: theme.id },
    'lessons.week': { courseId: course.id, isoYear: 2026, isoWeek: 38 },
    'lessons.get': { id: lesson.id },
    'lessons.create': { courseId: course.id, date: '2026-09-15', startTime: '09:00', endTime: '11:30', title: 'Verktøy', themeId: theme.id, goalIds: [goal.id], support: { assistantIds: [staff.id], languages: ['ar'] }, bodyHtml: '<p>Hei</p>', locked: true },
    'lessons.update': { id: lesson.id, title: 'Ny tittel', bodyHtml: '<p dir="rtl">مرحبا</p>', support: null, status: 'planned' },
    'lessons.delete': { id: lesson.id },
    'lessons.restore': { id: lesson.id },
    'lessons.move': { id: lesson.id, date: '2026-09-16', slotIndex: 0 },
    'lessons.generate': { courseId: course.id, from: '2026-09-14', to: '2026-09-25', startTime: '09:00', endTime: '14:00', titlePrefix: 'Økt', confirm: false },
    'lessons.bump': { courseId: course.id, fromDate: '2026-09-14', direction: 1 },
    'lessons.applyMoves': { moves: [{ id: lesson.id, date: '2026-09-14', slotIndex: 0 }] },
    'lessons.cancelToEnd': { id: lesson.id },
    'lessons.versions': { id: lesson.id },
    'lessons.restoreVersion': { id: lesson.id, versionId: lesson.id },
    'lessons.copyPreview': { kind: 'period', sourceCourseId: course.id, from: '2026-09-01', to: '2026-09-30', targetCourseId: course.id, targetStartDate: '2026-10-05' },
    'lessons.copyCommit': { kind: 'theme', themeId: theme.id, targetCourseId: course.id, targetStartDate: '2026-11-02' },
    'lessons.deleteMany': { ids: [lesson.id], themeIds: [theme.id] },
    'attendance.forLesson': { lessonId: lesson.id },
    'attendance.record': { lessonId: lesson.id, entries: [{ participantId: participant.id, status: 'partial', minutesAttended: 45, note: 'Legetime' }] },
    'attendance.markAllPresent': { lessonId: lesson.id },
    'attendance.ledger': { participantId: participant.id, courseId: course.id },
    'attendance.courseSummary': { courseId: course.id },
    'practiceSites.list': { search: 'lager', trade: 'lager-og-logistikk' },
    'practiceSites.get': { id: site.id },
    'practiceSites.create': { name: 'مطعم الساحل', orgNumber: '987 654 325', address: 'Eksempelgata 2', trade: 'restaurant-og-kjokken', contacts: [{ name: 'Per Fadder', role: 'buddy', phone: '+47 400 00 000', email: 'per@example.no' }], note: 'x' },
    'practiceSites.update': { id: site.id, orgNumber: null, contacts: [{ name: 'Ola', role: 'contact' }] },
    'practiceSites.delete': { id: site.id },
    'practiceSites.restore': { id: site.id },
    'placements.list': { siteId: site.id },
    'placements.get': { id: placement.id },
    'placements.create': { participantId: participant.id, siteId: site.id, startDate: '2027-02-01', endDate: '2027-06-18', weekdays: ['tue', 'wed'], note: 'x' },
    'placements.update': { id: placement.id, endDate: '2027-01-15', weekdays: ['mon', 'fri'] },
    'placements.delete': { id: placement.id },
    'placements.restore': { id: placement.id },
    'trainingPlans.get': { placementId: placement.id },
    'trainingPlans.update': { id: placement.id, agreedOn: '2026-08-20', agreedWith: 'Per Fadder', goalIds: [goal.id], tasks: [{ text: 'Telle varer', status: 'practising' }], note: 'x' },
    'statusMeetings.list': { placementId: placement.id },
    'statusMeetings.create': { placementId: placement.id, date: '2027-01-15', attendees: ['participant', 'buddy'], otherAttendees: 'Tolk', agreed: 'x', nextSteps: 'y' },
    'statusMeetings.update': { id: meeting.id, date: '2026-11-21', attendees: ['teacher'], agreed: 'x' },
    'statusMeetings.delete': { id: meeting.id },
    'statusMeetings.restore': { id: meeting.id },
    'siteVisits.list': { placementId: placement.id },
    'siteVisits.create': { placementId: placement.id, date: '2026-10-15', observed: 'x', material: 'y', followUp: 'z' },
    'siteVisits.update': { id: visit.id, date: '2026-09-16', observed: 'x' },
    'siteVisits.delete': { id: visit.id },
    'siteVisits.restore': { id: visit.id },
    'buddyTasks.list': { placementId: placement.id },
    'buddyTasks.create': { placementId: placement.id, text: 'Vis vaktlista', givenOn: '2026-09-15', dueOn: '2026-09-22', status: 'given', answer: '' },
    'buddyTasks.update': { id: buddyTask.id, status: 'answered', answeredOn: '2026-09-10', answer: 'Gikk fint' },
    'buddyTasks.delete': { id: buddyTask.id },
    'buddyTasks.restore': { id: buddyTask.id },
    'practiceFollowUp.overview': { today: '2026-11-20' },
    'practiceFollowUp.hours': { placementId: placement.id, today: '2026-11-20' },
    'practiceFollowUp.nextMeeting': { placementId: placement.id, today: '2026-11-20' },
    'print.weekPlan': { courseId: course.id, isoYear: 2026, isoWeek: 38 },
    'print.assistantPlan': { courseId: course.id, from: '2026-09-14' },
    'print.substitutePacket': { courseId: course.id, date: '2026-09-14' },
    'print.trainingPlan': { placementId: placement.id },
    'print.buddyTask': { id: buddyTask.id },
    'assessments.profile': { participantId: participant.id },
    'assessments.create': { participantId: participant.id, skill: 'skrive', level: 'B1', date: '2026-09-14', source: 'mock', comment: 'x', lessonIds: [lesson.id], materialIds: [], recordedBy: staff.id },
    'assessments.update': { id: assessment.id, level: 'A2', comment: 'x', lessonIds: [], reason: 'x' },
    'assessments.delete': { id: assessment.id },
    'assessments.restore': { id: assessment.id },
    'assessments.audit': { participantId: participant.id },
    'assessments.classMatrix': { courseId: course.id },
    'assessments.goalCoverage': { participantId: participant.id },
    'assessments.setGoalAchieved': { participantId: participant.id, goalId: 'sb-goal-0001', achievedOn: '2026-09-14' },
    'assessments.alignment': {},
    'assessments.evidenceOptions': { participantId: participant.id },
    'norskproven.create': { participantId: participant.id, date: '2026-06-10', test: 'a1-b2', note: 'x', results: [{ part: 'skriftlig', result: 'A2', levelPair: 'A1-A2' }, { part: 'muntlig', result: 'B1', levelPair: 'A1-A2' }] },
    'norskproven.addResult': { sittingId: sitting.id, part: 'lytteforstaelse', result: 'under-A1', levelPair: null },
    'norskproven.delete': { id: sitting.id },
    'norskproven.restore': { id: sitting.id },
    'levelTargets.create': { participantId: participant.id, skill: 'lese', level: 'B1', dueDate: '2027-06-01', note: 'x' },
    'levelTargets.update': { id: target.id, level: 'B1', dueDate: '2027-04-30', note: 'x', dropped: false },
    'levelTargets.delete': { id: target.id },
    'levelTargets.restore': { id: target.id },
    'selfAssessments.record': { participantId: participant.id, date: '2026-09-14', ticked: ['lese-a1-1', 'produksjon-a1-1'] },
    'print.classMatrix': { courseId: course.id },
    'print.selfAssessment': { participantId: participant.id },
    'glossary.overview': {},
    'glossary.list': { search: 'حفاضة', themeId: theme.id, withoutTheme: false },
    'glossary.get': { id: glossaryTerm.id },
    'glossary.create': { term: 'smokk', wordClass: 'noun', example: 'x', materialId: null, themeIds: [theme.id], lessonIds: [lesson.id] },
    'glossary.update': { id: glossaryTerm.id, term: 'bleia', wordClass: null, themeIds: [], lessonIds: [] },
    'glossary.delete': { id: glossaryTerm.id },
    'glossary.restore': { id: glossaryTerm.id },
    'glossary.lessonOptions': { id: glossaryTerm.id },
    'glossary.translations.create': { termId: glossaryTerm.id, language: 'ti', text: 'ዳይፐር', transliteration: 'daiper', example: 'x', direction: 'ltr', status: 'checked', authorId: staff.id },
    'glossary.translations.update': { id: glossaryTranslation.id, text: 'حفاض', status: 'checked', direction: 'rtl', authorId: null },
    'glossary.translations.delete': { id: glossaryTranslation.id },
    'glossary.translations.restore': { id: glossaryTranslation.id },
    'glossary.languages.list': {},
    'glossary.languages.create': { code: 'tmh', name: 'tamasjek', direction: 'ltr' },
    'glossary.languages.update': { id: userLanguage.id, name: 'hausa (Nigeria)', direction: 'ltr' },
    'glossary.languages.delete': { id: userLanguage.id },
    'glossary.languages.restore': { id: userLanguage.id },
    'glossary.import.preview': { format: 'csv', contentBase64: 'bm9yd2VnaWFuO3dvcmRfY2xhc3M7YXIKc21va2s7bm91bjvZhNmH2KfZitipCg==', themeId: theme.id },
    'glossary.import.commit': { format: 'csv', contentBase64: 'bm9yd2VnaWFuO3dvcmRfY2xhc3M7YXIKc21va2s7bm91bjvZhNmH2KfZitipCg==' },
    'glossary.export': { format: 'tbx', themeId: theme.id, languages: ['ar'] },
    'print.wordList': { themeId: theme.id, languages: ['ar', 'ti'] },
    'print.flashcards': { themeId: theme.id, language: 'ar' },
    'exchange.export': { courseId: course.id, assistantId: staff.id, from: '2026-09-07', weeks: 3 },
    'exchange.sent.list': { courseId: course.id },
    'exchange.inspect': { data: returnedPackage.data },
    'exchange.merge': { data: returnedPackage.data, choices: [{ termId: glossaryTerm.id, language: 'ar', take: 'centre' }] },
    'exchange.undoMerge': { mergeId: '01900000-0000-7000-8000-0000000000e1' },
    'exchange.receive': { data: sentPackage.data },
    'exchange.received.list': {},
    'exchange.received.get': { id: receivedId },
    'exchange.returnPackage': { id: receivedId },
    'translationTasks.list': { assistantId: staff.id, language: 'ar', courseId: course.id, dueBefore: '2026-12-31', includeDone: true, today: '2026-09-01' },
    'translationTasks.create': { lessonId: lesson.id, language: 'ti', assigneeId: staff.id, note: 'Før mandag' },
    'translationTasks.update': { id: translationTask.id, status: 'inProgress', note: 'Halvveis', dueDate: '2026-09-07' },
    'translationTasks.delete': { id: translationTask.id },
    'translationTasks.restore': { id: translationTask.id },
    'translationTasks.forLesson': { lessonId: lesson.id },
    'plansForMe.get': { staffId: staff.id, from: '2026-09-14' },
    'documents.centre.get': {},
    'documents.centre.update': { name: 'Fjordby læringssenter', address: 'Storgata 1', signerName: 'Siri Berg', signerTitle: 'Rektor', accentColour: '#224466', logo: null },
    'documents.texts.get': { kind: 'practice', language: 'en' },
    'documents.texts.update': { kind: 'endLetter', language: 'nn', texts: { title: 'Sluttbrev', intro: 'Hei {{name}}.', closing: 'Helsing oss' } },
    'documents.preview': { kind: 'diploma', language: 'nb', texts: { title: 'Diplom', intro: 'for {{course}}', closing: '' } },
    'documents.candidates': { courseId: course.id, kind: 'course' },
    'documents.issue': { kind: 'course', language: 'nb', courseId: course.id, documents: [{ participantId: participant.id, includeLevels: true, endedEarlyReason: 'Fikk jobb' }] },
    'documents.list': { search: 'SB-', kind: 'course', courseId: course.id },
    'documents.revoke': { id: issuedDocument.id, reason: 'Feil navn' },
    'print.documents': { ids: [issuedDocument.id] },
    'credentials.issuer': {},
    'credentials.export': { documentId: issuedDocument.id },
    'credentials.verify': { source: 'serial', serial: 'SB-2026-000001' },
    'credentials.check': { checkId: '01900000-0000-7000-8000-0000000000e2' },
    'materials.list': { participantId: participant.id, kind: 'pdf', search: 'skjema', offset: 0, limit: 50 },
    'materials.get': { id: material.id },
    'materials.update': { id: material.id, caption: 'Skjema', tags: ['lager'], goalIds: [goal.id], othersAppear: true, othersConsent: true, placementId: placement.id },
    'materials.delete': { id: material.id },
    'materials.restore': { id: material.id },
    'materials.tags': {},
    'materials.evidence': { participantId: participant.id, placementId: placement.id },
    'print.material': { id: material.id },
    'goals.search': { query: 'barneh', level: 'A2', skill: 'lese', domain: 'barnehage-og-skole', includeRetired: true, limit: 20 },
    'goals.get': { id: 'sb-goal-0001' },
    'goals.create': { level: 'B1', skill: 'skrive', domain: 'helse', trade: 'helse-og-omsorg', textNb: 'Jeg kan skrive en rapport', textEn: 'I can write a report' },
    'goals.update': { id: fuzzGoal.id, textNb: 'Jeg kan lese en ny vaktliste', level: 'A2', trade: null },
    'goals.delete': { id: fuzzGoal.id },
    'goals.restore': { id: fuzzGoal.id },
    'goals.importPreview': { format: 'csv', content: 'level;skill;domain;trade;nb;en\nA1;lese;bolig;;Jeg kan lese en lapp;I can read a note' },
    'goals.importCommit': { format: 'grep-json', content: '[{"id": "x", "tittel": "ta imot varer"}]', defaults: { level: 'A1', skill: 'lese', domain: 'bolig', trade: 'butikk' } },
  };
});
afterAll(() => db.close());

/** Why `result` is not a well-formed envelope, or undefined when it is. */
function envelopeProblem(result: unknown): string | undefined {
  if (result === null || typeof result !== 'object') return 'not an object';
  const envelope = result as Record<string, unknown>;
  if (envelope.ok === true) {
    return Object.keys(envelope).sort().join() === 'ok,value' ? undefined : 'ok envelope with extra keys';
  }
  if (envelope.ok !== false) return 'ok is not a boolean';
  const error = envelope.error as { code?: unknown; issues?: { path: unknown; code: unknown }[] } | undefined;
  if (!error || !(errorCodes as readonly unknown[]).includes(error.code)) return `unknown error code ${String(error?.code)}`;
  for (const issue of error.issues ?? []) {
    if (typeof issue.path !== 'string') return 'issue path is not a string';
    if (!(fieldIssueCodes as readonly unknown[]).includes(issue.code)) return `unknown issue code ${String(issue.code)}`;
  }
  try {
    // It must cross IPC (structured clone) and HTTP (JSON).
    structuredClone(result);
    JSON.stringify(result);
  } catch (error) {
    return `cannot be sent: ${String(error)}`;
  }
  return undefined;
}

const describeInput = (input: unknown) => {
  try {
    return JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 300) ?? String(input);
  } catch {
    return String(input);
  }
};

describe('API fuzz', () => {
  it('starts from valid inputs that the schemas accept (so the mutations below are the only fault)', () => {
    for (const method of methodNames) {
      expect(contract[method].input.safeParse(validInputs[method]).success, method).toBe(true);
    }
  });

  it.each(methodNames)('%s answers malformed input with a validation envelope and changes nothing', (method) => {
    const rng = prng(seed ^ [...method].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), 7));
    const before = hashDatabase(db);
    const skipValidationCheck = hasEmptyInput(method);
    const failures: string[] = [];
    let checked = 0;
    for (let i = 0; i < inputsPerMethod && failures.length < 5; i++) {
      const { kind, input, mustBeValidation } = generate(method, validInputs[method], rng);
      const fail = (why: string) => failures.push(`${method} #${i} (${kind}, seed ${seed}): ${why}; input ${describeInput(input)}`);
      let result: Result<unknown>;
      try {
        result = api.call(method, input, { role: 'teacher' });
      } catch (error) {
        fail(`threw ${String(error)}`);
        continue;
      }
      const problem = envelopeProblem(result);
      if (problem) fail(`bad envelope: ${problem}`);
      if (internalErrors.length > 0) fail(`internal error: ${String(internalErrors.splice(0)[0]?.error)}`);
      if (!mustBeValidation || skipValidationCheck) continue;
      checked++;
      if (contract[method].input.safeParse(input ?? {}).success) fail('the generator made a valid input');
      else if (result.ok || result.error.code !== 'validation') fail(`answered ${JSON.stringify(result).slice(0, 200)}`);
      else if (!result.error.issues?.length) fail('validation error without field issues');
    }
    expect(failures).toEqual([]);
    expect(hashDatabase(db), `${method} changed the database`).toBe(before);
    if (!skipValidationCheck) expect(checked).toBeGreaterThan(inputsPerMethod / 2);
  });

  it('never pollutes Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('answers unknown_method to every name outside the contract', () => {
    const rng = prng(seed);
    const names: unknown[] = [
      '', 'staff', 'staff.', '.list', 'staff.drop', 'STAFF.LIST', 'staff.list ', '__proto__', 'constructor', 'toString',
      'hasOwnProperty', 'valueOf', 'participants.list\u0000', 'staff/list', hugeString, 1, null, undefined, {}, [], ['staff.list'],
      { toString: () => 'staff.list' }, 10n, true,
    ];
    for (let i = 0; i < 200; i++) names.push(randomString(rng), junk(rng));
    const before = hashDatabase(db);
    for (const name of names) {
      if (typeof name === 'string' && (methodNames as readonly string[]).includes(name)) continue;
      const result = api.call(name, {}, { role: 'admin' });
      expect(result, describeInput(name)).toEqual({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(hashDatabase(db)).toBe(before);
  });
});
