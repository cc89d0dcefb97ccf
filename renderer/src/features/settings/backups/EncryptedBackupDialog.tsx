import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupPasswordSchema } from '../../../../../shared/domain/backups';
import { useApiMutation } from '../../../api/hooks';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';

/** A backup protected by a password: typed twice, never stored; without it the copy cannot be read. */
export function EncryptedBackupDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const run = useApiMutation('backups.run');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const tooShort = !backupPasswordSchema.safeParse(password).success;
  const mismatch = password !== repeat;

  const close = (next: boolean) => {
    if (!next) {
      setPassword('');
      setRepeat('');
      setTried(false);
    }
    onOpenChange(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (tooShort || mismatch) return;
    run.mutate({ password }, { onSuccess: () => close(false) });
  };

  return (
    <Dialog open={open} onOpenChange={close} title={t('backups.encryptedTitle')}>
      <form onSubmit={submit}>
        <p>{t('backups.encryptedIntro')}</p>
        <Field label={t('backups.password')} issue={tried && tooShort ? { path: 'password', code: 'tooShort', params: { minimum: 10 } } : undefined}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} />}
        </Field>
        <Field label={t('backups.passwordRepeat')} issue={tried && !tooShort && mismatch ? { path: 'repeat', code: 'invalidValue' } : undefined}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} />}
        </Field>
        {tried && !tooShort && mismatch ? <p className="field__error">{t('backups.passwordMismatch')}</p> : null}
        {run.isError ? <ErrorMessage error={run.error} /> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={run.isPending}>
            {t('backups.runEncryptedConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
