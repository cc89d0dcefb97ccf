import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { participantCreateSchema } from '../../../../shared/domain/participants';
import { CreateDialog } from '../../ui/CreateDialog';
import { Field, issueFor } from '../../ui/Field';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { useCreateForm } from '../../ui/use-create-form';
import { ProgrammeSelect } from './ProgrammeSelect';

interface NewParticipantDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (participant: MethodOutput<'participants.create'>) => void;
}

export function NewParticipantDialog({ open, onOpenChange, onCreated }: NewParticipantDialogProps) {
  const { t } = useTranslation();
  const form = useCreateForm(
    'participants.create',
    participantCreateSchema,
    { givenName: '', familyName: '', motherTongues: [], programme: 'introduction' },
    (created) => {
      onOpenChange(false);
      onCreated(created);
    },
  );
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('participants.new')} form={form}>
        <p className="field__help">{t('participants.nameHelp')}</p>
        <Field label={t('participants.givenName')} issue={issueFor(form.issues, 'givenName')} required>
          {(control) => (
            <input {...control} dir="auto" autoFocus value={form.values.givenName} onChange={(e) => form.set({ givenName: e.target.value })} />
          )}
        </Field>
        <Field label={t('participants.familyName')} issue={issueFor(form.issues, 'familyName')}>
          {(control) => (
            <input {...control} dir="auto" value={form.values.familyName ?? ''} onChange={(e) => form.set({ familyName: e.target.value })} />
          )}
        </Field>
        <Field label={t('participants.motherTongues')} help={t('participants.motherTonguesHelp')} issue={issueFor(form.issues, 'motherTongues')}>
          {(control) => (
            <LanguagePicker {...control} value={form.values.motherTongues ?? []} onChange={(motherTongues) => form.set({ motherTongues })} />
          )}
        </Field>
        <Field label={t('participants.programme')} issue={issueFor(form.issues, 'programme')}>
          {(control) => (
            <ProgrammeSelect {...control} value={form.values.programme} onChange={(programme) => form.set({ programme })} />
          )}
        </Field>
    </CreateDialog>
  );
}
