import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { glossaryTermCreateSchema } from '../../../../shared/domain/glossary';
import { CreateDialog } from '../../ui/CreateDialog';
import { Field, issueFor } from '../../ui/Field';
import { useCreateForm } from '../../ui/use-create-form';
import { WordClassSelect } from './WordClassSelect';

interface NewTermDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The theme the list is showing: a new term belongs to it from the start. */
  themeIds: string[];
  onCreated: (term: MethodOutput<'glossary.create'>) => void;
}

/** «Nytt begrep»: the Norwegian word, its word class and an example; translations come on its page. */
export function NewTermDialog({ open, onOpenChange, themeIds, onCreated }: NewTermDialogProps) {
  const { t } = useTranslation();
  const form = useCreateForm('glossary.create', glossaryTermCreateSchema, { term: '', wordClass: null, example: '', themeIds }, (created) => {
    onOpenChange(false);
    onCreated(created);
  });
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('glossary.newTerm')} form={form}>
      <Field label={t('glossary.term')} issue={issueFor(form.issues, 'term')} required>
        {(control) => (
          <input {...control} lang="nb" autoFocus value={form.values.term} onChange={(e) => form.set({ term: e.target.value })} />
        )}
      </Field>
      <Field label={t('glossary.wordClass')} issue={issueFor(form.issues, 'wordClass')}>
        {(control) => <WordClassSelect {...control} value={form.values.wordClass ?? null} onChange={(wordClass) => form.set({ wordClass })} />}
      </Field>
      <Field label={t('glossary.example')} issue={issueFor(form.issues, 'example')}>
        {(control) => <input {...control} lang="nb" value={form.values.example ?? ''} onChange={(e) => form.set({ example: e.target.value })} />}
      </Field>
    </CreateDialog>
  );
}
