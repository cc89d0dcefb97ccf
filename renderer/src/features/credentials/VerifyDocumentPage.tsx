import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../shared/result';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { IssuerKeySection } from './IssuerKeySection';
import { verifyInputOf, type FileProblem } from './read-file';
import { useCredentialCheck } from './use-credential-check';
import { VerificationResultPanel } from './VerificationResultPanel';
import './credentials.css';

const accept = '.pdf,.json,.jsonld,application/pdf,application/json,application/ld+json';
const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * «Kontroller dokument»: drop or pick a PDF or credential file, or type a serial, and see
 * whether the document is genuine, issued here or elsewhere, or revoked. All offline.
 */
export function VerifyDocumentPage() {
  const { t } = useTranslation();
  const { status, run } = useCredentialCheck();
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [serial, setSerial] = useState('');
  const [serialIssue, setSerialIssue] = useState<FieldIssue | undefined>();
  const [over, setOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const checkFile = async (file: File) => {
    setProblem(null);
    const input = await verifyInputOf(file);
    if ('problem' in input) {
      setProblem(input);
      return;
    }
    void run(input, t('credentials.checkedFile', { name: file.name }));
  };

  const checkSerial = (event: FormEvent) => {
    event.preventDefault();
    const typed = serial.trim().toUpperCase();
    if (typed === '') {
      setSerialIssue({ path: 'serial', code: 'required' });
      return;
    }
    setSerialIssue(undefined);
    setSerial(typed);
    void run({ source: 'serial', serial: typed }, t('credentials.checkedSerial', { serial: typed }));
  };

  return (
    <>
      <PageHeader title={t('credentials.title')}>
        <p className="muted verify__intro">{t('credentials.intro')}</p>
      </PageHeader>
      <div className="verify__sources">
        <section
          className={over ? 'card verify__drop verify__drop--over' : 'card verify__drop'}
          aria-labelledby="verify-file-heading"
          onDragOver={(event) => {
            if (!carriesFiles(event)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            setOver(true);
          }}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
          }}
          onDrop={(event) => {
            if (!carriesFiles(event)) return;
            event.preventDefault();
            setOver(false);
            const file = event.dataTransfer.files[0];
            if (file) void checkFile(file);
          }}
        >
          <h2 id="verify-file-heading">{t('credentials.file.heading')}</h2>
          <p>{t('credentials.file.drop')}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => fileInput.current?.click()}>
              {t('credentials.file.choose')}
            </button>
          </div>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept={accept}
            aria-label={t('credentials.file.choose')}
            data-testid="credential-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void checkFile(file);
            }}
          />
          <p className="field__help">{t('credentials.file.help')}</p>
          {problem ? (
            <p className="field__error" role="alert">
              {problem.problem === 'tooLarge' ? t('credentials.file.tooLarge', { mb: problem.mb }) : t(`credentials.file.${problem.problem}`)}
            </p>
          ) : null}
        </section>
        <section className="card" aria-labelledby="verify-serial-heading">
          <h2 id="verify-serial-heading">{t('credentials.serial.heading')}</h2>
          <form onSubmit={checkSerial} noValidate>
            <Field label={t('credentials.serial.label')} help={t('credentials.serial.help')} issue={serialIssue}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={serial}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={40}
                  onChange={(event) => setSerial(event.target.value)}
                />
              )}
            </Field>
            <div className="button-row">
              <button type="submit" className="button button--primary">
                {t('credentials.serial.check')}
              </button>
            </div>
          </form>
        </section>
      </div>
      <div className="verify__answer" aria-live="polite">
        {status.state === 'checking' ? <p className="muted">{t('credentials.checking')}</p> : null}
        {status.state === 'done' ? <VerificationResultPanel result={status.result} label={status.label} /> : null}
      </div>
      {status.state === 'failed' ? <ErrorMessage error={status.error} /> : null}
      <IssuerKeySection />
    </>
  );
}
