import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { formatDate, isoWeek } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { todayIso } from '../week/week-dates';

const placementLink = (id: string) => `/practice/placements/${id}`;

/** «Oppfølging av praksis» on the Praksis page: status meetings due or overdue, and placements ending soon. */
export function FollowUpOverview() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const overview = useApiQuery('practiceFollowUp.overview', { today: todayIso() });
  if (overview.isError) return <ErrorMessage error={overview.error} />;
  if (!overview.data) return null;
  const { meetings, endingSoon } = overview.data;
  return (
    <section className="card follow-up-overview" aria-labelledby="follow-up-overview-title">
      <h2 id="follow-up-overview-title">{t('followUp.overview.title')}</h2>
      <div className="two-columns">
        <div>
          <h3>{t('followUp.overview.meetings')}</h3>
          {meetings.length === 0 ? <p className="muted">{t('followUp.overview.noMeetings')}</p> : null}
          <ul className="plain-list follow-up-overview__list">
            {meetings.map((item) => (
              <li key={item.placementId} className={`follow-up-overview__item follow-up-overview__item--${item.state}`}>
                <Link to={placementLink(item.placementId)}>
                  <bdi>{item.participantName}</bdi> – <bdi>{item.siteName}</bdi>
                </Link>
                <span className={item.state === 'overdue' ? 'badge badge--warning' : 'badge'}>
                  {item.state === 'overdue'
                    ? t('followUp.overview.overdue', { date: formatDate(item.dueDate, ui), week: isoWeek(item.dueDate) })
                    : t('followUp.overview.due', { date: formatDate(item.dueDate, ui), week: isoWeek(item.dueDate) })}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('followUp.overview.ending')}</h3>
          {endingSoon.length === 0 ? <p className="muted">{t('followUp.overview.noEnding')}</p> : null}
          <ul className="plain-list follow-up-overview__list">
            {endingSoon.map((item) => (
              <li key={item.placementId} className="follow-up-overview__item">
                <Link to={placementLink(item.placementId)}>
                  <bdi>{item.participantName}</bdi> – <bdi>{item.siteName}</bdi>
                </Link>
                <span className="badge">{t('followUp.overview.endsIn', { date: formatDate(item.endDate, ui), count: item.daysLeft })}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
