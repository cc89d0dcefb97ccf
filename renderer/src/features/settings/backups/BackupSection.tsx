import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSnapshot, BackupStatus } from '../../../../../shared/domain/backups';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { formatDateTime } from '../../../i18n/format';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { BackupFolderForm } from './BackupFolderForm';
import { EncryptedBackupDialog } from './EncryptedBackupDialog';
import { RestoreDialog } from './RestoreDialog';
import './backups.css';

/** While a job runs the status is asked for every second; otherwise once a minute. */
const pollWhileRunningMs = 1000;

/**
 * Sikkerhetskopi: where snapshots go, how often, "back up now", the list of snapshots with
 * restore, and undo of the last restore. Jobs run in the backend; this only starts them and
 * follows their status. Starting a restore refreshes every screen's data (as any change
 * does); those reads wait while the restore runs, so they come back with the restored data.
 */
export function BackupSection() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const status = useApiQuery('backups.status', {}, {
    refetchInterval: (query) => (query.state.data?.running ? pollWhileRunningMs : 60_000),
  });
  const run = useApiMutation('backups.run');
  const undo = useApiMutation('backups.undoRestore');
  const [encrypting, setEncrypting] = useState(false);
  const [restoring, setRestoring] = useState<BackupSnapshot | null>(null);

  if (status.isError) return <section className="card"><ErrorMessage error={status.error} /></section>;
  const data = status.data;
  if (!data) return null;
  const busy = data.running !== null;

  return (
    <section className="card backups" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="field__help">{t('backups.intro')}</p>
      {data.dataFolderCloud ? (
        <div className="backups__warning" role="alert">
          <strong>{t('backups.cloud.title', { service: t(`backups.cloud.services.${data.dataFolderCloud}`) })}</strong>
          <p>{t('backups.cloud.body', { folder: data.dataFolder ?? '' })}</p>
        </div>
      ) : null}
      {!data.available ? <p>{t('backups.unavailable')}</p> : null}
      <BackupFolderForm key={data.folder ?? ''} folder={data.folder} intervalHours={data.intervalHours} />

      <div className="button-row">
        <button type="button" className="button button--primary" disabled={busy || !data.folder} onClick={() => run.mutate({})}>
          {t('backups.runNow')}
        </button>
        <button type="button" className="button" disabled={busy || !data.folder} onClick={() => setEncrypting(true)}>
          {t('backups.runEncrypted')}
        </button>
      </div>
      {run.isError ? <ErrorMessage error={run.error} /> : null}
      <p role="status" className="backups__status">
        <StatusLine status={data} />
      </p>
      {data.lastFailure ? (
        <p className="backups__failure" role="alert">
          {t(`backups.failure.${data.lastFailure.kind}`, { reason: t(`backups.reasons.${data.lastFailure.reason}`) })}
        </p>
      ) : null}
      {data.lastRestore ? (
        <div className="backups__restored">
          <p>{t('backups.restored', { when: formatDateTime(snapshotTime(data, data.lastRestore.snapshotId), language) })}</p>
          {data.lastRestore.canUndo ? (
            <button type="button" className="button" disabled={busy} onClick={() => undo.mutate({})}>
              {t('backups.undoRestore')}
            </button>
          ) : (
            <p>{t('backups.restoreUndone')}</p>
          )}
        </div>
      ) : null}

      <h3>{t('backups.listTitle')}</h3>
      {data.snapshots.length === 0 ? (
        <p className="empty-state">{t(data.folder ? 'backups.emptyWithFolder' : 'backups.emptyNoFolder')}</p>
      ) : (
        <table className="table backups__table">
          <thead>
            <tr>
              <th scope="col">{t('backups.columns.taken')}</th>
              <th scope="col">{t('backups.columns.contents')}</th>
              <th scope="col">{t('backups.columns.protection')}</th>
              <th scope="col"><span className="visually-hidden">{t('backups.columns.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {data.snapshots.map((snapshot) => (
              <tr key={snapshot.id}>
                <td>{formatDateTime(snapshot.takenAt, language)}</td>
                <td>
                  {[
                    t('backups.previewParticipants', { count: snapshot.participants }),
                    t('backups.previewCourses', { count: snapshot.courses }),
                    t('backups.previewLessons', { count: snapshot.lessons }),
                  ].join(', ')}
                </td>
                <td>{snapshot.encrypted ? t('backups.encrypted') : t('backups.notEncrypted')}</td>
                <td>
                  <button type="button" className="button button--small" disabled={busy} onClick={() => setRestoring(snapshot)}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <EncryptedBackupDialog open={encrypting} onOpenChange={setEncrypting} />
      <RestoreDialog snapshot={restoring} onClose={() => setRestoring(null)} />
    </section>
  );
}

/** What the backups are doing, or when the last one was taken and whether there is more to save. */
function StatusLine({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (status.running) return <>{t(`backups.running.${status.running}`)}</>;
  if (!status.folder) return <>{t('backups.noFolder')}</>;
  if (!status.lastBackupAt) return <>{t('backups.never')}</>;
  const when = formatDateTime(status.lastBackupAt, language);
  return (
    <>
      {status.changedSinceLastBackup
        ? t('backups.lastWithChanges', { when, hours: status.intervalHours })
        : t('backups.lastUpToDate', { when })}
    </>
  );
}

const snapshotTime = (data: BackupStatus, id: string): string | null =>
  data.snapshots.find((snapshot) => snapshot.id === id)?.takenAt ?? null;
