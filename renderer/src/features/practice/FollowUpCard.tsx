import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { todayIso } from '../week/week-dates';

/** The compact «Oppfølging av praksis» card on Oversikt: counts, with a way to the full list. */
export function FollowUpCard() {
  const { t } = useTranslation();
  const overview = useApiQuery('practiceFollowUp.overview', { today: todayIso() });
  if (!overview.data) return null;
  const { meetings, endingSoon } = overview.data;
  const overdue = meetings.filter((item) => item.state === 'overdue').length;
  return (
    <section className="card" aria-labelledby="follow-up-card-title">
      <h2 id="follow-up-card-title">{t('followUp.overview.title')}</h2>
      {meetings.length === 0 && endingSoon.length === 0 ? (
        <p className="muted">{t('followUp.overview.nothing')}</p>
      ) : (
        <ul className="stat-list">
          {meetings.length > 0 ? (
            <li>
              {t('followUp.overview.meetingCount', { count: meetings.length })}{' '}
              {overdue > 0 ? <span className="badge badge--warning">{t('followUp.overview.overdueCount', { count: overdue })}</span> : null}
            </li>
          ) : null}
          {endingSoon.length > 0 ? <li>{t('followUp.overview.endingCount', { count: endingSoon.length })}</li> : null}
        </ul>
      )}
      <p>
        <Link to="/practice">{t('followUp.overview.seeAll')}</Link>
      </p>
    </section>
  );
}
