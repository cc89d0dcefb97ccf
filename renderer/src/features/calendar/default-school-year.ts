import { addDays, isoOf, mondayOfIsoWeek } from '../../../../shared/domain/calendar/dates';

/**
 * A starting point for a new school year: most Norwegian schools start on the Monday of
 * week 34 and end on the Friday of week 24. From June on that is the coming year;
 * before June, the one under way. The user corrects the dates in the form.
 */
export function defaultSchoolYear(today: Date = new Date()): { name: string; startDate: string; endDate: string } {
  const todayIso = isoOf(today.getFullYear(), today.getMonth() + 1, today.getDate());
  const first = Number(todayIso.slice(5, 7)) >= 6 ? today.getFullYear() : today.getFullYear() - 1;
  return {
    name: `${first}/${first + 1}`,
    startDate: mondayOfIsoWeek(first, 34),
    endDate: addDays(mondayOfIsoWeek(first + 1, 24), 4),
  };
}
