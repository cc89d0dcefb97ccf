import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDatabase } from '../../helpers/db-dump';
import { errorOf, missingId, uuidV7 } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addGoal, teacherGoal } from './goal-fixtures';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.db.close());

describe('teacher goals', () => {
  it('creates a goal with a UUIDv7 id, found by search', () => {
    const goal = addGoal(api);
    expect(goal).toMatchObject({ source: 'teacher', status: 'active', trade: 'renhold', catalogueVersion: null, deletedAt: null });
    expect(goal.id).toMatch(uuidV7);
    expect(api.value('goals.get', { id: goal.id })).toEqual(goal);
    expect(api.value('goals.search', { query: 'vaktmest gulv' }).map((found) => found.id)).toEqual([goal.id]);
  });

  it('fills trade and English with empty values when left out', () => {
    const goal = api.value('goals.create', { level: 'A1', skill: 'lese', domain: 'bolig', textNb: 'Jeg kan lese en lapp på døra' });
    expect(goal).toMatchObject({ trade: null, textEn: '' });
  });

  it('updates only the given fields, and search follows the new text', () => {
    const goal = addGoal(api);
    const updated = api.value('goals.update', { id: goal.id, textNb: 'Jeg kan avtale vask av trappeoppgangen', level: 'B1' });
    expect(updated).toMatchObject({ level: 'B1', skill: goal.skill, trade: 'renhold', textNb: 'Jeg kan avtale vask av trappeoppgangen' });
    expect(api.value('goals.search', { query: 'gulv' }).map((found) => found.id)).not.toContain(goal.id);
    expect(api.value('goals.search', { query: 'trappeoppgang' }).map((found) => found.id)).toEqual([goal.id]);
    expect(api.value('goals.update', { id: goal.id, trade: null }).trade).toBeNull();
  });

  it('deletes to the bin and restores exactly', () => {
    const goal = addGoal(api);
    expect(api.value('goals.delete', { id: goal.id })).toBeNull();
    expect(errorOf(api.call('goals.get', { id: goal.id })).code).toBe('not_found');
    expect(api.value('goals.search', { query: 'vaktmest' })).toEqual([]);
    expect(errorOf(api.call('goals.delete', { id: goal.id })).code).toBe('not_found');
    const restored = api.value('goals.restore', { id: goal.id });
    expect(restored).toMatchObject({ id: goal.id, textNb: goal.textNb, deletedAt: null });
    expect(api.value('goals.search', { query: 'vaktmest' })).toHaveLength(1);
    expect(errorOf(api.call('goals.restore', { id: goal.id })).code).toBe('not_found');
  });

  it('keeps catalogue goals read-only, changing nothing', () => {
    const before = hashDatabase(api.db);
    const readOnly = { code: 'validation', issues: [{ path: 'id', code: 'readOnly' }] };
    expect(errorOf(api.call('goals.update', { id: 'sb-goal-0001', textNb: 'Endret' }))).toEqual(readOnly);
    expect(errorOf(api.call('goals.delete', { id: 'sb-goal-0001' }))).toEqual(readOnly);
    expect(errorOf(api.call('goals.restore', { id: 'sb-goal-0001' }))).toEqual(readOnly);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('answers not_found for unknown goals and validation for bad input', () => {
    expect(errorOf(api.call('goals.get', { id: missingId })).code).toBe('not_found');
    expect(errorOf(api.call('goals.get', { id: 'sb-goal-9999' })).code).toBe('not_found');
    expect(errorOf(api.raw('goals.get', { id: 'DROP TABLE goal' })).code).toBe('validation');
    const bad = errorOf(api.raw('goals.create', { ...teacherGoal(), level: 'A9', textNb: '  ', extra: 1 }));
    expect(bad.code).toBe('validation');
    expect(bad.issues).toEqual(expect.arrayContaining([
      { path: 'level', code: 'invalidValue' },
      { path: 'textNb', code: 'required' },
      { path: 'extra', code: 'unexpectedField' },
    ]));
    expect(errorOf(api.raw('goals.create', teacherGoal({ textNb: 'x'.repeat(501) }))).issues).toEqual([
      { path: 'textNb', code: 'tooLong', params: { max: 500 } },
    ]);
  });

  it('lets assistants search and read, but not change goals', () => {
    const goal = addGoal(api);
    expect(api.call('goals.search', { query: 'vaktmest' }, 'assistant').ok).toBe(true);
    expect(api.call('goals.get', { id: goal.id }, 'assistant').ok).toBe(true);
    expect(errorOf(api.call('goals.create', teacherGoal(), 'assistant')).code).toBe('forbidden');
    expect(errorOf(api.call('goals.delete', { id: goal.id }, 'assistant')).code).toBe('forbidden');
    expect(errorOf(api.call('goals.importCommit', { format: 'csv', content: 'x' }, 'assistant')).code).toBe('forbidden');
  });
});
