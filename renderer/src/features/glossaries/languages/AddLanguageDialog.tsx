import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserLanguage } from '../../../../../shared/domain/glossary-exchange';
import { userLanguageCreateSchema } from '../../../../../shared/domain/glossary-exchange';
import type { FieldIssue } from '../../../../../shared/result';
import { toFieldIssues } from '../../../../../shared/validation';
import { ApiCallError } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { CreateDialog } from '../../../ui/CreateDialog';
import { Field, issueFor } from '../../../ui/Field';

interface AddLanguageDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (language: UserLanguage) => void;
}

const empty = { code: '', name: '', direction: 'ltr' as 'ltr' | 'rtl' };

/**
 * «Legg til språk»: a language that is not in the app's list, by its ISO 639 code (two or
 * three letters), a name and the direction its script is written in.
 */
export function AddLanguageDialog({ open, onOpenChange, onCreated }: AddLanguageDialogProps) {
  const { t } = useTranslation();
  const create = useApiMutation('glossary.languages.create');
  const [values, setValues] = useState(empty);
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, code: values.code.trim().toLowerCase() };
    const parsed = userLanguageCreateSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, input));
      return;
    }
    try {
      const created = await create.mutateAsync(input);
      setValues(empty);
      setIssues([]);
      onCreated(created);
      onOpenChange(false);
    } catch (error) {
      setIssues(error instanceof ApiCallError && error.error.issues ? error.error.issues : []);
    }
  };
  const form = {
    submit,
    reset: () => {
      setValues(empty);
      setIssues([]);
    },
    busy: create.isPending,
  };

  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('glossaryExchange.addLanguage')} form={form}>
      <Field label={t('glossaryExchange.languageCode')} help={t('glossaryExchange.languageCodeHelp')} issue={issueFor(issues, 'code')} required>
        {(control) => (
          <input
            {...control}
            autoFocus
            dir="ltr"
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            value={values.code}
            onChange={(e) => setValues({ ...values, code: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('glossaryExchange.languageName')} issue={issueFor(issues, 'name')} required>
        {(control) => <input {...control} dir="auto" value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />}
      </Field>
      <Field label={t('glossaryExchange.languageDirection')} issue={issueFor(issues, 'direction')}>
        {(control) => (
          <select {...control} value={values.direction} onChange={(e) => setValues({ ...values, direction: e.target.value === 'rtl' ? 'rtl' : 'ltr' })}>
            <option value="ltr">{t('glossaryExchange.directionLtr')}</option>
            <option value="rtl">{t('glossaryExchange.directionRtl')}</option>
          </select>
        )}
      </Field>
    </CreateDialog>
  );
}
