import { addDays, isoOf, mondayOfIsoWeek } from './dates';
import { easterSunday } from './norwegian-holidays';
import type { SuggestedBreak } from './school-calendar';

const names: Record<SuggestedBreak['key'], string> = {
  autumn: 'Høstferie',
  christmas: 'Juleferie',
  winter: 'Vinterferie',
  easter: 'Påskeferie',
};

/**
 * The breaks most Norwegian municipalities give (høstferie in week 40, juleferie from
 * 21 December to 2 January, vinterferie in week 8, påskeferie from the Monday of Holy Week
 * to Easter Monday), clipped to the school year. Several municipalities use weeks 41 and 9
 * instead, which is why this is only a proposal the user reviews before anything is saved.
 */
export function suggestBreaks(startDate: string, endDate: string): SuggestedBreak[] {
  const firstYear = Number(startDate.slice(0, 4));
  const lastYear = Number(endDate.slice(0, 4));
  const candidates: SuggestedBreak[] = [];
  const add = (key: SuggestedBreak['key'], start: string, end: string) =>
    candidates.push({ key, name: names[key], startDate: start, endDate: end, kind: 'break' });
  // From the year before: a school year starting in January still gets the Christmas days it holds.
  for (let year = Math.max(firstYear - 1, 1900); year <= lastYear; year += 1) {
    const easter = easterSunday(year);
    add('winter', mondayOfIsoWeek(year, 8), addDays(mondayOfIsoWeek(year, 8), 4));
    add('easter', addDays(easter, -6), addDays(easter, 1));
    add('autumn', mondayOfIsoWeek(year, 40), addDays(mondayOfIsoWeek(year, 40), 4));
    if (year < 2200) add('christmas', isoOf(year, 12, 21), isoOf(year + 1, 1, 2));
  }
  return candidates
    .filter((candidate) => candidate.endDate >= startDate && candidate.startDate <= endDate)
    .map((candidate) => ({
      ...candidate,
      startDate: candidate.startDate < startDate ? startDate : candidate.startDate,
      endDate: candidate.endDate > endDate ? endDate : candidate.endDate,
    }))
    .sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
}
