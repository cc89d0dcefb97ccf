import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { fullName, retentionYearsSchema, type RetentionList } from '../../../../shared/domain/participant-data';
import { request } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { PersonRef } from './ExportDialog';
import { PersonActions } from './PersonActions';

/** Participants whose last course ended more than N years ago (N is a setting, 5 unless changed). */
export function RetentionSection({
  query,
  onAct,
}: {
  query: UseQueryResult<RetentionList>;
  onAct: (kind: 'export' | 'delete', person: PersonRef) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const list = query.data;
  // What the user is typing; null shows the saved number.
  const [draft, setDraft] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const years = draft ?? (list ? String(list.years) : '');

  // Saved as soon as the number is valid; the list follows.
  const change = (value: string) => {
    setDraft(value);
    const parsed = retentionYearsSchema.safeParse(Number(value));
    if (value.trim() === '' || !parsed.success || parsed.data === list?.years) return;
    setSaveError(null);
    request('participantData.setRetentionYears', { years: parsed.data }).then(() => void query.refetch(), setSaveError);
  };

  return (
    <section className="card" aria-labelledby="privacy-retention-title">
      <h2 id="privacy-retention-title">{t('participantData.retention.title', { count: list?.years ?? 5 })}</h2>
      <label className="field privacy__years">
        <span>{t('participantData.retention.years')}</span>
        <input type="number" min={1} max={50} inputMode="numeric" value={years} onChange={(event) => change(event.target.value)} onBlur={() => setDraft(null)} />
      </label>
      {list ? <p className="field__help">{t('participantData.retention.help', { date: formatDate(list.cutoff, language) })}</p> : null}
      {query.isError ? <ErrorMessage error={query.error} /> : null}
      {saveError ? <ErrorMessage error={saveError} /> : null}
      {list && list.rows.length === 0 ? <p className="muted">{t('participantData.retention.empty')}</p> : null}
      {list && list.rows.length > 0 ? (
        <ul className="privacy__list" aria-label={t('participantData.retention.title', { count: list.years })}>
          {list.rows.map((row) => {
            const person = { participantId: row.participantId, name: fullName(row.givenName, row.familyName) };
            return (
              <li key={row.participantId} className="privacy__row">
                <bdi dir="auto" className="privacy__name">{person.name}</bdi>
                <span className="muted">{t('participantData.retention.lastEnd', { date: formatDate(row.lastEnd, language) })}</span>
                {row.inBin ? <span className="badge badge--warning">{t('participantData.retention.inBin')}</span> : null}
                {row.exportedAt ? <span className="badge">{t('participantData.retention.exported', { date: formatDate(row.exportedAt.slice(0, 10), language) })}</span> : null}
                <PersonActions person={person} onAct={onAct} />
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
