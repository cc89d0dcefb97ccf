import { useTranslation } from 'react-i18next';
import type { PersonRef } from './ExportDialog';

/** The two buttons beside a participant; their accessible names carry the name, so a list of them stays clear. */
export function PersonActions({ person, onAct }: { person: PersonRef; onAct: (kind: 'export' | 'delete', person: PersonRef) => void }) {
  const { t } = useTranslation();
  return (
    <span className="privacy__actions">
      <button type="button" className="button button--small" aria-label={`${t('participantData.actions.export')}: ${person.name}`} onClick={() => onAct('export', person)}>
        {t('participantData.actions.export')}
      </button>
      <button type="button" className="button button--small button--danger" aria-label={`${t('participantData.actions.delete')}: ${person.name}`} onClick={() => onAct('delete', person)}>
        {t('participantData.actions.delete')}
      </button>
    </span>
  );
}
