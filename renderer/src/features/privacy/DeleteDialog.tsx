import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sameName } from '../../../../shared/domain/participant-data';
import { useApiMutation } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { PersonRef } from './ExportDialog';

/**
 * «Slett for godt»: cannot be undone, so the user types the participant's name, and is
 * offered an export first. Backups already taken keep the data until they rotate out.
 */
export function DeleteDialog({
  person,
  onClose,
  onDeleted,
  onExportFirst,
}: {
  person: PersonRef;
  onClose: () => void;
  onDeleted: (message: string) => void;
  onExportFirst: () => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const remove = useApiMutation('participantData.delete');
  const matches = sameName(typed, person.name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    remove.mutate(
      { participantId: person.participantId, confirmName: typed },
      { onSuccess: (result) => onDeleted(t('participantData.delete.done', { rows: result.rows, files: result.files })) },
    );
  };

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())} title={t('participantData.delete.title', { name: person.name })}>
      <form onSubmit={submit}>
        <p className="privacy__warning">{t('participantData.delete.warning')}</p>
        <p>{t('participantData.delete.backups')}</p>
        <p>
          {t('participantData.delete.exportFirst')}{' '}
          <button type="button" className="button button--small" onClick={onExportFirst}>
            {t('participantData.actions.export')}
          </button>
        </p>
        <label className="field">
          <span>{t('participantData.delete.confirmLabel', { name: person.name })}</span>
          <input dir="auto" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </label>
        {remove.isError ? <ErrorMessage error={remove.error} /> : null}
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={!matches || remove.isPending}>
            {t('participantData.delete.confirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
