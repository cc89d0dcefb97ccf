import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Placement } from '../../../../shared/domain/practice';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface PlacementListProps {
  query: UseQueryResult<Placement[]>;
  /** On a site page the participant is named; on a participant page the site. */
  show: 'participant' | 'site';
  onRemove?: (placement: Placement) => void;
}

/** A table of placements: who or where, the period and the weekdays at the site. */
export function PlacementList({ query, show, onRemove }: PlacementListProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  if (query.isError) return <ErrorMessage error={query.error} />;
  if (!query.data) return null;
  if (query.data.length === 0) return <p className="muted">{t('practice.placements.none')}</p>;
  return (
    <table className="table placement-table">
      <thead>
        <tr>
          <th scope="col">{show === 'participant' ? t('practice.placements.participant') : t('practice.placements.site')}</th>
          <th scope="col">{t('practice.placements.period')}</th>
          <th scope="col">{t('practice.placements.weekdays')}</th>
          <th scope="col">{t('followUp.placement.title')}</th>
          {onRemove ? <th scope="col">{t('common.remove')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {query.data.map((placement) => (
          <tr key={placement.id}>
            <td>
              {show === 'participant' ? (
                <Link to={`/participants/${placement.participantId}`} dir="auto">
                  {placement.participantName}
                </Link>
              ) : (
                <Link to={`/practice/${placement.siteId}`} dir="auto">
                  {placement.siteName}
                </Link>
              )}
            </td>
            <td>
              {formatDate(placement.startDate, ui)}–{formatDate(placement.endDate, ui)}
            </td>
            <td>{placement.weekdays.map((day) => t(`practice.weekdaysShort.${day}`)).join(', ')}</td>
            <td>
              <Link
                to={`/practice/placements/${placement.id}`}
                className="button button--small"
                aria-label={
                  show === 'site'
                    ? t('followUp.placement.openLabel', {
                        site: placement.siteName,
                        period: `${formatDate(placement.startDate, ui)}–${formatDate(placement.endDate, ui)}`,
                      })
                    : t('followUp.placement.openParticipantLabel', { participant: placement.participantName })
                }
              >
                {t('followUp.placement.open')}
              </Link>
            </td>
            {onRemove ? (
              <td>
                <button type="button" className="button button--small" onClick={() => onRemove(placement)}>
                  {t('practice.placements.remove', { site: placement.siteName })}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
