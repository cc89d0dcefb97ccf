import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { glossaryTranslationCreateSchema } from '../../../../shared/domain/glossary';
import { isolate } from '../../../../shared/domain/text-direction';
import { CreateDialog } from '../../ui/CreateDialog';
import { Field, issueFor } from '../../ui/Field';
import { useCreateForm } from '../../ui/use-create-form';
import { AddLanguageDialog } from './languages/AddLanguageDialog';
import { useGlossaryLanguages } from './languages/use-glossary-languages';
import { AuthorSelect, DirectionSelect, StatusSelect } from './TranslationFields';

interface NewTranslationDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  termId: string;
  /** Languages the term already has: one translation per language. */
  taken: readonly string[];
}

/** «Legg til oversettelse»: the language, then the text in its own script and direction. */
export function NewTranslationDialog({ open, onOpenChange, termId, taken }: NewTranslationDialogProps) {
  const { t } = useTranslation();
  const { languages } = useGlossaryLanguages();
  const [addingLanguage, setAddingLanguage] = useState(false);
  const form = useCreateForm(
    'glossary.translations.create',
    glossaryTranslationCreateSchema,
    { termId, language: '', text: '', transliteration: '', direction: 'auto', status: 'draft', authorId: null },
    () => onOpenChange(false),
  );
  const options = languages.filter((language) => !taken.includes(language.code));
  const direction = form.values.direction ?? 'auto';
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('glossary.addTranslation')} form={form}>
      <Field label={t('glossary.language')} issue={issueFor(form.issues, 'language')} required>
        {(control) => (
          <select {...control} autoFocus value={form.values.language} onChange={(e) => form.set({ language: e.target.value })}>
            <option value="">{t('glossary.pickLanguage')}</option>
            {options.map((language) => (
              <option key={language.code} value={language.code}>
                {isolate(language.name)} ({isolate(language.native ?? language.code)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="field__help">
        <button type="button" className="button button--small" onClick={() => setAddingLanguage(true)}>
          {t('glossaryExchange.languageMissing')}
        </button>
      </p>
      <AddLanguageDialog open={addingLanguage} onOpenChange={setAddingLanguage} onCreated={(language) => form.set({ language: language.code })} />
      <Field label={t('glossary.translation')} issue={issueFor(form.issues, 'text')} required>
        {(control) => (
          <input
            {...control}
            className="glossary-translation__text"
            lang={form.values.language || undefined}
            dir={direction}
            value={form.values.text}
            onChange={(e) => form.set({ text: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('glossary.transliteration')} help={t('glossary.transliterationHelp')} issue={issueFor(form.issues, 'transliteration')}>
        {(control) => <input {...control} dir="auto" value={form.values.transliteration ?? ''} onChange={(e) => form.set({ transliteration: e.target.value })} />}
      </Field>
      <Field label={t('glossary.direction')} issue={issueFor(form.issues, 'direction')}>
        {(control) => <DirectionSelect {...control} value={direction} onChange={(next) => form.set({ direction: next })} />}
      </Field>
      <Field label={t('glossary.status')} issue={issueFor(form.issues, 'status')}>
        {(control) => <StatusSelect {...control} value={form.values.status ?? 'draft'} onChange={(status) => form.set({ status })} />}
      </Field>
      <Field label={t('glossary.author')} issue={issueFor(form.issues, 'authorId')}>
        {(control) => <AuthorSelect {...control} value={form.values.authorId ?? null} onChange={(authorId) => form.set({ authorId })} />}
      </Field>
    </CreateDialog>
  );
}
