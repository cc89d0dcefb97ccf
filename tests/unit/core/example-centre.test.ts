import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDatabase } from '../helpers/db-dump';
import { addParticipant, errorOf } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.db.close());

describe('exampleCentre.create', () => {
  it('creates one class of 12 participants with a teacher and 2 assistants', () => {
    expect(api.call('exampleCentre.create', {})).toEqual({ ok: true, value: null });
    const staff = api.value('staff.list', {});
    expect(staff.filter((s) => s.role === 'assistant')).toHaveLength(2);
    expect(staff.filter((s) => s.role === 'teacher')).toHaveLength(1);
    const [course, ...others] = api.value('courses.list', {});
    expect(others).toEqual([]);
    expect(course!.participantIds).toHaveLength(12);
    expect(course!.assistantIds).toHaveLength(2);
    expect(api.value('participants.list', {})).toHaveLength(12);
    expect(api.value('app.info', {}).counts).toEqual({ staff: 3, courses: 1, participants: 12 });
    expect(api.value('settings.get', {}).welcomeDone).toBe(true);
  });

  it('gives Arabic and Tigrinya groups with assistants, and leaves Dari and Somali uncovered', () => {
    api.value('exampleCentre.create', {});
    const [course] = api.value('courses.list', {});
    const { groups, uncoveredParticipantIds } = api.value('courses.languageGroups', { id: course!.id });
    const summary = Object.fromEntries(groups.map((g) => [g.language, { size: g.participantIds.length, assistants: g.assistantIds.length }]));
    expect(summary).toEqual({
      ar: { size: 3, assistants: 1 },
      ti: { size: 3, assistants: 1 },
      prs: { size: 3, assistants: 0 },
      so: { size: 3, assistants: 0 },
    });
    const uncoveredTongues = uncoveredParticipantIds.map((id) => api.value('participants.get', { id }).motherTongues[0]);
    expect(uncoveredTongues.sort()).toEqual(['prs', 'prs', 'prs', 'so', 'so', 'so']);
  });

  it('writes names in their own scripts', () => {
    api.value('exampleCentre.create', {});
    const names = api.value('participants.list', {}).map((p) => `${p.givenName} ${p.familyName}`);
    expect(names.some((name) => /[\u0600-\u06FF]/u.test(name))).toBe(true);
    expect(names.some((name) => /[\u1200-\u137F]/u.test(name))).toBe(true);
  });

  it('is refused with conflict the second time, changing nothing', () => {
    api.value('exampleCentre.create', {});
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('exampleCentre.create', {})).code).toBe('conflict');
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('is refused when the centre already has participants of its own', () => {
    addParticipant(api);
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('exampleCentre.create', {})).code).toBe('conflict');
    expect(hashDatabase(api.db)).toBe(before);
    expect(api.value('settings.get', {}).welcomeDone).toBe(false);
  });
});
