import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFolderSchema } from '../../../../shared/domain/backups';
import { documentKinds, type DocumentCandidate, type DocumentKind, type DocumentLanguage } from '../../../../shared/domain/certificates';
import { uiLanguages } from '../../../../shared/domain/languages';
import type { ApiError, FieldIssue } from '../../../../shared/result';
import { apiErrorOf, request } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { transport } from '../../api/transport';
import { useErrorText } from '../../i18n/use-error-text';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { ParticipantChoiceRow, emptyChoice, type Choice } from './ParticipantChoiceRow';
import { useDocumentsRefresh } from './use-documents-refresh';

type Output = 'one' | 'folder';
type Outcome = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/**
 * «Skriv ut for en klasse»: choose the class, the document and its language, tick the
 * participants (all by default, in name order) and what each agreed to show, then issue
 * and print: one PDF for the class, or one PDF each into a folder.
 */
export function IssueSection({ onIssued }: { onIssued: () => void }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { errorText } = useErrorText();
  const refresh = useDocumentsRefresh();
  const courses = useApiQuery('courses.list', {});
  const [chosenCourseId, setCourseId] = useState('');
  const [kind, setKind] = useState<DocumentKind>('diploma');
  const [language, setLanguage] = useState<DocumentLanguage>(ui);
  const [output, setOutput] = useState<Output>('one');
  const [folder, setFolder] = useState('');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  // The first class until another is chosen.
  const courseId = chosenCourseId || (courses.data?.[0]?.id ?? '');
  const candidates = useApiQuery('documents.candidates', { courseId, kind }, { enabled: courseId !== '' });

  // Everyone in the class is ticked until unticked; what was set for a person is kept while switching document.
  const list = candidates.data ?? [];
  const choiceOf = (participantId: string): Choice => choices[participantId] ?? emptyChoice;
  const chosen = list.filter((person) => choiceOf(person.participantId).selected);
  const setAll = (selected: boolean) =>
    setChoices((current) => ({ ...current, ...Object.fromEntries(list.map((person) => [person.participantId, { ...(current[person.participantId] ?? emptyChoice), selected }])) }));

  const failedText = (error: ApiError) => errorText(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIssues([]);
    if (chosen.length === 0) {
      setOutcome({ kind: 'failed', text: t('certificates.issue.noneChosen') });
      return;
    }
    if (output === 'folder') {
      const parsed = backupFolderSchema.safeParse(folder.trim() === '' ? null : folder);
      if (!parsed.success || parsed.data === null) {
        setIssues([{ path: 'folder', code: parsed.success ? 'required' : 'notAbsolutePath' }]);
        return;
      }
    }
    setOutcome({ kind: 'working' });
    let ids: string[];
    try {
      const issued = await request('documents.issue', {
        kind,
        language,
        courseId,
        documents: chosen.map((person) => {
          const { selected: _selected, ...choice } = choiceOf(person.participantId);
          return { participantId: person.participantId, ...choice };
        }),
      });
      ids = issued.map((doc) => doc.id);
      void refresh();
    } catch (error) {
      const apiError = apiErrorOf(error);
      setOutcome({ kind: 'failed', text: failedText(apiError) });
      return;
    }
    const issuedText = t('certificates.issue.issued', { count: ids.length });
    const printed = await transport.print('print.documents', output === 'folder' ? { ids, folder: folder.trim() } : { ids });
    if (!printed.ok) {
      if (printed.error.issues) setIssues(printed.error.issues);
      setOutcome({ kind: 'failed', text: `${issuedText} ${failedText(printed.error)}` });
      return;
    }
    const printedText =
      output === 'folder'
        ? t('certificates.issue.savedToFolder', { count: ids.length, folder: printed.value.fileName })
        : t(!printed.value.saved ? 'printing.status.notSaved' : window.api ? 'printing.status.saved' : 'printing.status.downloaded', { fileName: printed.value.fileName });
    setOutcome({ kind: 'done', text: `${issuedText} ${printedText}` });
  };

  if (courses.data && courses.data.length === 0) return <EmptyState>{t('certificates.issue.noCourses')}</EmptyState>;

  return (
    <section className="card" aria-labelledby="issue-title">
      <h2 id="issue-title">{t('certificates.tabs.issue')}</h2>
      {courses.isError ? <ErrorMessage error={courses.error} /> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="toolbar">
          <label className="toolbar__item">
            <span>{t('certificates.issue.course')}</span>
            <select value={courseId} onChange={(event) => setCourseId(event.target.value)}>
              {(courses.data ?? []).map((course) => (
                <option key={course.id} value={course.id}>{course.name}</option>
              ))}
            </select>
          </label>
          <label className="toolbar__item">
            <span>{t('certificates.issue.kind')}</span>
            <select value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)}>
              {documentKinds.map((item) => (
                <option key={item} value={item}>{t(`certificates.kinds.${item}`)}</option>
              ))}
            </select>
          </label>
          <label className="toolbar__item">
            <span>{t('certificates.issue.language')}</span>
            <select value={language} onChange={(event) => setLanguage(event.target.value as DocumentLanguage)}>
              {uiLanguages.map((item) => (
                <option key={item} value={item}>{t(`certificates.languages.${item}`)}</option>
              ))}
            </select>
          </label>
        </div>

        {candidates.isError ? <ErrorMessage error={candidates.error} /> : null}
        {candidates.data && list.length === 0 ? <EmptyState>{t('certificates.issue.noParticipants')}</EmptyState> : null}
        {list.length > 0 ? (
          <fieldset className="documents-people">
            <legend>{t('certificates.issue.participants')}</legend>
            <div className="button-row documents-people__all">
              <button type="button" className="button button--small" onClick={() => setAll(true)}>{t('certificates.issue.selectAll')}</button>
              <button type="button" className="button button--small" onClick={() => setAll(false)}>{t('certificates.issue.selectNone')}</button>
            </div>
            <ul className="documents-people__list">
              {list.map((person: DocumentCandidate) => (
                <ParticipantChoiceRow
                  key={person.participantId}
                  person={person}
                  kind={kind}
                  choice={choiceOf(person.participantId)}
                  onChange={(choice) => setChoices((current) => ({ ...current, [person.participantId]: choice }))}
                />
              ))}
            </ul>
          </fieldset>
        ) : null}

        <fieldset className="radio-group">
          <legend>{t('certificates.issue.output')}</legend>
          <label className="radio">
            <input type="radio" name="documents-output" checked={output === 'one'} onChange={() => setOutput('one')} />
            <span>{t('certificates.issue.onePdf')}</span>
          </label>
          <label className="radio">
            <input type="radio" name="documents-output" checked={output === 'folder'} onChange={() => setOutput('folder')} />
            <span>{t('certificates.issue.perParticipant')}</span>
          </label>
        </fieldset>
        {output === 'folder' ? (
          <Field label={t('certificates.issue.folder')} help={t('certificates.issue.folderHelp')} issue={issueFor(issues, 'folder')} required>
            {(control) => <input {...control} dir="ltr" className="documents-folder" value={folder} onChange={(event) => setFolder(event.target.value)} />}
          </Field>
        ) : null}

        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={outcome.kind === 'working' || chosen.length === 0}>
            {t('certificates.issue.submit', { count: chosen.length })}
          </button>
          {outcome.kind === 'done' ? (
            <button type="button" className="button" onClick={onIssued}>
              {t('certificates.issue.openRegister')}
            </button>
          ) : null}
        </div>
        <p role="status" className={outcome.kind === 'failed' ? 'warning-text' : 'muted'}>
          {outcome.kind === 'working' ? t('printing.status.working') : outcome.kind === 'done' || outcome.kind === 'failed' ? outcome.text : ''}
        </p>
      </form>
    </section>
  );
}
