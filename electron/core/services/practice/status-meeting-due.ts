import { addMonths, format, parseISO } from 'date-fns';
import { daysBetween } from '../../../../shared/domain/calendar/dates';
import type { NextMeeting } from '../../../../shared/domain/practice-follow-up';

/** A status meeting is held about every 3 months. */
export const meetingIntervalMonths = 3;
/** A meeting is "due" from this many days before its date; after the date it is overdue. */
export const meetingDueWindowDays = 14;

/**
 * Months later on the calendar, clamped to the month's last day: 31 August + 3 months is
 * 30 November, 30 November + 3 months is 28 (or 29) February of the next year. date-fns
 * works on local dates, which is what these are; no time of day is involved.
 */
export const addCalendarMonths = (iso: string, months: number): string => format(addMonths(parseISO(iso), months), 'yyyy-MM-dd');

/**
 * The next status meeting of a placement: 3 months after its start, or after the last
 * meeting held. None once the placement has ended, and none when that date falls after the
 * end (the placement ends before another meeting is needed).
 */
export function nextStatusMeeting(
  placement: { startDate: string; endDate: string },
  lastMeetingDate: string | null,
  today: string,
): NextMeeting {
  if (today > placement.endDate) return null;
  const from = lastMeetingDate !== null && lastMeetingDate > placement.startDate ? lastMeetingDate : placement.startDate;
  const dueDate = addCalendarMonths(from, meetingIntervalMonths);
  if (dueDate > placement.endDate) return null;
  const daysLeft = daysBetween(today, dueDate);
  const state = daysLeft < 0 ? 'overdue' : daysLeft <= meetingDueWindowDays ? 'due' : 'upcoming';
  return { dueDate, state, lastMeetingDate };
}
