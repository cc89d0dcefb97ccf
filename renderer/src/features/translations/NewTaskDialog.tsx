import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName, languages } from '../../../../shared/domain/languages';
import type { Staff } from '../../../../shared/domain/staff';
import { translationTaskCreateSchema } from '../../../../shared/domain/translation-queue';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { apiErrorOf, request } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useErrorText } from '../../i18n/use-error-text';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { CreateDialog } from '../../ui/CreateDialog';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { useInvalidateTranslations } from './queries';

interface Draft {
  themeId: string;
  language: string;
  dueDate: string;
  assigneeId: string;
  note: string;
}
const empty: Draft = { themeId: '', language: '', dueDate: '', assigneeId: '', note: '' };

/** A task by hand, for a theme the plan has not asked for (yet), e.g. words for next month. */
export function NewTaskDialog({ open, onOpenChange, assistants }: { open: boolean; onOpenChange: (open: boolean) => void; assistants: readonly Staff[] }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { errorText } = useErrorText();
  const invalidate = useInvalidateTranslations();
  const overview = useApiQuery('glossary.overview', {});
  const [draft, setDraft] = useState<Draft>(empty);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const input = () => ({
    ...(draft.themeId ? { themeId: draft.themeId } : {}),
    language: draft.language,
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    assigneeId: draft.assigneeId || null,
    note: draft.note,
  });
  const reset = () => {
    setDraft(empty);
    setIssues([]);
    setFailure('');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = translationTaskCreateSchema.safeParse(input());
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, input()));
      return;
    }
    setBusy(true);
    try {
      await request('translationTasks.create', input());
      await invalidate();
      reset();
      onOpenChange(false);
    } catch (error) {
      const apiError = apiErrorOf(error);
      setIssues(apiError.issues ?? []);
      setFailure(apiError.code === 'conflict' ? t('translations.exists') : apiError.issues ? '' : errorText(apiError));
    } finally {
      setBusy(false);
    }
  };
  const sortedLanguages = [...languages].filter((language) => language.code !== 'nb' && language.code !== 'nn').sort((a, b) => a[ui].localeCompare(b[ui], ui));

  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('translations.newTitle')} form={{ submit, reset, busy }}>
      <Field label={t('translations.newTheme')} issue={issueFor(issues, 'themeId')} required>
        {(control) => (
          <select {...control} value={draft.themeId} onChange={(event) => setDraft({ ...draft, themeId: event.target.value })}>
            <option value="">{t('translations.pickTheme')}</option>
            {(overview.data?.themes ?? []).map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name} ({theme.courseName})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('translations.newLanguage')} issue={issueFor(issues, 'language')} required>
        {(control) => (
          <select {...control} value={draft.language} onChange={(event) => setDraft({ ...draft, language: event.target.value })}>
            <option value="">{t('translations.pickLanguage')}</option>
            {sortedLanguages.map((language) => (
              <option key={language.code} value={language.code}>
                {languageName(language.code, ui)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('translations.newDue')} help={t('translations.newDueHelp')} issue={issueFor(issues, 'dueDate')}>
        {(control) => <DateField {...control} value={draft.dueDate} onChange={(dueDate) => setDraft({ ...draft, dueDate })} />}
      </Field>
      <Field label={t('translations.newAssignee')} issue={issueFor(issues, 'assigneeId')}>
        {(control) => (
          <select {...control} value={draft.assigneeId} onChange={(event) => setDraft({ ...draft, assigneeId: event.target.value })}>
            <option value="">{t('translations.unassigned')}</option>
            {assistants.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('translations.newNote')} issue={issueFor(issues, 'note')}>
        {(control) => <input {...control} type="text" dir="auto" value={draft.note} onChange={(event) => setDraft({ ...draft, note: event.target.value })} />}
      </Field>
      {failure ? <p className="field__error" role="alert">{failure}</p> : null}
    </CreateDialog>
  );
}
