import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { participantCreateSchema, programmes, type Programme } from '../../../../shared/domain/participants';
import { Dialog } from '../../ui/Dialog';
import { Field, issueFor } from '../../ui/Field';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { useCreateForm } from '../../ui/use-create-form';

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
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) form.reset();
        onOpenChange(next);
      }}
      title={t('participants.new')}
    >
      <form onSubmit={(event) => void form.submit(event)} noValidate>
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
            <select {...control} value={form.values.programme} onChange={(e) => form.set({ programme: e.target.value as Programme })}>
              {programmes.map((programme) => (
                <option key={programme} value={programme}>
                  {t(`participants.programmes.${programme}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('common.create')}
          </button>
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
