import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKinds, documentTextsSchema, type DocumentKind, type DocumentLanguage, type DocumentTexts } from '../../../../shared/domain/certificates';
import { uiLanguages } from '../../../../shared/domain/languages';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { apiErrorOf, request } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { SaveStatus } from '../../ui/SaveStatus';
import type { SaveState } from '../../ui/use-autosave';
import { useDocumentsRefresh } from './use-documents-refresh';

const saveDelayMs = 500;
const previewDelayMs = 200;
const placeholderList = ['{{name}}', '{{course}}', '{{period}}', '{{centreName}}', '{{site}}'].join(', ');

/** The editor for one kind and language, mounted afresh when either changes. */
function TextsEditor({ kind, language, saved, defaults }: { kind: DocumentKind; language: DocumentLanguage; saved: DocumentTexts; defaults: DocumentTexts }) {
  const { t } = useTranslation();
  const refresh = useDocumentsRefresh();
  const [draft, setDraft] = useState<DocumentTexts>(saved);
  const [state, setState] = useState<SaveState>('saved');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [preview, setPreview] = useState('');
  const [previewError, setPreviewError] = useState<unknown>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(saved);
  const pending = useRef(false);

  // The preview follows what is typed, a moment after the last key, even before it is saved.
  useEffect(() => {
    const parsed = documentTextsSchema.safeParse(draft);
    if (!parsed.success) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      request('documents.preview', { kind, language, texts: parsed.data })
        .then((answer) => current && (setPreview(answer.html), setPreviewError(null)))
        .catch((error: unknown) => current && setPreviewError(error));
    }, previewDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft, kind, language]);

  const save = async () => {
    clearTimeout(saveTimer.current);
    const parsed = documentTextsSchema.safeParse(latest.current);
    if (!pending.current || !parsed.success) return;
    pending.current = false;
    try {
      await request('documents.texts.update', { kind, language, texts: parsed.data });
      setState('saved');
      void refresh();
    } catch (error) {
      pending.current = true;
      setIssues((apiErrorOf(error).issues ?? []).map((issue) => ({ ...issue, path: issue.path.replace(/^texts\./u, '') })));
      setState('invalid');
    }
  };
  // Whatever is pending is saved when the editor closes (another document chosen, page left).
  useEffect(() => () => void save(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (next: DocumentTexts) => {
    setDraft(next);
    latest.current = next;
    clearTimeout(saveTimer.current);
    const parsed = documentTextsSchema.safeParse(next);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, next));
      setState('invalid');
      return;
    }
    setIssues([]);
    setState('saving');
    pending.current = true;
    saveTimer.current = setTimeout(() => void save(), saveDelayMs);
  };

  const isDefault = draft.title === defaults.title && draft.intro === defaults.intro && draft.closing === defaults.closing;

  return (
    <div className="documents-texts">
      <div className="documents-texts__fields">
        <p className="field__help">{t('certificates.texts.help', { fields: placeholderList })}</p>
        <Field label={t('certificates.texts.titleField')} issue={issueFor(issues, 'title')} required>
          {(control) => <input {...control} dir="auto" value={draft.title} onChange={(event) => change({ ...draft, title: event.target.value })} onBlur={() => void save()} />}
        </Field>
        <Field label={t('certificates.texts.intro')} issue={issueFor(issues, 'intro')}>
          {(control) => <textarea {...control} dir="auto" rows={5} value={draft.intro} onChange={(event) => change({ ...draft, intro: event.target.value })} onBlur={() => void save()} />}
        </Field>
        <Field label={t('certificates.texts.closing')} issue={issueFor(issues, 'closing')}>
          {(control) => <textarea {...control} dir="auto" rows={4} value={draft.closing} onChange={(event) => change({ ...draft, closing: event.target.value })} onBlur={() => void save()} />}
        </Field>
        <div className="button-row">
          <button type="button" className="button" disabled={isDefault} onClick={() => change(defaults)}>
            {t('certificates.texts.reset')}
          </button>
          <SaveStatus state={state} />
        </div>
      </div>
      <div className="documents-preview">
        <h3 id="documents-preview-title">{t('certificates.preview.title')}</h3>
        <p className="field__help">{t('certificates.preview.help')}</p>
        {previewError ? <ErrorMessage error={previewError} /> : null}
        <div className="documents-preview__frame" dir="ltr">
          {/* Sandboxed without any permission: the document is shown, never run. */}
          <iframe sandbox="" srcDoc={preview} title={t('certificates.preview.title')} aria-describedby="documents-preview-title" />
        </div>
      </div>
    </div>
  );
}

/** «Tekster og mal»: the wording of each document in each language, with a live preview. */
export function TemplateTextsSection() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const [kind, setKind] = useState<DocumentKind>('diploma');
  const [language, setLanguage] = useState<DocumentLanguage>(ui);
  const texts = useApiQuery('documents.texts.get', { kind, language }, { staleTime: Infinity });
  return (
    <section className="card" aria-labelledby="texts-title">
      <h2 id="texts-title">{t('certificates.tabs.texts')}</h2>
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t('certificates.texts.kind')}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)}>
            {documentKinds.map((item) => (
              <option key={item} value={item}>{t(`certificates.kinds.${item}`)}</option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t('certificates.texts.language')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as DocumentLanguage)}>
            {uiLanguages.map((item) => (
              <option key={item} value={item}>{t(`certificates.languages.${item}`)}</option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">{t('certificates.texts.placeholderHelp')}</p>
      {texts.isError ? <ErrorMessage error={texts.error} /> : null}
      {texts.data ? <TextsEditor key={`${kind}.${language}`} kind={kind} language={language} saved={texts.data.texts} defaults={texts.data.defaults} /> : null}
    </section>
  );
}
