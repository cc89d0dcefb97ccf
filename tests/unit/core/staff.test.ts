import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCourse, addStaff, errorOf, missingId, staffInput, uuidV7 } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';

let api: TestApi;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-08-01T08:00:00.000Z'));
  api = createTestApi();
});
afterEach(() => {
  vi.useRealTimers();
  api.db.close();
});

describe('staff', () => {
  it('creates a staff member with a UUIDv7 id, defaults and timestamps', () => {
    const created = api.value('staff.create', { name: '  Nadia Karim  ', role: 'assistant', positionPercent: 40 });
    expect(created).toEqual({
      id: expect.stringMatching(uuidV7),
      name: 'Nadia Karim',
      role: 'assistant',
      languages: [],
      positionPercent: 40,
      email: '',
      phone: '',
      courseIds: [],
      createdAt: '2026-08-01T08:00:00.000Z',
      updatedAt: '2026-08-01T08:00:00.000Z',
    });
    expect(api.value('staff.get', { id: created.id })).toEqual(created);
  });

  it('gives every row its own id', () => {
    const ids = new Set(Array.from({ length: 20 }, (_, i) => addStaff(api, { name: `Person ${i}` }).id));
    expect(ids.size).toBe(20);
  });

  it('lists by name, case-insensitively, and filters by role', () => {
    addStaff(api, { name: 'bjørn', role: 'teacher' });
    addStaff(api, { name: 'Anne', role: 'admin' });
    addStaff(api, { name: 'Cecilie', role: 'assistant' });
    expect(api.value('staff.list', {}).map((s) => s.name)).toEqual(['Anne', 'bjørn', 'Cecilie']);
    expect(api.value('staff.list', { role: 'assistant' }).map((s) => s.name)).toEqual(['Cecilie']);
    expect(api.value('staff.list', { role: 'teacher', search: 'BJØRN' }).map((s) => s.name)).toEqual(['bjørn']);
    expect(api.value('staff.list', { role: 'admin', search: 'bjørn' })).toEqual([]);
  });

  it('lists æ, ø, å after z, as Norwegian readers expect', () => {
    for (const name of ['Åse', 'øystein', 'Ærling', 'Zara', 'anders']) addStaff(api, { name });
    expect(api.value('staff.list', {}).map((s) => s.name)).toEqual(['anders', 'Zara', 'Ærling', 'øystein', 'Åse']);
  });

  it('updates only the fields given and moves updatedAt', () => {
    const created = addStaff(api, { name: 'Kari', languages: ['nb'], email: 'kari@example.org' });
    vi.setSystemTime(new Date('2026-08-02T09:30:00.000Z'));
    const updated = api.value('staff.update', { id: created.id, positionPercent: 60 });
    expect(updated).toEqual({ ...created, positionPercent: 60, updatedAt: '2026-08-02T09:30:00.000Z' });
    expect(api.value('staff.get', { id: created.id })).toEqual(updated);
  });

  it('renaming updates search', () => {
    const created = addStaff(api, { name: 'Kari' });
    api.value('staff.update', { id: created.id, name: 'Karianne Ødegård' });
    expect(api.value('staff.list', { search: 'ødegård' }).map((s) => s.id)).toEqual([created.id]);
    expect(api.value('staff.list', { search: 'Kari ' }).map((s) => s.id)).toEqual([created.id]);
  });

  it('deletes to the bin and restores', () => {
    const kari = addStaff(api, { name: 'Kari' });
    const ola = addStaff(api, { name: 'Ola' });
    expect(api.call('staff.delete', { id: kari.id })).toEqual({ ok: true, value: null });
    expect(errorOf(api.call('staff.get', { id: kari.id })).code).toBe('not_found');
    expect(api.value('staff.list', {}).map((s) => s.id)).toEqual([ola.id]);
    expect(errorOf(api.call('staff.delete', { id: kari.id })).code).toBe('not_found');
    expect(errorOf(api.call('staff.update', { id: kari.id, name: 'Kari 2' })).code).toBe('not_found');
    // The row stays as a tombstone until purged.
    expect(api.db.prepare('SELECT deleted_at FROM staff WHERE id = ?').pluck().get(kari.id)).toBe('2026-08-01T08:00:00.000Z');

    const restored = api.value('staff.restore', { id: kari.id });
    expect(restored).toMatchObject({ id: kari.id, name: 'Kari' });
    expect(api.value('staff.list', {}).map((s) => s.id)).toEqual([kari.id, ola.id]);
    expect(errorOf(api.call('staff.restore', { id: kari.id })).code).toBe('not_found');
  });

  it('answers not_found for ids that do not exist', () => {
    for (const method of ['staff.get', 'staff.delete', 'staff.restore'] as const) {
      expect(errorOf(api.call(method, { id: missingId })).code, method).toBe('not_found');
    }
    expect(errorOf(api.call('staff.update', { id: missingId, name: 'x' })).code).toBe('not_found');
  });

  it('lists the classes a person works in, once each, without deleted classes', () => {
    const kari = addStaff(api, { name: 'Kari', role: 'teacher', languages: ['ar'] });
    const autumn = addCourse(api, { name: 'Høst', teacherIds: [kari.id], assistantIds: [kari.id] });
    const spring = addCourse(api, { name: 'Vår', startDate: '2027-01-04', endDate: '2027-06-18', teacherIds: [kari.id] });
    expect(api.value('staff.get', { id: kari.id }).courseIds.sort()).toEqual([autumn.id, spring.id].sort());
    api.value('courses.delete', { id: spring.id });
    expect(api.value('staff.get', { id: kari.id }).courseIds).toEqual([autumn.id]);
  });

  it('keeps email and phone as given, trimmed', () => {
    const created = api.value('staff.create', staffInput({ email: ' a@b.no ', phone: ' +47 22 22 22 22 ' }));
    expect(created).toMatchObject({ email: 'a@b.no', phone: '+47 22 22 22 22' });
  });
});
