import type { PlacementCreate } from '../../../../shared/domain/practice';
import { addParticipant } from '../../helpers/fixtures';
import type { TestApi } from '../../helpers/test-api';

export const buddy = { name: 'Kari Eksempel', role: 'buddy' as const, phone: '400 00 000', email: 'kari@example.no' };

/** A participant in practice at a kindergarten on Mondays and Tuesdays, autumn 2026. */
export function addPlacement(api: TestApi, overrides: Partial<PlacementCreate> = {}) {
  const participant = addParticipant(api, { givenName: 'ليلى', familyName: 'حسن', motherTongues: ['ar'] });
  const site = api.value('practiceSites.create', { name: 'Solsikken barnehage', contacts: [{ name: 'Per Leder', role: 'contact' }, buddy] });
  const placement = api.value('placements.create', {
    participantId: participant.id,
    siteId: site.id,
    startDate: '2026-08-24',
    endDate: '2027-01-29',
    weekdays: ['mon', 'tue'],
    ...overrides,
  });
  return { participant, site, placement };
}
