import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, request } from '../../api/client';
import { useErrorText } from '../../i18n/use-error-text';
import { downloadFile } from '../../ui/download-file';

/** «Last ned bevis (.json)»: an issued document's signed Open Badges credential as a file. */
export function ExportCredentialButton({ documentId, serial }: { documentId: string; serial: string }) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { fileName, json } = await request('credentials.export', { documentId });
      downloadFile(new Blob([json], { type: 'application/json' }), fileName);
    } catch (error) {
      const apiError = apiErrorOf(error);
      const reason = apiError.params?.reason;
      setProblem(
        reason === 'credentialNotSignedYet' ? t('credentials.export.notSignedYet')
        : reason === 'noCredential' ? t('credentials.export.noCredential')
        : reason === 'credentialsUnavailable' ? t('credentials.unavailable')
        : errorText(apiError),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--small" disabled={busy} aria-label={t('credentials.export.buttonLabel', { serial })} onClick={() => void download()}>
        {t('credentials.export.button')}
      </button>
      {problem ? (
        <span className="field__error" role="alert">
          {problem}
        </span>
      ) : null}
    </>
  );
}
