import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import type { PrivacyLogEntry } from '../../../../shared/domain/participant-data';
import { formatDateTime } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** Exports and deletions, newest first; a deletion says only that a participant was deleted. */
export function PrivacyLog({ query }: { query: UseQueryResult<PrivacyLogEntry[]> }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <section className="card" aria-labelledby="privacy-log-title">
      <h2 id="privacy-log-title">{t('participantData.log.title')}</h2>
      {query.isError ? <ErrorMessage error={query.error} /> : null}
      {query.data?.length === 0 ? <p className="muted">{t('participantData.log.empty')}</p> : null}
      {query.data && query.data.length > 0 ? (
        <ul className="privacy__log">
          {query.data.slice(0, 50).map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              {t('participantData.log.entry', {
                date: formatDateTime(entry.at, language),
                action: t(`participantData.log.actions.${entry.action}`),
                role: t(`staff.roles.${entry.role}`, { defaultValue: entry.role }),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
