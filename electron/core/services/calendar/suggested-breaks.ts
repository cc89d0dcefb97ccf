import type { Database } from 'better-sqlite3';
import { addDays } from '../../../../shared/domain/calendar/dates';
import type { SuggestedBreak } from '../../../../shared/domain/calendar/school-calendar';
import { suggestBreaks } from '../../../../shared/domain/calendar/suggest-breaks';
import { invalidField } from '../../db/errors';
import { listClosures } from '../../repositories/closures';
import { findSchoolYear } from '../../repositories/school-years';

/**
 * A break entered within this many days of a proposal is taken as that break, moved: a
 * centre with høstferie in week 41 is not offered week 40 as well.
 */
const sameBreakSlack = 7;

/**
 * The usual breaks for a school year, leaving out any that a whole-centre break already
 * entered stands for, so asking again after saving proposes nothing new. Nothing is saved.
 */
export function suggestedBreaks(db: Database, schoolYearId: string): SuggestedBreak[] {
  const year = findSchoolYear(db, schoolYearId);
  if (!year) throw invalidField('schoolYearId', 'unknownSchoolYear');
  const breaks = listClosures(db, schoolYearId).filter((closure) => closure.kind === 'break' && closure.courseId === null);
  return suggestBreaks(year.startDate, year.endDate).filter(
    (proposal) => {
      const from = addDays(proposal.startDate, -sameBreakSlack);
      const to = addDays(proposal.endDate, sameBreakSlack);
      return !breaks.some((taken) => taken.startDate <= to && taken.endDate >= from);
    },
  );
}
