import type { Database } from 'better-sqlite3';
import { addDays, daysBetween } from '../../../../shared/domain/calendar/dates';
import type { FollowUpOverview, NextMeeting } from '../../../../shared/domain/practice-follow-up';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { compareText } from '../../db/collate';
import { getPlacement } from '../../repositories/practice';
import { localToday } from '../attendance/today';
import { nextStatusMeeting } from './status-meeting-due';

/** A placement is "ending soon" when its last day is within this many days. */
export const endingSoonDays = 28;

interface PlacementFollowUpRow {
  id: string;
  participant_id: string;
  site_id: string;
  start_date: string;
  end_date: string;
  given_name: string;
  family_name: string;
  site_name: string;
  last_meeting: string | null;
}

/**
 * «Oppfølging av praksis»: status meetings due within 14 days or overdue, and placements
 * ending within 4 weeks. Placements that have ended, or whose participant or site is in
 * the bin, are left out.
 */
export function followUpOverview(db: Database, today = localToday()): FollowUpOverview {
  const rows = db
    .prepare(
      `SELECT pl.id, pl.participant_id, pl.site_id, pl.start_date, pl.end_date, p.given_name, p.family_name, s.name AS site_name,
         (SELECT max(m.date) FROM status_meeting m WHERE m.placement_id = pl.id AND m.deleted_at IS NULL) AS last_meeting
       FROM placement pl
       JOIN participant p ON p.id = pl.participant_id AND p.deleted_at IS NULL
       JOIN practice_site s ON s.id = pl.site_id AND s.deleted_at IS NULL
       WHERE pl.deleted_at IS NULL AND pl.end_date >= ?`,
    )
    .all(today) as PlacementFollowUpRow[];
  const byName = (a: { participantName: string }, b: { participantName: string }) => compareText(a.participantName, b.participantName);
  const refs = rows.map((row) => ({
    row,
    ref: {
      placementId: row.id,
      participantId: row.participant_id,
      participantName: participantDisplayName({ givenName: row.given_name, familyName: row.family_name }),
      siteId: row.site_id,
      siteName: row.site_name,
      startDate: row.start_date,
      endDate: row.end_date,
    },
  }));
  const meetings = refs.flatMap(({ row, ref }) => {
    const next = nextStatusMeeting({ startDate: row.start_date, endDate: row.end_date }, row.last_meeting, today);
    if (!next || next.state === 'upcoming') return [];
    return [{ ...ref, dueDate: next.dueDate, state: next.state, lastMeetingDate: next.lastMeetingDate }];
  });
  meetings.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : byName(a, b)));
  const lastSoon = addDays(today, endingSoonDays);
  const endingSoon = refs
    .filter(({ row }) => row.end_date <= lastSoon)
    .map(({ ref }) => ({ ...ref, daysLeft: daysBetween(today, ref.endDate) }))
    .sort((a, b) => a.daysLeft - b.daysLeft || byName(a, b));
  return { today, meetings, endingSoon };
}

/** The next status meeting of one placement, counted from its last meeting. */
export function placementNextMeeting(db: Database, placementId: string, today = localToday()): NextMeeting {
  const placement = getPlacement(db, placementId);
  const last = db
    .prepare('SELECT max(date) FROM status_meeting WHERE placement_id = ? AND deleted_at IS NULL')
    .pluck()
    .get(placementId) as string | null;
  return nextStatusMeeting(placement, last, today);
}
