import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashDatabase } from '../helpers/db-dump';
import { addCourse, addParticipant, errorOf, missingId, participantInput, uuidV7 } from '../helpers/fixtures';
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

const names = (list: { givenName: string }[]) => list.map((p) => p.givenName);

describe('participants', () => {
  it('creates a participant with defaults', () => {
    const created = api.value('participants.create', { givenName: ' Selam ', programme: 'kvp' });
    expect(created).toEqual({
      id: expect.stringMatching(uuidV7),
      givenName: 'Selam',
      familyName: '',
      motherTongues: [],
      programme: 'kvp',
      startDate: null,
      endDate: null,
      consentPhoto: false,
      consentShareWithSite: false,
      note: '',
      courseIds: [],
      createdAt: '2026-08-01T08:00:00.000Z',
      updatedAt: '2026-08-01T08:00:00.000Z',
    });
    expect(api.value('participants.get', { id: created.id })).toEqual(created);
  });

  it('keeps mother tongues in the order given, the main one first', () => {
    const p = addParticipant(api, { motherTongues: ['ti', 'am', 'ar'] });
    expect(p.motherTongues).toEqual(['ti', 'am', 'ar']);
  });

  it('updates only the fields given', () => {
    const p = addParticipant(api, {
      motherTongues: ['so', 'ar'], note: 'Liker å tegne', consentPhoto: true, startDate: '2026-08-17', endDate: '2027-01-15',
    });
    vi.setSystemTime(new Date('2026-09-01T10:00:00.000Z'));
    const updated = api.value('participants.update', { id: p.id, familyName: 'Farah' });
    expect(updated).toEqual({ ...p, familyName: 'Farah', updatedAt: '2026-09-01T10:00:00.000Z' });
  });

  it('clears dates with null', () => {
    const p = addParticipant(api, { startDate: '2026-08-17', endDate: '2027-01-15' });
    const updated = api.value('participants.update', { id: p.id, endDate: null });
    expect(updated).toMatchObject({ startDate: '2026-08-17', endDate: null });
  });

  it('checks a partial date change against the stored row', () => {
    const p = addParticipant(api, { startDate: '2026-08-17', endDate: '2026-12-18' });
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('participants.update', { id: p.id, endDate: '2026-08-16' }))).toEqual({
      code: 'validation',
      issues: [{ path: 'endDate', code: 'endBeforeStart' }],
    });
    expect(errorOf(api.call('participants.update', { id: p.id, startDate: '2027-01-01' })).issues).toEqual([
      { path: 'endDate', code: 'endBeforeStart' },
    ]);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('deletes to the bin and restores', () => {
    const p = addParticipant(api);
    api.value('participants.delete', { id: p.id });
    expect(errorOf(api.call('participants.get', { id: p.id })).code).toBe('not_found');
    expect(api.value('participants.list', {})).toEqual([]);
    expect(errorOf(api.call('participants.delete', { id: p.id })).code).toBe('not_found');
    expect(api.value('participants.restore', { id: p.id })).toMatchObject({ id: p.id, givenName: p.givenName });
    expect(api.value('participants.list', {})).toHaveLength(1);
    expect(errorOf(api.call('participants.restore', { id: p.id })).code).toBe('not_found');
  });

  it('answers not_found for ids that do not exist', () => {
    for (const method of ['participants.get', 'participants.delete', 'participants.restore'] as const) {
      expect(errorOf(api.call(method, { id: missingId })).code, method).toBe('not_found');
    }
    expect(errorOf(api.call('participants.update', { id: missingId, note: 'x' })).code).toBe('not_found');
  });
});

describe('participants.list filters and sorts', () => {
  beforeEach(() => {
    const autumn = addCourse(api, { name: 'Høst' });
    const other = addCourse(api, { name: 'Annen' });
    const add = (givenName: string, extra: Parameters<typeof participantInput>[0] = {}) =>
      addParticipant(api, { givenName, familyName: '', ...extra });
    const laila = add('Laila', { motherTongues: ['ar'], programme: 'introduction', startDate: '2026-08-17' });
    const selam = add('Selam', { motherTongues: ['ti', 'ar'], programme: 'kvp', startDate: '2026-09-07' });
    const abdi = add('Abdi', { motherTongues: ['so'], programme: 'jobbsjansen', startDate: null });
    add('zarghuna', { motherTongues: ['prs'], programme: 'introduction', startDate: '2026-10-05' });
    for (const p of [laila, selam]) api.value('courses.enrol', { courseId: autumn.id, participantId: p.id });
    api.value('courses.enrol', { courseId: other.id, participantId: abdi.id });
    api.value('courses.enrol', { courseId: autumn.id, participantId: abdi.id });
    api.value('courses.unenrol', { courseId: autumn.id, participantId: abdi.id });
    courses = { autumn: autumn.id, other: other.id };
  });
  let courses: { autumn: string; other: string };

  it('sorts by name by default, ignoring case', () => {
    expect(names(api.value('participants.list', {}))).toEqual(['Abdi', 'Laila', 'Selam', 'zarghuna']);
    expect(names(api.value('participants.list', { sort: 'name' }))).toEqual(['Abdi', 'Laila', 'Selam', 'zarghuna']);
  });

  it('sorts by start date, newest first, unknown dates last', () => {
    expect(names(api.value('participants.list', { sort: 'startDate' }))).toEqual(['zarghuna', 'Selam', 'Laila', 'Abdi']);
  });

  it('sorts by programme, then name', () => {
    expect(names(api.value('participants.list', { sort: 'programme' }))).toEqual(['Laila', 'zarghuna', 'Abdi', 'Selam']);
  });

  it('filters by programme', () => {
    expect(names(api.value('participants.list', { programme: 'introduction' }))).toEqual(['Laila', 'zarghuna']);
    expect(names(api.value('participants.list', { programme: 'nav' }))).toEqual([]);
  });

  it('filters by any of the mother tongues', () => {
    expect(names(api.value('participants.list', { motherTongue: 'ar' }))).toEqual(['Laila', 'Selam']);
    expect(names(api.value('participants.list', { motherTongue: 'ti' }))).toEqual(['Selam']);
    expect(names(api.value('participants.list', { motherTongue: 'fr' }))).toEqual([]);
  });

  it('filters by class, leaving out those who left it', () => {
    expect(names(api.value('participants.list', { courseId: courses.autumn }))).toEqual(['Laila', 'Selam']);
    expect(names(api.value('participants.list', { courseId: courses.other }))).toEqual(['Abdi']);
    expect(names(api.value('participants.list', { courseId: missingId }))).toEqual([]);
  });

  it('combines filters, search and sort', () => {
    expect(
      names(api.value('participants.list', { courseId: courses.autumn, motherTongue: 'ar', programme: 'kvp' })),
    ).toEqual(['Selam']);
    expect(names(api.value('participants.list', { courseId: courses.autumn, search: 'lai', sort: 'startDate' }))).toEqual([
      'Laila',
    ]);
  });
});

describe('participants.list sorts Norwegian names in Norwegian order', () => {
  it('puts æ, ø, å after z, in that order, whatever the case', () => {
    for (const givenName of ['åse', 'Øystein', 'Ærling', 'zara', 'Anders', 'Åge', 'ola']) {
      addParticipant(api, { givenName, familyName: '' });
    }
    expect(names(api.value('participants.list', {}))).toEqual(['Anders', 'ola', 'zara', 'Ærling', 'Øystein', 'Åge', 'åse']);
  });
});
