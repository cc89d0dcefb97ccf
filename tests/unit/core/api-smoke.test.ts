import { describe, expect, it } from 'vitest';
import { createTestApi } from '../helpers/test-api';

describe('api smoke', () => {
  it('creates the example centre and groups its class by language', () => {
    const { call } = createTestApi();
    expect(call('exampleCentre.create', {}).ok).toBe(true);
    const courses = call('courses.list', {});
    if (!courses.ok) throw new Error('list failed');
    const course = (courses.value as { id: string; participantIds: string[] }[])[0]!;
    expect(course.participantIds).toHaveLength(12);
    const groups = call('courses.languageGroups', { id: course.id });
    expect(groups).toMatchObject({ ok: true });
  });
});
