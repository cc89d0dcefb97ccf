import { isoWeekOf, isoWeekYear } from '../../../../shared/domain/calendar/dates';
import type { LessonCopyInput, LessonCopyKind } from '../../../../shared/domain/copy-plan';

/** What the copy dialog's fields hold; which of them count depends on the kind. */
export interface CopyFormValues {
  kind: LessonCopyKind;
  targetCourseId: string;
  /** Day: the source day. Week: any day of the source week. */
  date: string;
  /** Day: the target day. Week: any day of the target week. */
  targetDate: string;
  from: string;
  to: string;
  targetStartDate: string;
}

/**
 * The API input for the form. Weeks are chosen as a date (the date field shows its ISO week
 * number), so the week number is worked out here, also across years with 53 weeks.
 */
export function copyInputOf(values: CopyFormValues, sourceCourseId: string, themeId: string): LessonCopyInput {
  const target = { targetCourseId: values.targetCourseId };
  switch (values.kind) {
    case 'day':
      return { kind: 'day', sourceCourseId, date: values.date, targetDate: values.targetDate, ...target };
    case 'week': {
      // A date the user is still typing is not a week yet: the schema then reports it on the date.
      const week = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? { year: isoWeekYear(date), week: isoWeekOf(date) } : { year: 0, week: 0 });
      const source = week(values.date);
      const goal = week(values.targetDate);
      return {
        kind: 'week', sourceCourseId, isoYear: source.year, isoWeek: source.week, targetIsoYear: goal.year, targetIsoWeek: goal.week, ...target,
      };
    }
    case 'theme':
      return { kind: 'theme', themeId, targetStartDate: values.targetStartDate, ...target };
    case 'period':
      return { kind: 'period', sourceCourseId, from: values.from, to: values.to, targetStartDate: values.targetStartDate, ...target };
  }
}

/** Issues on the API's week fields belong to the date fields the user sees. */
export const fieldOfPath = (path: string): string =>
  ({ isoWeek: 'date', isoYear: 'date', targetIsoWeek: 'targetDate', targetIsoYear: 'targetDate', themeId: 'targetStartDate' })[path] ?? path;
