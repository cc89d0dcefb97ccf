import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { documentRevokeSchema, type IssuedDocument } from '../../../../shared/domain/certificates';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { apiErrorOf, request } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { useDocumentsRefresh } from './use-documents-refresh';

/** Revoking asks for the reason: it stays in the register and is printed on any reprint. */
export function RevokeDialog({ document, onClose }: { document: IssuedDocument | null; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useDocumentsRefresh();
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setIssues([]);
    setFailure(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!document) return;
    const input = { id: document.id, reason };
    const parsed = documentRevokeSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, input));
      return;
    }
    setBusy(true);
    try {
      await request('documents.revoke', parsed.data);
      toast(t('certificates.revoke.done', { serial: document.serial }));
      void refresh();
      close();
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError.issues) setIssues(apiError.issues);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={document !== null} onOpenChange={(open) => (open ? undefined : close())} title={t('certificates.revoke.title', { serial: document?.serial ?? '' })}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>
          <bdi dir="auto">{document?.participantName}</bdi> · {document ? t(`certificates.kinds.${document.kind}`) : ''}
        </p>
        <p className="muted">{t('certificates.revoke.help')}</p>
        <Field label={t('certificates.revoke.reason')} issue={issueFor(issues, 'reason')} required>
          {(control) => <textarea {...control} dir="auto" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        {failure ? <ErrorMessage error={failure} /> : null}
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={busy}>
            {t('certificates.revoke.confirm')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
