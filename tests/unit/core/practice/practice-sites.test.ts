import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashDatabase } from '../../helpers/db-dump';
import { addParticipant, errorOf, missingId, uuidV7 } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';

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

const buddy = { name: 'Kari Eksempel', role: 'buddy' as const, phone: '400 00 000', email: 'kari@example.no' };

describe('practice sites', () => {
  it('creates a site with defaults, stores the org number without spaces and returns it in full', () => {
    const site = api.value('practiceSites.create', { name: 'Solsikken barnehage', orgNumber: '123 456 785', trade: 'barnehage' });
    expect(site).toEqual({
      id: expect.stringMatching(uuidV7),
      name: 'Solsikken barnehage',
      orgNumber: '123456785',
      address: '',
      trade: 'barnehage',
      contacts: [],
      note: '',
      placementCount: 0,
      createdAt: '2026-08-01T08:00:00.000Z',
      updatedAt: '2026-08-01T08:00:00.000Z',
    });
    expect(api.value('practiceSites.get', { id: site.id })).toEqual(site);
  });

  it('refuses an invalid org number and unknown fields, changing nothing', () => {
    const before = hashDatabase(api.db);
    expect(errorOf(api.raw('practiceSites.create', { name: 'Kafé', orgNumber: '123 456 784' }))).toEqual({
      code: 'validation', issues: [{ path: 'orgNumber', code: 'invalidOrgNumber' }],
    });
    expect(errorOf(api.raw('practiceSites.create', { name: 'Kafé', orgNumber: '99000014 1' })).issues).toEqual([
      { path: 'orgNumber', code: 'invalidOrgNumber' },
    ]);
    expect(errorOf(api.raw('practiceSites.create', { name: 'Kafé', colour: 'red' })).issues).toEqual([
      { path: 'colour', code: 'unexpectedField' },
    ]);
    expect(errorOf(api.raw('practiceSites.create', { name: 'Kafé', contacts: [{ name: 'Ola', role: 'boss' }] })).issues).toEqual([
      { path: 'contacts.0.role', code: 'invalidValue' },
    ]);
    expect(errorOf(api.raw('practiceSites.create', { name: 'Kafé', contacts: [{ name: 'Ola', role: 'buddy', email: 'ola' }] })).issues).toEqual([
      { path: 'contacts.0.email', code: 'invalidValue' },
    ]);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('updates fields one at a time, keeps the buddy among the contacts and clears the org number', () => {
    const site = api.value('practiceSites.create', { name: 'Kafé Nordlys', orgNumber: '987654325' });
    const withBuddy = api.value('practiceSites.update', { id: site.id, contacts: [buddy, { name: 'Per Leder', role: 'contact' }] });
    expect(withBuddy.contacts).toEqual([buddy, { name: 'Per Leder', role: 'contact', phone: '', email: '' }]);
    expect(withBuddy.orgNumber).toBe('987654325');
    const moved = api.value('practiceSites.update', { id: site.id, address: 'Eksempelgata 2', orgNumber: '' });
    expect(moved).toMatchObject({ address: 'Eksempelgata 2', orgNumber: null, contacts: withBuddy.contacts });
    expect(errorOf(api.raw('practiceSites.update', { id: missingId, name: 'X' })).code).toBe('not_found');
  });

  it('searches name, org number (with or without spaces), address and contacts, and filters by trade', () => {
    const kindergarten = api.value('practiceSites.create', { name: 'Solsikken barnehage', trade: 'barnehage', orgNumber: '123456785' });
    const cafe = api.value('practiceSites.create', {
      name: 'Kafé Nordlys', trade: 'restaurant-og-kjokken', address: 'Strandveien 5', contacts: [buddy],
    });
    const store = api.value('practiceSites.create', { name: 'Ærlig mat', trade: 'butikk' });
    const names = (input: Parameters<typeof api.value<'practiceSites.list'>>[1]) =>
      api.value('practiceSites.list', input).map((site) => site.name);
    expect(names({})).toEqual(['Kafé Nordlys', 'Solsikken barnehage', 'Ærlig mat']);
    expect(names({ search: 'SOLSIKKEN' })).toEqual(['Solsikken barnehage']);
    expect(names({ search: '123 456' })).toEqual(['Solsikken barnehage']);
    expect(names({ search: 'strandveien' })).toEqual(['Kafé Nordlys']);
    expect(names({ search: 'kari' })).toEqual(['Kafé Nordlys']);
    expect(names({ trade: 'butikk' })).toEqual(['Ærlig mat']);
    expect(names({ search: 'kafé', trade: 'butikk' })).toEqual([]);
    api.value('practiceSites.update', { id: cafe.id, name: 'Kafé Sørlys' });
    expect(names({ search: 'sørlys' })).toEqual(['Kafé Sørlys']);
    expect([kindergarten.id, store.id]).toHaveLength(2);
  });

  it('deletes to the bin and restores exactly', () => {
    const site = api.value('practiceSites.create', { name: 'Lager Eksempel', contacts: [buddy] });
    api.value('practiceSites.delete', { id: site.id });
    expect(api.value('practiceSites.list', {})).toEqual([]);
    expect(errorOf(api.raw('practiceSites.get', { id: site.id })).code).toBe('not_found');
    expect(errorOf(api.raw('practiceSites.delete', { id: site.id })).code).toBe('not_found');
    expect(api.value('practiceSites.restore', { id: site.id })).toEqual(site);
  });
});

describe('placements', () => {
  const setup = () => {
    const participant = addParticipant(api);
    const site = api.value('practiceSites.create', { name: 'Solsikken barnehage', contacts: [buddy] });
    const other = api.value('practiceSites.create', { name: 'Kafé Nordlys' });
    return { participant, site, other };
  };
  const autumn = { startDate: '2026-08-24', endDate: '2027-01-29' };

  it('creates a placement, lists it for the participant and the site, and counts it on the site', () => {
    const { participant, site } = setup();
    const placement = api.value('placements.create', {
      participantId: participant.id, siteId: site.id, ...autumn, weekdays: ['wed', 'mon'],
    });
    expect(placement).toMatchObject({
      participantId: participant.id, siteId: site.id, siteName: 'Solsikken barnehage', weekdays: ['mon', 'wed'], note: '',
    });
    expect(api.value('placements.list', { participantId: participant.id })).toEqual([placement]);
    expect(api.value('placements.list', { siteId: site.id })).toEqual([placement]);
    expect(api.value('practiceSites.get', { id: site.id }).placementCount).toBe(1);
  });

  it('refuses a placement that shares a weekday with an overlapping one, changing nothing', () => {
    const { participant, site, other } = setup();
    api.value('placements.create', { participantId: participant.id, siteId: site.id, ...autumn, weekdays: ['mon', 'tue'] });
    const before = hashDatabase(api.db);
    const clash = api.raw('placements.create', {
      participantId: participant.id, siteId: other.id, startDate: '2027-01-29', endDate: '2027-06-18', weekdays: ['tue', 'thu'],
    });
    expect(errorOf(clash)).toEqual({ code: 'validation', issues: [{ path: 'weekdays', code: 'overlapsPlacement' }] });
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('allows overlapping periods on different weekdays, adjacent periods, and other participants on the same days', () => {
    const { participant, site, other } = setup();
    api.value('placements.create', { participantId: participant.id, siteId: site.id, ...autumn, weekdays: ['mon', 'tue'] });
    api.value('placements.create', { participantId: participant.id, siteId: other.id, ...autumn, weekdays: ['thu'] });
    api.value('placements.create', {
      participantId: participant.id, siteId: site.id, startDate: '2027-01-30', endDate: '2027-06-18', weekdays: ['mon', 'tue'],
    });
    const second = addParticipant(api, { givenName: 'Amanuel' });
    api.value('placements.create', { participantId: second.id, siteId: site.id, ...autumn, weekdays: ['mon', 'tue'] });
    expect(api.value('placements.list', { participantId: participant.id })).toHaveLength(3);
    expect(api.value('placements.list', { siteId: site.id })).toHaveLength(3);
  });

  it('checks overlap on update and on restore, ignoring the placement itself and removed ones', () => {
    const { participant, site, other } = setup();
    const first = api.value('placements.create', { participantId: participant.id, siteId: site.id, ...autumn, weekdays: ['mon'] });
    const second = api.value('placements.create', { participantId: participant.id, siteId: other.id, ...autumn, weekdays: ['fri'] });
    expect(api.value('placements.update', { id: first.id, endDate: '2027-01-15', weekdays: ['mon', 'tue'] }).weekdays).toEqual(['mon', 'tue']);
    expect(errorOf(api.raw('placements.update', { id: second.id, weekdays: ['tue'] })).issues).toEqual([
      { path: 'weekdays', code: 'overlapsPlacement' },
    ]);
    api.value('placements.delete', { id: first.id });
    api.value('placements.update', { id: second.id, weekdays: ['mon', 'fri'] });
    expect(errorOf(api.raw('placements.restore', { id: first.id })).issues).toEqual([
      { path: 'weekdays', code: 'overlapsPlacement' },
    ]);
    expect(api.value('placements.list', { participantId: participant.id }).map((p) => p.id)).toEqual([second.id]);
  });

  it('refuses unknown participants and sites, end before start, no weekdays and weekend days', () => {
    const { participant, site } = setup();
    const base = { participantId: participant.id, siteId: site.id, ...autumn, weekdays: ['mon'] };
    expect(errorOf(api.raw('placements.create', { ...base, participantId: missingId })).issues).toEqual([
      { path: 'participantId', code: 'unknownParticipant' },
    ]);
    expect(errorOf(api.raw('placements.create', { ...base, siteId: missingId })).issues).toEqual([
      { path: 'siteId', code: 'invalidValue' },
    ]);
    expect(errorOf(api.raw('placements.create', { ...base, endDate: '2026-08-23' })).issues).toEqual([
      { path: 'endDate', code: 'endBeforeStart' },
    ]);
    expect(errorOf(api.raw('placements.create', { ...base, weekdays: [] })).issues).toEqual([{ path: 'weekdays', code: 'required' }]);
    expect(errorOf(api.raw('placements.create', { ...base, weekdays: ['sat'] })).issues).toEqual([
      { path: 'weekdays.0', code: 'invalidValue' },
    ]);
    expect(errorOf(api.raw('placements.list', {})).code).toBe('validation');
    expect(errorOf(api.raw('placements.update', { id: missingId, note: 'x' })).code).toBe('not_found');
  });

  it('hides placements with a removed site and brings them back with it', () => {
    const { participant, site } = setup();
    api.value('placements.create', { participantId: participant.id, siteId: site.id, ...autumn, weekdays: ['mon'] });
    api.value('practiceSites.delete', { id: site.id });
    expect(api.value('placements.list', { participantId: participant.id })).toEqual([]);
    api.value('practiceSites.restore', { id: site.id });
    expect(api.value('placements.list', { participantId: participant.id })).toHaveLength(1);
  });
});
