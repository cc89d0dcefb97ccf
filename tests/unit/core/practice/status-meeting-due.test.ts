import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCalendarMonths, nextStatusMeeting } from '../../../../electron/core/services/practice/status-meeting-due';
import { addParticipant } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addPlacement } from './helpers';

describe('addCalendarMonths', () => {
  it('clamps to the last day of a shorter month, and crosses year ends', () => {
    expect(addCalendarMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-10-15', 3)).toBe('2027-01-15');
    expect(addCalendarMonths('2026-12-31', 3)).toBe('2027-03-31');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('nextStatusMeeting', () => {
  const placement = { startDate: '2026-10-15', endDate: '2027-06-18' };

  it('is due 3 months after the start across the year end: upcoming, due within 14 days, then overdue', () => {
    expect(nextStatusMeeting(placement, null, '2026-12-31')).toEqual({ dueDate: '2027-01-15', state: 'upcoming', lastMeetingDate: null });
    expect(nextStatusMeeting(placement, null, '2027-01-01')).toEqual({ dueDate: '2027-01-15', state: 'due', lastMeetingDate: null });
    expect(nextStatusMeeting(placement, null, '2027-01-15')?.state).toBe('due');
    expect(nextStatusMeeting(placement, null, '2027-01-16')?.state).toBe('overdue');
  });

  it('counts from the last meeting, clamping month ends (31 August → 30 November)', () => {
    const longer = { startDate: '2026-06-01', endDate: '2027-06-18' };
    expect(nextStatusMeeting(longer, '2026-08-31', '2026-11-16')).toEqual({ dueDate: '2026-11-30', state: 'due', lastMeetingDate: '2026-08-31' });
    expect(nextStatusMeeting(longer, '2026-11-30', '2027-03-01')).toEqual({ dueDate: '2027-02-28', state: 'overdue', lastMeetingDate: '2026-11-30' });
  });

  it('is none when the placement ends before the next meeting, and none once it has ended', () => {
    expect(nextStatusMeeting({ startDate: '2026-11-02', endDate: '2027-01-29' }, null, '2026-11-10')).toBeNull();
    expect(nextStatusMeeting(placement, '2027-04-01', '2027-05-01')).toBeNull();
    expect(nextStatusMeeting({ startDate: '2026-08-24', endDate: '2026-12-18' }, null, '2026-12-19')).toBeNull();
    expect(nextStatusMeeting({ startDate: '2026-08-24', endDate: '2026-11-24' }, null, '2026-11-24')).toEqual({
      dueDate: '2026-11-24', state: 'due', lastMeetingDate: null,
    });
  });
});

describe('practiceFollowUp overview', () => {
  let api: TestApi;
  beforeEach(() => (api = createTestApi()));
  afterEach(() => api.db.close());

  it('lists overdue and due meetings and placements ending within 4 weeks, and drops a meeting once it is held', () => {
    const { placement } = addPlacement(api, { startDate: '2026-08-31', endDate: '2027-06-18' });
    const other = addParticipant(api, { givenName: 'ሰላም', familyName: 'ተስፋይ', motherTongues: ['ti'] });
    const ending = api.value('placements.create', {
      participantId: other.id, siteId: placement.siteId, startDate: '2026-10-01', endDate: '2026-12-18', weekdays: ['wed'],
    });
    const overview = api.value('practiceFollowUp.overview', { today: '2026-12-02' });
    expect(overview.meetings).toEqual([
      expect.objectContaining({ placementId: placement.id, dueDate: '2026-11-30', state: 'overdue', participantName: 'ليلى حسن', siteName: 'Solsikken barnehage' }),
    ]);
    expect(overview.endingSoon).toEqual([expect.objectContaining({ placementId: ending.id, endDate: '2026-12-18', daysLeft: 16 })]);

    api.value('statusMeetings.create', { placementId: placement.id, date: '2026-12-01', attendees: ['participant', 'buddy', 'teacher'] });
    expect(api.value('practiceFollowUp.overview', { today: '2026-12-02' }).meetings).toEqual([]);
    expect(api.value('practiceFollowUp.nextMeeting', { placementId: placement.id, today: '2026-12-02' })).toEqual({
      dueDate: '2027-03-01', state: 'upcoming', lastMeetingDate: '2026-12-01',
    });
    expect(api.value('practiceFollowUp.overview', { today: '2027-02-20' }).meetings).toEqual([
      expect.objectContaining({ placementId: placement.id, dueDate: '2027-03-01', state: 'due' }),
    ]);
  });

  it('leaves out placements that have ended or were removed', () => {
    const { placement } = addPlacement(api, { startDate: '2026-08-24', endDate: '2027-01-29' });
    expect(api.value('practiceFollowUp.overview', { today: '2027-01-10' }).endingSoon).toHaveLength(1);
    expect(api.value('practiceFollowUp.overview', { today: '2027-01-30' })).toEqual({ today: '2027-01-30', meetings: [], endingSoon: [] });
    api.value('placements.delete', { id: placement.id });
    expect(api.value('practiceFollowUp.overview', { today: '2026-12-01' }).meetings).toEqual([]);
  });
});
