import { useTranslation } from 'react-i18next';
import { addDays, mondayOf, weekdayKeys } from '../../../../shared/domain/calendar/dates';
import type { CalendarDay, ClosedDay, SchoolYear } from '../../../../shared/domain/calendar/school-calendar';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { monthLabel } from './month-label';
import { useClosedDayName } from './use-closed-day-name';

interface MonthGridProps {
  /** YYYY-MM */
  month: string;
  /** The month's days from calendar.days, in order. */
  days: readonly CalendarDay[];
  year: SchoolYear;
}

interface Run {
  start: string;
  end: string;
  closed: ClosedDay;
}

/** Consecutive days closed for the same reason, so a break is named once, not day by day. */
function closedRuns(days: readonly CalendarDay[]): Run[] {
  const runs: Run[] = [];
  for (const day of days) {
    if (!day.closed) continue;
    const last = runs.at(-1);
    const same = last && last.closed.name === day.closed.name && last.closed.kind === day.closed.kind;
    if (same && addDays(last.end, 1) === day.date) last.end = day.date;
    else runs.push({ start: day.date, end: day.date, closed: day.closed });
  }
  return runs;
}

/** One month, Monday first, ISO week numbers in the first column. */
export function MonthGrid({ month, days, year }: MonthGridProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const nameOf = useClosedDayName();
  const byDate = new Map(days.map((day) => [day.date, day]));
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  const weeks: string[] = [];
  for (let monday = mondayOf(first.date); monday <= last.date; monday = addDays(monday, 7)) weeks.push(monday);
  const label = monthLabel(month, ui);
  const runs = closedRuns(days);

  return (
    <div className="school-calendar__month">
      <table className="school-calendar__grid">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calendar.overview.week')}</th>
            {weekdayKeys.map((weekday) => (
              <th key={weekday} scope="col">
                <abbr title={t(`calendar.weekdays.${weekday}`)}>{t(`calendar.weekdaysShort.${weekday}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((monday) => {
            const weekDays = weekdayKeys.map((_weekday, index) => byDate.get(addDays(monday, index)));
            const weekNumber = weekDays.find((day) => day)?.isoWeek;
            return (
              <tr key={monday}>
                <th scope="row">{weekNumber}</th>
                {weekDays.map((day, index) =>
                  day ? (
                    <DayCell key={day.date} day={day} year={year} name={day.closed ? nameOf(day.closed) : undefined} />
                  ) : (
                    <td key={index} />
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {runs.length > 0 ? (
        <ul className="school-calendar__closed-list" aria-label={t('calendar.overview.closedDays', { month: label })}>
          {runs.map((run) => (
            <li key={run.start}>
              <span className={`school-calendar__swatch school-calendar__day--${run.closed.kind}`} aria-hidden="true" />
              <span className="school-calendar__when">
                {run.start === run.end
                  ? formatDate(run.start, ui)
                  : t('dates.period', { start: formatDate(run.start, ui), end: formatDate(run.end, ui) })}
              </span>{' '}
              <span dir="auto">{nameOf(run.closed)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function DayCell({ day, year, name }: { day: CalendarDay; year: SchoolYear; name: string | undefined }) {
  const outside = day.date < year.startDate || day.date > year.endDate;
  const classes = [
    'school-calendar__day',
    day.closed ? `school-calendar__day--${day.closed.kind}` : '',
    day.weekday === 'sat' || day.weekday === 'sun' ? 'school-calendar__day--weekend' : '',
    outside ? 'school-calendar__day--outside' : '',
  ].filter(Boolean);
  return (
    <td className={classes.join(' ')} title={name} data-date={day.date}>
      {Number(day.date.slice(8))}
      {name ? <span className="school-calendar__sr">{` ${name}`}</span> : null}
    </td>
  );
}
