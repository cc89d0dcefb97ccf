import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { exportParticipantData, type ExportOutcome } from './participant-export';

export interface PersonRef {
  participantId: string;
  name: string;
}

/** «Eksporter data»: one participant's package, with sensitive notes only when ticked for this export. */
export function ExportDialog({ person, onClose, onExported }: { person: PersonRef; onClose: () => void; onExported: () => void }) {
  const { t } = useTranslation();
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    setError(null);
    exportParticipantData(person.participantId, includeSensitive).then(
      (done) => {
        setOutcome(done);
        setWorking(false);
        onExported();
      },
      (failure: unknown) => {
        setError(failure);
        setWorking(false);
      },
    );
  };

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())} title={t('participantData.export.title', { name: person.name })}>
      <form onSubmit={submit}>
        <p>{t('participantData.export.intro')}</p>
        <label className="privacy__check">
          <input type="checkbox" checked={includeSensitive} onChange={(event) => setIncludeSensitive(event.target.checked)} disabled={working} />
          <span>{t('participantData.export.includeSensitive')}</span>
        </label>
        <p className="field__help">{t('participantData.export.sensitiveHelp')}</p>
        {error ? <ErrorMessage error={error} /> : null}
        <p role="status" className="privacy__status">
          {working ? t('participantData.export.working') : null}
          {outcome ? t('participantData.export.done', { fileName: outcome.fileName }) : null}
          {outcome && outcome.leftOut > 0 ? ` ${t('participantData.export.leftOut', { count: outcome.leftOut })}` : null}
        </p>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={working}>
            {t('participantData.export.start')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
