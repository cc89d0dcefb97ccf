import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issueFor, Field } from '../../../ui/Field';
import { useApiMutation } from '../../../api/hooks';
import { apiErrorOf } from '../../../api/client';

const intervals = [1, 2, 4, 8, 24] as const;

/**
 * The backup folder (typed or pasted: a path on this PC or a network/cloud folder) and the
 * interval. Keyed by the saved folder, so the draft starts over when the saved one changes.
 */
export function BackupFolderForm({ folder, intervalHours }: { folder: string | null; intervalHours: number }) {
  const { t } = useTranslation();
  const update = useApiMutation('settings.update');
  const [draft, setDraft] = useState(folder ?? '');
  const issues = update.isError ? apiErrorOf(update.error).issues ?? [] : [];

  const save = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    if (value === (folder ?? '')) return;
    update.mutate({ backupFolder: value === '' ? null : value });
  };

  return (
    <form className="backups__folder" onSubmit={save}>
      <Field label={t('backups.folder')} help={t('backups.folderHelp')} issue={issueFor(issues, 'backupFolder')}>
        {(control) => (
          <input {...control} type="text" dir="ltr" value={draft} spellCheck={false} onChange={(event) => setDraft(event.target.value)} onBlur={save} />
        )}
      </Field>
      <Field label={t('backups.interval')} issue={issueFor(issues, 'backupIntervalHours')}>
        {(control) => (
          <select {...control} value={intervalHours} onChange={(event) => update.mutate({ backupIntervalHours: Number(event.target.value) })}>
            {intervals.map((hours) => (
              <option key={hours} value={hours}>
                {t('backups.everyHours', { count: hours })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button">{t('backups.useFolder')}</button>
    </form>
  );
}
