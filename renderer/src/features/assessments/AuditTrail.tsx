import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useLevelText } from './use-level-text';

/** «Endringslogg»: who changed which level when, from what to what, and why. Loaded when opened. */
export function AuditTrail({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="audit-trail" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('assessments.audit.title')}</summary>
      {open ? <AuditList participantId={participantId} /> : null}
    </details>
  );
}

function AuditList({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const levelText = useLevelText();
  const audit = useApiQuery('assessments.audit', { participantId });
  if (!audit.data) return <p className="muted">{t('app.loading')}</p>;
  if (audit.data.length === 0) return <p className="muted">{t('assessments.audit.empty')}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('assessments.audit.when')}</th>
          <th scope="col">{t('assessments.audit.what')}</th>
          <th scope="col">{t('assessments.audit.change')}</th>
          <th scope="col">{t('assessments.audit.reason')}</th>
          <th scope="col">{t('assessments.audit.who')}</th>
        </tr>
      </thead>
      <tbody>
        {audit.data.map((line) => (
          <tr key={line.id}>
            <td>{formatDate(line.changedAt.slice(0, 10), language)} {line.changedAt.slice(11, 16)}</td>
            <td>
              {t(`assessments.audit.actions.${line.action}`)} · {t(`assessments.skills.${line.skill}`)} ({t(`assessments.sources.${line.source}`)})
            </td>
            <td>
              {line.oldLevel ? levelText(line.oldLevel) : '–'} → {line.newLevel ? levelText(line.newLevel) : '–'}
            </td>
            <td dir="auto">{line.reason || '–'}</td>
            <td dir="auto">{line.changedByName ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
