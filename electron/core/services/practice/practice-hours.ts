import type { Database } from 'better-sqlite3';
import { eachDay, isoWeekOf, isoWeekYear, mondayOf, weekdayOf } from '../../../../shared/domain/calendar/dates';
import type { FollowUpEvent, PracticeHours, PracticeWeek } from '../../../../shared/domain/practice-follow-up';
import type { Placement } from '../../../../shared/domain/practice';
import { getPlacement } from '../../repositories/practice';
import { localToday } from '../attendance/today';
import { closedDays, isSchoolDay, type ClosedDay } from '../calendar/school-days';
import { followUpEvents } from './follow-up-sources';

/**
 * Language-practice hours of a placement. Practice days are the placement's weekdays in its
 * period that are school days (public holidays, the centre's breaks and closures are not);
 * each counts `hoursPerDay`. A practice day is followed up when, in the same ISO week, there
 * is a follow-up event for the placement (see follow-up-sources.ts).
 */
export function practiceHours(db: Database, placementId: string, today = localToday()): PracticeHours {
  const placement = getPlacement(db, placementId);
  return practiceHoursOf(placement, closedDays(db, placement.startDate, placement.endDate), followUpEvents(db, placementId), today);
}

const weekKey = (date: string) => mondayOf(date);

/** The pure part, given the closed days and the events: testable without a database. */
export function practiceHoursOf(
  placement: Pick<Placement, 'id' | 'startDate' | 'endDate' | 'weekdays' | 'hoursPerDay'>,
  closed: ReadonlyMap<string, ClosedDay>,
  events: readonly FollowUpEvent[],
  today: string,
): PracticeHours {
  const weeks = new Map<string, PracticeWeek>();
  const weekOf = (date: string): PracticeWeek => {
    const monday = weekKey(date);
    let week = weeks.get(monday);
    if (!week) {
      week = {
        isoYear: isoWeekYear(date), isoWeek: isoWeekOf(date), monday, practiceDays: [], closedDays: [], events: [], followedUp: false,
        started: monday <= today,
      };
      weeks.set(monday, week);
    }
    return week;
  };
  const weekdays: readonly string[] = placement.weekdays;
  for (const date of eachDay(placement.startDate, placement.endDate)) {
    if (!weekdays.includes(weekdayOf(date))) continue;
    if (isSchoolDay(date, closed)) weekOf(date).practiceDays.push(date);
    else weekOf(date).closedDays.push({ date, name: closed.get(date)?.name ?? '' });
  }
  for (const event of events) weeks.get(weekKey(event.date))?.events.push(event);
  for (const week of weeks.values()) week.followedUp = week.events.length > 0 && week.practiceDays.length > 0;

  const ordered = [...weeks.values()].sort((a, b) => (a.monday < b.monday ? -1 : 1));
  const days = ordered.flatMap((week) => week.practiceDays);
  const daysSoFar = days.filter((date) => date <= today).length;
  const followedUpDays = ordered.filter((week) => week.followedUp).reduce((sum, week) => sum + week.practiceDays.length, 0);
  const hours = (count: number) => count * placement.hoursPerDay;
  return {
    placementId: placement.id,
    today,
    hoursPerDay: placement.hoursPerDay,
    totalDays: days.length,
    daysSoFar,
    totalHours: hours(days.length),
    hoursSoFar: hours(daysSoFar),
    followedUpDays,
    followedUpHours: hours(followedUpDays),
    weeks: ordered,
  };
}
