import { beforeEach, describe, expect, it } from 'vitest';
import { addCourse, addParticipant, errorOf, missingId } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { hashDatabase } from '../../helpers/db-dump';

let api: TestApi;
let participantId: string;

beforeEach(() => {
  api = createTestApi();
  participantId = addParticipant(api).id;
});

const observe = (extra: Record<string, unknown> = {}) =>
  api.call('assessments.create', { participantId, skill: 'muntlig', level: 'A1/A2', date: '2026-09-14', source: 'observation', ...extra } as never);

const fourParts = [
  { part: 'leseforstaelse', result: 'A2' },
  { part: 'lytteforstaelse', result: 'B1' },
  { part: 'skriftlig', result: 'A2', levelPair: 'A1-A2' },
  { part: 'muntlig', result: 'B1', levelPair: 'A1-A2' },
] as const;

describe('assessments', () => {
  it('records a teacher observation between two levels, with its lesson as evidence', () => {
    const course = addCourse(api);
    const lesson = api.value('lessons.create', { courseId: course.id, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: 'Samtale på jobb' });
    const created = api.value('assessments.create', {
      participantId, skill: 'muntlig', level: 'A1/A2', date: '2026-09-14', source: 'observation', comment: 'Godt i gang', lessonIds: [lesson.id],
    });
    expect(created).toMatchObject({ level: 'A1/A2', source: 'observation', recordedBy: null, recordedByName: null, corrected: false });
    expect(created.lessons).toEqual([{ id: lesson.id, title: 'Samtale på jobb', date: '2026-09-14' }]);
    const profile = api.value('assessments.profile', { participantId });
    expect(profile.standings.find((s) => s.skill === 'muntlig')?.current).toEqual({ level: 'A1/A2', date: '2026-09-14', source: 'observation' });
  });

  it('refuses impossible dates, future dates, unknown skills and levels, between-levels mock tests: nothing stored', () => {
    const before = hashDatabase(api.db);
    expect(errorOf(observe({ date: '2026-02-30' })).issues).toEqual([{ path: 'date', code: 'invalidDate' }]);
    expect(errorOf(observe({ date: '2100-01-01' })).issues).toEqual([{ path: 'date', code: 'futureDate' }]);
    expect(errorOf(observe({ skill: 'snakke' })).issues).toEqual([{ path: 'skill', code: 'invalidValue' }]);
    expect(errorOf(observe({ level: 'A3' })).issues).toEqual([{ path: 'level', code: 'invalidValue' }]);
    expect(errorOf(observe({ source: 'mock' })).issues).toEqual([{ path: 'level', code: 'invalidValue' }]);
    expect(errorOf(observe({ source: 'official', level: 'A2' })).issues).toEqual([{ path: 'source', code: 'invalidValue' }]);
    expect(errorOf(observe({ participantId: missingId })).issues).toEqual([{ path: 'participantId', code: 'unknownParticipant' }]);
    expect(errorOf(observe({ lessonIds: [missingId] })).issues).toEqual([{ path: 'lessonIds.0', code: 'invalidValue' }]);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('writes every change of a level to the audit trail: create, correction, delete, restore', () => {
    const created = api.value('assessments.create', { participantId, skill: 'lese', level: 'A1', date: '2026-09-01', source: 'mock' });
    api.value('assessments.update', { id: created.id, level: 'A2' });
    api.value('assessments.delete', { id: created.id });
    api.value('assessments.restore', { id: created.id });
    const audit = api.value('assessments.audit', { participantId });
    expect(audit.map((line) => [line.action, line.oldLevel, line.newLevel])).toEqual([
      ['restore', null, 'A2'],
      ['delete', 'A2', null],
      ['correct', 'A1', 'A2'],
      ['create', null, 'A1'],
    ]);
    expect(audit.every((line) => line.changedBy === null && line.changedAt.length > 0)).toBe(true);
    expect(api.value('assessments.profile', { participantId }).history[0]).toMatchObject({ level: 'A2', corrected: true });
  });
});

describe('Norskprøven sittings', () => {
  it('stores a sitting with four sub-tests as official results on the sitting’s date', () => {
    const sitting = api.value('norskproven.create', { participantId, date: '2026-03-10', results: [...fourParts] });
    expect(sitting.results.map((result) => [result.part, result.level, result.levelPair])).toEqual([
      ['leseforstaelse', 'A2', null],
      ['lytteforstaelse', 'B1', null],
      ['skriftlig', 'A2', 'A1-A2'],
      ['muntlig', 'B1', 'A1-A2'],
    ]);
    const profile = api.value('assessments.profile', { participantId });
    expect(profile.history.every((item) => item.source === 'official' && item.date === '2026-03-10')).toBe(true);
    expect(profile.sittings).toHaveLength(1);
  });

  it('refuses a writing result above its pair and a sub-test twice in one sitting: nothing stored', () => {
    const before = hashDatabase(api.db);
    const above = api.call('norskproven.create', { participantId, date: '2026-03-10', results: [{ part: 'skriftlig', result: 'B1', levelPair: 'A1-A2' }] });
    expect(errorOf(above).issues).toEqual([{ path: 'results.0.result', code: 'aboveLevelPair' }]);
    const twice = api.call('norskproven.create', { participantId, date: '2026-03-10', results: [{ part: 'lytteforstaelse', result: 'A2' }, { part: 'lytteforstaelse', result: 'B1' }] });
    expect(errorOf(twice).issues).toEqual([{ path: 'results.1.part', code: 'duplicate' }]);
    const between = api.call('norskproven.create', { participantId, date: '2026-03-10', results: [{ part: 'leseforstaelse', result: 'A1/A2' }] });
    expect(errorOf(between).issues).toEqual([{ path: 'results.0.result', code: 'invalidValue' }]);
    expect(hashDatabase(api.db)).toBe(before);

    const sitting = api.value('norskproven.create', { participantId, date: '2026-03-10', results: [{ part: 'lytteforstaelse', result: 'A2' }] });
    expect(errorOf(api.call('norskproven.addResult', { sittingId: sitting.id, part: 'lytteforstaelse', result: 'B1' })).issues).toEqual([
      { path: 'part', code: 'subTestTaken' },
    ]);
    expect(errorOf(api.call('norskproven.addResult', { sittingId: sitting.id, part: 'skriftlig', result: 'B2', levelPair: 'A2-B1' })).issues).toEqual([
      { path: 'result', code: 'aboveLevelPair' },
    ]);
    expect(api.value('norskproven.addResult', { sittingId: sitting.id, part: 'muntlig', result: 'B2', levelPair: 'A2-B1' }).results).toHaveLength(2);
  });

  it('keeps the best result per part over all sittings', () => {
    api.value('norskproven.create', { participantId, date: '2025-03-10', results: [{ part: 'muntlig', result: 'B1', levelPair: 'A2-B1' }] });
    api.value('norskproven.create', { participantId, date: '2026-03-10', results: [{ part: 'muntlig', result: 'A2', levelPair: 'A2-B1' }] });
    const muntlig = api.value('assessments.profile', { participantId }).standings.find((item) => item.skill === 'muntlig');
    expect(muntlig?.official).toEqual({ level: 'B1', date: '2025-03-10', source: 'official' });
    // The latest judgement is the later, lower one; the certificate keeps the best.
    expect(muntlig?.current?.level).toBe('A2');
  });

  it('never corrects an official result silently: a reason is needed and the old value is kept', () => {
    const sitting = api.value('norskproven.create', { participantId, date: '2026-03-10', results: [{ part: 'skriftlig', result: 'A1', levelPair: 'A1-A2' }] });
    const id = sitting.results[0]!.assessmentId;
    expect(errorOf(api.call('assessments.update', { id, level: 'A2' })).issues).toEqual([{ path: 'reason', code: 'reasonRequired' }]);
    expect(errorOf(api.call('assessments.update', { id, level: 'B1', reason: 'Feil ført' })).issues).toEqual([{ path: 'level', code: 'aboveLevelPair' }]);
    expect(errorOf(api.call('assessments.update', { id, level: 'A1/A2', reason: 'Feil ført' })).issues).toEqual([{ path: 'level', code: 'invalidValue' }]);
    expect(errorOf(api.call('assessments.update', { id, date: '2026-03-11', reason: 'Feil dato' })).issues).toEqual([{ path: 'date', code: 'sittingDate' }]);
    const corrected = api.value('assessments.update', { id, level: 'A2', reason: 'Skrivefeil ved registrering' });
    expect(corrected).toMatchObject({ level: 'A2', corrected: true });
    const correction = api.value('assessments.audit', { participantId })[0];
    expect(correction).toMatchObject({ action: 'correct', oldLevel: 'A1', newLevel: 'A2', reason: 'Skrivefeil ved registrering', source: 'official' });
  });

  it('takes results out of sight with a deleted sitting and back with it, each in the audit trail', () => {
    const sitting = api.value('norskproven.create', { participantId, date: '2026-03-10', results: [...fourParts] });
    api.value('norskproven.delete', { id: sitting.id });
    expect(api.value('assessments.profile', { participantId }).history).toEqual([]);
    expect(api.value('norskproven.restore', { id: sitting.id }).results).toHaveLength(4);
    const actions = api.value('assessments.audit', { participantId }).map((line) => line.action);
    expect(actions.filter((action) => action === 'delete')).toHaveLength(4);
    expect(actions.filter((action) => action === 'restore')).toHaveLength(4);
  });
});

describe('targets', () => {
  it('works out the status from the levels: open, reached, dropped', () => {
    const target = api.value('levelTargets.create', { participantId, skill: 'muntlig', level: 'A2', dueDate: '2099-03-31' });
    expect(target.status).toBe('open');
    api.value('assessments.create', { participantId, skill: 'muntlig', level: 'A1/A2', date: '2026-09-14', source: 'observation' });
    expect(api.value('assessments.profile', { participantId }).targets[0]?.status).toBe('open');
    api.value('norskproven.create', { participantId, date: '2026-10-01', results: [{ part: 'muntlig', result: 'A2', levelPair: 'A1-A2' }] });
    expect(api.value('assessments.profile', { participantId }).targets[0]?.status).toBe('reached');
    const other = api.value('levelTargets.create', { participantId, skill: 'skrive', level: 'B1', dueDate: '2020-01-01' });
    expect(other.status).toBe('overdue');
    expect(api.value('levelTargets.update', { id: other.id, dropped: true }).status).toBe('dropped');
  });
});

describe('self-assessment', () => {
  it('stores one level per skill from the ticked lines, shown beside the teacher’s and never averaged', () => {
    api.value('assessments.create', { participantId, skill: 'lese', level: 'B1', date: '2026-09-01', source: 'observation' });
    const levels = api.value('selfAssessments.record', { participantId, date: '2026-09-14', ticked: ['lese-a1-1', 'lese-a1-2', 'skrive-a1-1'] });
    expect(levels.map((item) => [item.skill, item.level, item.source])).toEqual([
      ['lese', 'A1', 'self'], ['lytte', 'under-A1', 'self'], ['skrive', 'under-A1', 'self'], ['muntlig', 'under-A1', 'self'],
    ]);
    expect(levels[2]?.checklist).toEqual(['skrive-a1-1']);
    const lese = api.value('assessments.profile', { participantId }).standings.find((item) => item.skill === 'lese');
    expect(lese?.current?.level).toBe('B1');
    expect(lese?.self?.level).toBe('A1');
    expect(errorOf(api.call('assessments.update', { id: levels[0]!.id, level: 'B1' })).issues).toEqual([{ path: 'level', code: 'selfAssessmentOwn' }]);
    expect(errorOf(api.call('selfAssessments.record', { participantId, date: '2026-09-14', ticked: ['ukjent-linje'] })).issues).toEqual([
      { path: 'ticked.0', code: 'invalidValue' },
    ]);
  });
});

describe('class matrix', () => {
  it('lines up participants × skills with the change since the course started', () => {
    const course = addCourse(api, { startDate: '2026-08-17', endDate: '2027-06-18' });
    const other = addParticipant(api, { givenName: 'Abebe', familyName: 'Tesfaye' });
    api.value('courses.enrol', { courseId: course.id, participantId });
    api.value('courses.enrol', { courseId: course.id, participantId: other.id });
    api.value('assessments.create', { participantId, skill: 'muntlig', level: 'A1', date: '2026-06-01', source: 'observation' });
    api.value('assessments.create', { participantId, skill: 'muntlig', level: 'A2', date: '2026-10-01', source: 'observation' });
    api.value('selfAssessments.record', { participantId, date: '2026-10-02', ticked: [] });
    const matrix = api.value('assessments.classMatrix', { courseId: course.id });
    expect(matrix.rows.map((row) => row.name)).toEqual(['Abebe Tesfaye', 'Hodan Warsame']);
    expect(matrix.rows[1]?.skills.muntlig).toEqual({ current: 'A2', official: null, self: 'under-A1', atStart: 'A1', change: 2 });
    expect(matrix.rows[0]?.skills.lese).toEqual({ current: null, official: null, self: null, atStart: null, change: null });
  });
});

describe('goal coverage', () => {
  it('shows goals worked on in the participant’s lessons and those judged achieved', () => {
    const course = addCourse(api);
    api.value('courses.enrol', { courseId: course.id, participantId });
    const lesson = api.value('lessons.create', { courseId: course.id, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: 'Økt', goalIds: ['sb-goal-0001'] } as never);
    expect(lesson.id).toBeTruthy();
    const coverage = api.value('assessments.goalCoverage', { participantId });
    expect(coverage.map((row) => [row.goalId, row.lessonCount, row.achievedOn])).toEqual([['sb-goal-0001', 1, null]]);
    const judged = api.value('assessments.setGoalAchieved', { participantId, goalId: 'sb-goal-0001', achievedOn: '2026-09-20' });
    expect(judged[0]?.achievedOn).toBe('2026-09-20');
    expect(api.value('assessments.setGoalAchieved', { participantId, goalId: 'sb-goal-0001', achievedOn: null })[0]?.achievedOn).toBeNull();
  });
});

describe('printing', () => {
  it('prints the class matrix on one landscape page and the checklist with the participant’s name', () => {
    const course = addCourse(api, { name: 'Norsk A2 arbeid' });
    api.value('courses.enrol', { courseId: course.id, participantId });
    api.value('assessments.create', { participantId, skill: 'lese', level: 'A2', date: '2026-09-01', source: 'mock' });
    const matrix = api.value('print.classMatrix', { courseId: course.id });
    expect(matrix.landscape).toBe(true);
    expect(matrix.html).toContain('Hodan Warsame');
    expect(matrix.fileName).toMatch(/Norsk A2 arbeid\.pdf$/);
    const checklist = api.value('print.selfAssessment', { participantId });
    expect(checklist.html).toContain('Hodan Warsame');
    expect(checklist.html).toContain('<svg');
    expect(api.value('print.selfAssessment', {}).html).toContain('____');
  });
});
