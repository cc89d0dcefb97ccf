import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSnapshot } from '../../../../../shared/domain/backups';
import { useApiMutation } from '../../../api/hooks';
import { formatDateTime } from '../../../i18n/format';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';

/** Shows what a snapshot holds and what restoring it means, then starts the restore. */
export function RestoreDialog({ snapshot, onClose }: { snapshot: BackupSnapshot | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const restore = useApiMutation('backups.restore');
  const [password, setPassword] = useState('');

  const close = (open: boolean) => {
    if (open) return;
    setPassword('');
    restore.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!snapshot) return;
    restore.mutate({ id: snapshot.id, ...(snapshot.encrypted ? { password } : {}) }, { onSuccess: () => close(false) });
  };

  return (
    <Dialog open={snapshot !== null} onOpenChange={close} title={t('backups.restoreTitle')}>
      {snapshot ? (
        <form onSubmit={submit}>
          <p>{t('backups.restorePreview', { when: formatDateTime(snapshot.takenAt, language), version: snapshot.appVersion })}</p>
          <ul className="backups__preview">
            <li>{t('backups.previewParticipants', { count: snapshot.participants })}</li>
            <li>{t('backups.previewCourses', { count: snapshot.courses })}</li>
            <li>{t('backups.previewLessons', { count: snapshot.lessons })}</li>
            <li>{t('backups.previewMaterials', { count: snapshot.materials })}</li>
          </ul>
          <p>{t('backups.restoreWarning')}</p>
          {snapshot.encrypted ? (
            <Field label={t('backups.password')}>
              {(control) => (
                <input {...control} type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
              )}
            </Field>
          ) : null}
          {restore.isError ? <ErrorMessage error={restore.error} /> : null}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={restore.isPending}>
              {t('backups.restoreConfirm')}
            </button>
            <button type="button" className="button" onClick={() => close(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
