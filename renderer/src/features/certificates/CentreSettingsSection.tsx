import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centreProfileUpdateSchema, type CentreProfile } from '../../../../shared/domain/certificates';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { apiErrorOf, request } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { SaveStatus } from '../../ui/SaveStatus';
import type { SaveState } from '../../ui/use-autosave';
import { pictureAsDataUrl } from './picture';
import { useDocumentsRefresh } from './use-documents-refresh';
import './certificates.css';

const saveDelayMs = 500;
const textFields = [
  { key: 'name', max: 200 },
  { key: 'address', max: 300 },
  { key: 'signerName', max: 200 },
  { key: 'signerTitle', max: 200 },
] as const;

function PictureField({ label, value, onChange }: { label: string; value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  const [rejected, setRejected] = useState(false);
  return (
    <Field label={label} help={rejected ? undefined : t('certificates.centre.imageHelp')}>
      {(control) => (
        <div className="documents-picture">
          {value ? <img src={value} alt="" className="documents-picture__image" /> : <span className="muted">{t('certificates.centre.noImage')}</span>}
          <input
            {...control}
            type="file"
            accept="image/png,image/jpeg"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              void pictureAsDataUrl(file).then((url) => {
                setRejected(url === null);
                if (url) onChange(url);
              });
            }}
          />
          {value ? (
            <button type="button" className="button button--small" onClick={() => onChange(null)}>
              {t('certificates.centre.removeImage')}
            </button>
          ) : null}
          {rejected ? <p className="field__error" role="alert">{t('certificates.centre.imageRejected')}</p> : null}
        </div>
      )}
    </Field>
  );
}

function CentreForm({ saved }: { saved: CentreProfile }) {
  const { t } = useTranslation();
  const refresh = useDocumentsRefresh();
  const [draft, setDraft] = useState<CentreProfile>(saved);
  const [state, setState] = useState<SaveState>('saved');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const pending = useRef<Partial<CentreProfile>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (Object.keys(patch).length === 0 || !centreProfileUpdateSchema.safeParse(patch).success) return;
    pending.current = {};
    try {
      await request('documents.centre.update', patch);
      if (Object.keys(pending.current).length === 0) setState('saved');
      setFailure(null);
      void refresh();
    } catch (error) {
      pending.current = { ...patch, ...pending.current };
      const apiError = apiErrorOf(error);
      setIssues(apiError.issues ?? []);
      if (!apiError.issues) setFailure(error);
      setState('invalid');
    }
  };
  useEffect(() => () => void flush(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (patch: Partial<CentreProfile>, now = false) => {
    setDraft((current) => ({ ...current, ...patch }));
    pending.current = { ...pending.current, ...patch };
    clearTimeout(timer.current);
    const parsed = centreProfileUpdateSchema.safeParse(pending.current);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, pending.current));
      setState('invalid');
      return;
    }
    setIssues([]);
    setState('saving');
    timer.current = setTimeout(() => void flush(), now ? 0 : saveDelayMs);
  };

  return (
    <>
      <div className="form-grid">
        {textFields.map(({ key, max }) => (
          <Field key={key} label={t(`certificates.centre.${key}`)} issue={issueFor(issues, key)}>
            {(control) => <input {...control} dir="auto" maxLength={max} value={draft[key]} onChange={(event) => change({ [key]: event.target.value })} onBlur={() => void flush()} />}
          </Field>
        ))}
        <Field label={t('certificates.centre.accent')} issue={issueFor(issues, 'accentColour')}>
          {(control) => <input {...control} type="color" value={draft.accentColour} onChange={(event) => change({ accentColour: event.target.value })} />}
        </Field>
      </div>
      <div className="form-grid">
        <PictureField label={t('certificates.centre.logo')} value={draft.logo} onChange={(logo) => change({ logo }, true)} />
        <PictureField label={t('certificates.centre.signature')} value={draft.signature} onChange={(signature) => change({ signature }, true)} />
      </div>
      <SaveStatus state={state} />
      {failure ? <ErrorMessage error={failure} /> : null}
    </>
  );
}

/** «Opplæringsstedet på dokumenter» in Innstillinger: name, address, signer, colour, logo and signature. */
export function CentreSettingsSection() {
  const { t } = useTranslation();
  const profile = useApiQuery('documents.centre.get', {}, { staleTime: Infinity });
  return (
    <section className="card" aria-labelledby="centre-settings-title">
      <h2 id="centre-settings-title">{t('certificates.centre.title')}</h2>
      <p className="field__help">{t('certificates.centre.help')}</p>
      {profile.isError ? <ErrorMessage error={profile.error} /> : null}
      {profile.data ? <CentreForm saved={profile.data} /> : null}
    </section>
  );
}
