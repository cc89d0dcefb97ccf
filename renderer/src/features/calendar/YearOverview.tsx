import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween, isoOf } from '../../../../shared/domain/calendar/dates';
import { maxCalendarDays, type CalendarDay, type SchoolYear } from '../../../../shared/domain/calendar/school-calendar';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { MonthGrid } from './MonthGrid';
import { CourseSelect } from '../courses/CourseSelect';

/** Whole months around the school year, or just the year when that would be too long for one request. */
function visibleRange(year: SchoolYear): { from: string; to: string } {
  const from = `${year.startDate.slice(0, 7)}-01`;
  const [endYear, endMonth] = year.endDate.split('-').map(Number) as [number, number];
  const to = isoOf(endYear, endMonth + 1, 0);
  return daysBetween(from, to) < maxCalendarDays ? { from, to } : { from: year.startDate, to: year.endDate };
}

const isSchoolDay = (day: CalendarDay, year: SchoolYear) =>
  day.date >= year.startDate && day.date <= year.endDate && !day.closed && day.weekday !== 'sat' && day.weekday !== 'sun';

/**
 * The school year at a glance: one small grid per month, Monday first, ISO weeks in the
 * first column, holidays, breaks and closures marked and named. «Vis for» adds one
 * class's own closure days.
 */
export function YearOverview({ year }: { year: SchoolYear }) {
  const { t } = useTranslation();
  const [courseId, setCourseId] = useState('');
  const range = visibleRange(year);
  const days = useApiQuery('calendar.days', { ...range, ...(courseId ? { courseId } : {}) });
  const months = new Map<string, CalendarDay[]>();
  for (const day of days.data ?? []) {
    const month = day.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), day]);
  }
  const schoolDays = (days.data ?? []).filter((day) => isSchoolDay(day, year)).length;

  return (
    <section className="school-calendar__overview" aria-labelledby={`overview-${year.id}`}>
      <h3 id={`overview-${year.id}`}>{t('calendar.overview.title')}</h3>
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t('calendar.overview.showFor')}</span>
          <CourseSelect value={courseId} onChange={setCourseId} noneLabel={t('calendar.wholeCentre')} />
        </label>
        {days.data ? <p className="school-calendar__count">{t('calendar.overview.schoolDays', { count: schoolDays })}</p> : null}
      </div>
      <ul className="school-calendar__legend" aria-label={t('calendar.overview.legend')}>
        {(['holiday', 'break', 'closure'] as const).map((kind) => (
          <li key={kind}>
            <span className={`school-calendar__swatch school-calendar__day--${kind}`} aria-hidden="true" />
            {t(`calendar.kindsOfDay.${kind}`)}
          </li>
        ))}
      </ul>
      {days.isError ? <ErrorMessage error={days.error} /> : null}
      <div className="school-calendar__months">
        {[...months].map(([month, monthDays]) => (
          <MonthGrid key={month} month={month} days={monthDays} year={year} />
        ))}
      </div>
    </section>
  );
}
