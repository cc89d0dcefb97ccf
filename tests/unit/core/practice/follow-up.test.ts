import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashDatabase } from '../../helpers/db-dump';
import { errorOf, missingId, uuidV7 } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addPlacement } from './helpers';

let api: TestApi;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-09-14T08:00:00.000Z'));
  api = createTestApi();
});
afterEach(() => {
  vi.useRealTimers();
  api.db.close();
});

const addGoal = (textNb: string) => api.value('goals.create', { level: 'A2', skill: 'lese', domain: 'arbeidsliv', textNb });

describe('training plans', () => {
  it('starts empty, stores goals in order in training_plan_goal, work tasks with status and the agreement', () => {
    const { placement } = addPlacement(api);
    expect(api.value('trainingPlans.get', { placementId: placement.id })).toMatchObject({
      id: placement.id, placementId: placement.id, agreedOn: null, agreedWith: '', goalIds: [], tasks: [], note: '',
    });
    const first = addGoal('Jeg kan spørre en kollega om hjelp');
    const second = addGoal('Jeg kan forstå en vaktliste');
    const plan = api.value('trainingPlans.update', {
      id: placement.id,
      goalIds: [second.id, first.id],
      tasks: [{ text: 'Dekke på til lunsj', status: 'practising' }, { text: 'Rydde garderoben', status: 'planned' }],
      agreedOn: '2026-09-01',
      agreedWith: 'Kari Eksempel (fadder)',
    });
    expect(plan).toMatchObject({ goalIds: [second.id, first.id], agreedOn: '2026-09-01', agreedWith: 'Kari Eksempel (fadder)' });
    expect(api.db.prepare('SELECT goal_id, position FROM training_plan_goal WHERE placement_id = ? ORDER BY position').all(placement.id)).toEqual([
      { goal_id: second.id, position: 0 },
      { goal_id: first.id, position: 1 },
    ]);
    // A partial update leaves the rest alone.
    const later = api.value('trainingPlans.update', { id: placement.id, tasks: [{ text: 'Dekke på til lunsj', status: 'mastered' }] });
    expect(later).toMatchObject({ goalIds: [second.id, first.id], tasks: [{ text: 'Dekke på til lunsj', status: 'mastered' }], agreedOn: '2026-09-01' });
    expect(api.value('trainingPlans.get', { placementId: placement.id })).toEqual(later);
  });

  it('refuses an unknown goal, a duplicate goal, a bad task status and an unknown placement, changing nothing', () => {
    const { placement } = addPlacement(api);
    const goal = addGoal('Jeg kan si fra når jeg er syk');
    const before = hashDatabase(api.db);
    expect(errorOf(api.raw('trainingPlans.update', { id: placement.id, goalIds: [goal.id, 'sb-goal-finnes-ikke'] }))).toEqual({
      code: 'validation', issues: [{ path: 'goalIds.1', code: 'unknownGoal' }],
    });
    expect(errorOf(api.raw('trainingPlans.update', { id: placement.id, goalIds: [goal.id, goal.id] })).issues).toEqual([
      { path: 'goalIds', code: 'duplicate' },
    ]);
    expect(errorOf(api.raw('trainingPlans.update', { id: placement.id, tasks: [{ text: 'Vaske', status: 'done' }] })).issues).toEqual([
      { path: 'tasks.0.status', code: 'invalidValue' },
    ]);
    expect(errorOf(api.raw('trainingPlans.update', { id: missingId, note: 'x' })).code).toBe('not_found');
    expect(hashDatabase(api.db)).toBe(before);
  });
});

describe('status meetings and site visits', () => {
  it('creates, lists newest first, updates, deletes and restores a meeting', () => {
    const { placement } = addPlacement(api);
    const first = api.value('statusMeetings.create', { placementId: placement.id, date: '2026-11-20', attendees: ['teacher', 'participant'] });
    expect(first).toMatchObject({ id: expect.stringMatching(uuidV7), attendees: ['participant', 'teacher'], otherAttendees: '', agreed: '', nextSteps: '' });
    const second = api.value('statusMeetings.create', {
      placementId: placement.id, date: '2027-01-15', attendees: ['buddy'], otherAttendees: 'Tolk (tigrinja)', agreed: 'Mer kundekontakt', nextSteps: 'Ny vaktliste',
    });
    expect(api.value('statusMeetings.list', { placementId: placement.id }).map((m) => m.id)).toEqual([second.id, first.id]);
    expect(api.value('statusMeetings.update', { id: first.id, agreed: 'Lese oppslag' })).toMatchObject({ agreed: 'Lese oppslag', date: '2026-11-20' });
    api.value('statusMeetings.delete', { id: first.id });
    expect(api.value('statusMeetings.list', { placementId: placement.id })).toHaveLength(1);
    expect(api.value('statusMeetings.restore', { id: first.id }).agreed).toBe('Lese oppslag');
    expect(errorOf(api.raw('statusMeetings.create', { placementId: placement.id, date: '2026-02-30' })).issues).toEqual([
      { path: 'date', code: 'invalidDate' },
    ]);
    expect(errorOf(api.raw('statusMeetings.create', { placementId: placement.id, date: '2026-11-20', attendees: ['boss'] })).issues).toEqual([
      { path: 'attendees.0', code: 'invalidValue' },
    ]);
    expect(errorOf(api.raw('statusMeetings.create', { placementId: missingId, date: '2026-11-20' })).issues).toEqual([
      { path: 'placementId', code: 'invalidValue' },
    ]);
  });

  it('hides meetings and visits with their placement and brings them back with it', () => {
    const { placement } = addPlacement(api);
    api.value('statusMeetings.create', { placementId: placement.id, date: '2026-11-20' });
    const visit = api.value('siteVisits.create', { placementId: placement.id, date: '2026-09-15', observed: 'Hilser på barna', material: '3 bilder av vaktlista' });
    expect(visit).toMatchObject({ observed: 'Hilser på barna', material: '3 bilder av vaktlista', followUp: '' });
    api.value('placements.delete', { id: placement.id });
    expect(api.value('statusMeetings.list', { placementId: placement.id })).toEqual([]);
    expect(errorOf(api.raw('siteVisits.get' as never, { id: visit.id })).code).toBe('unknown_method');
    expect(errorOf(api.raw('siteVisits.update', { id: visit.id, followUp: 'x' })).code).toBe('not_found');
    api.value('placements.restore', { id: placement.id });
    expect(api.value('siteVisits.update', { id: visit.id, followUp: 'Øve på ord for klær' }).followUp).toBe('Øve på ord for klær');
    api.value('siteVisits.delete', { id: visit.id });
    expect(api.value('siteVisits.list', { placementId: placement.id })).toEqual([]);
    expect(api.value('siteVisits.restore', { id: visit.id }).id).toBe(visit.id);
  });
});

describe('buddy tasks', () => {
  it('follows the status flow: given → answered (dated today) → given again (date cleared) → dropped', () => {
    const { placement } = addPlacement(api);
    const task = api.value('buddyTasks.create', { placementId: placement.id, text: 'Vis ليلى hvordan vaktlista leses.', givenOn: '2026-09-08', dueOn: '2026-09-15' });
    expect(task).toMatchObject({ status: 'given', answeredOn: null, answer: '', dueOn: '2026-09-15' });
    const answered = api.value('buddyTasks.update', { id: task.id, status: 'answered', answer: 'Hun leste den selv på fredag.' });
    expect(answered).toMatchObject({ status: 'answered', answeredOn: '2026-09-14', answer: 'Hun leste den selv på fredag.' });
    expect(api.value('buddyTasks.update', { id: task.id, answeredOn: '2026-09-11' }).answeredOn).toBe('2026-09-11');
    expect(api.value('buddyTasks.update', { id: task.id, status: 'given' })).toMatchObject({ status: 'given', answeredOn: null });
    expect(api.value('buddyTasks.update', { id: task.id, status: 'dropped' })).toMatchObject({ status: 'dropped', answeredOn: null });
    expect(api.value('buddyTasks.list', { placementId: placement.id })).toHaveLength(1);
    api.value('buddyTasks.delete', { id: task.id });
    expect(api.value('buddyTasks.list', { placementId: placement.id })).toEqual([]);
    expect(api.value('buddyTasks.restore', { id: task.id }).status).toBe('dropped');
  });

  it('refuses an empty text, a due date before the given date, an answer date without an answer, changing nothing', () => {
    const { placement } = addPlacement(api);
    const task = api.value('buddyTasks.create', { placementId: placement.id, text: 'Lær bort tre ord', givenOn: '2026-09-08' });
    const before = hashDatabase(api.db);
    expect(errorOf(api.raw('buddyTasks.create', { placementId: placement.id, text: '  ', givenOn: '2026-09-08' })).issues).toEqual([
      { path: 'text', code: 'required' },
    ]);
    expect(errorOf(api.raw('buddyTasks.create', { placementId: placement.id, text: 'x', givenOn: '2026-09-08', dueOn: '2026-09-07' })).issues).toEqual([
      { path: 'dueOn', code: 'endBeforeStart' },
    ]);
    expect(errorOf(api.raw('buddyTasks.update', { id: task.id, dueOn: '2026-09-01' })).issues).toEqual([{ path: 'dueOn', code: 'endBeforeStart' }]);
    expect(errorOf(api.raw('buddyTasks.update', { id: task.id, answeredOn: '2026-09-10' })).issues).toEqual([
      { path: 'answeredOn', code: 'invalidValue' },
    ]);
    expect(errorOf(api.raw('buddyTasks.update', { id: task.id, status: 'answered', answeredOn: '2026-09-01' })).issues).toEqual([
      { path: 'answeredOn', code: 'endBeforeStart' },
    ]);
    expect(errorOf(api.raw('buddyTasks.update', { id: task.id, status: 'lost' })).issues).toEqual([{ path: 'status', code: 'invalidValue' }]);
    expect(hashDatabase(api.db)).toBe(before);
  });
});

describe('placement hours per day', () => {
  it('defaults to 6, is editable in quarter hours, and refuses nonsense', () => {
    const { placement } = addPlacement(api);
    expect(placement.hoursPerDay).toBe(6);
    expect(api.value('placements.update', { id: placement.id, hoursPerDay: 7.5 }).hoursPerDay).toBe(7.5);
    expect(errorOf(api.raw('placements.update', { id: placement.id, hoursPerDay: 0 })).issues?.[0]?.path).toBe('hoursPerDay');
    expect(errorOf(api.raw('placements.update', { id: placement.id, hoursPerDay: 6.1 })).issues).toEqual([{ path: 'hoursPerDay', code: 'invalidValue' }]);
  });
});
