import { useTranslation } from 'react-i18next';
import { useHoursFormat } from '../attendance/format-hours';
import type { PracticeWeek } from '../../../../shared/domain/practice-follow-up';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { todayIso } from '../week/week-dates';

/**
 * «Språkpraksistimer»: practice days and hours so far and in total, the hours with
 * pedagogical follow-up, and week by week which weeks lack it, so the centre can account for it.
 */
export function PracticeHoursSection({ placementId, headingId }: { placementId: string; headingId: string }) {
  const { t } = useTranslation();
  const hours = useApiQuery('practiceFollowUp.hours', { placementId, today: todayIso() });
  // The same "4 t 30 min" as the attendance ledger: never decimal hours.
  const { duration } = useHoursFormat();
  const h = (hours: number) => duration(Math.round(hours * 60));

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('followUp.hours.title')}
      </h2>
      <p>{t('followUp.hours.rule')}</p>
      {hours.isError ? <ErrorMessage error={hours.error} /> : null}
      {hours.data ? (
        <>
          <dl className="hours-summary">
            <div>
              <dt>{t('followUp.hours.daysSoFar')}</dt>
              <dd>{t('followUp.hours.of', { done: hours.data.daysSoFar, total: hours.data.totalDays })}</dd>
            </div>
            <div>
              <dt>{t('followUp.hours.hoursSoFar')}</dt>
              <dd>{t('followUp.hours.of', { done: h(hours.data.hoursSoFar), total: h(hours.data.totalHours) })}</dd>
            </div>
            <div>
              <dt>{t('followUp.hours.followedUp')}</dt>
              <dd>{t('followUp.hours.of', { done: h(hours.data.followedUpHours), total: h(hours.data.totalHours) })}</dd>
            </div>
          </dl>
          {hours.data.weeks.length === 0 ? (
            <p className="muted">{t('followUp.hours.none')}</p>
          ) : (
            <table className="table hours-weeks">
              <caption className="visually-hidden">{t('followUp.hours.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('followUp.hours.week')}</th>
                  <th scope="col">{t('followUp.hours.days')}</th>
                  <th scope="col">{t('followUp.hours.followUp')}</th>
                </tr>
              </thead>
              <tbody>
                {hours.data.weeks.map((week) => (
                  <WeekRow key={week.monday} week={week} />
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}

function WeekRow({ week }: { week: PracticeWeek }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const lacking = week.started && week.practiceDays.length > 0 && !week.followedUp;
  const closed = week.closedDays.map((day) => day.name).filter((name, index, all) => name && all.indexOf(name) === index);
  return (
    <tr className={lacking ? 'hours-week hours-week--lacking' : 'hours-week'}>
      <th scope="row">{t('followUp.hours.weekLabel', { week: week.isoWeek, year: week.isoYear })}</th>
      <td>
        {week.practiceDays.map((date) => formatDate(date, ui)).join(', ')}
        {week.closedDays.length > 0 ? <span className="muted hours-week__closed">{t('followUp.hours.closed', { names: closed.join(', ') })}</span> : null}
      </td>
      <td>
        {week.events.length > 0 ? (
          <ul className="plain-list">
            {week.events.map((event, index) => (
              <li key={index}>
                <strong>{t(`followUp.hours.kinds.${event.kind}`)}</strong> {formatDate(event.date, ui)}
                {event.label ? (
                  <>
                    {': '}
                    <bdi>{event.label}</bdi>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : week.practiceDays.length === 0 ? null : week.started ? (
          <strong className="warning-text">{t('followUp.hours.missing')}</strong>
        ) : (
          <span className="muted">{t('followUp.hours.notStarted')}</span>
        )}
      </td>
    </tr>
  );
}
