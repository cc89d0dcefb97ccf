import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { practiceSiteCreateSchema } from '../../../../shared/domain/practice';
import { CreateDialog } from '../../ui/CreateDialog';
import { Field, issueFor } from '../../ui/Field';
import { useCreateForm } from '../../ui/use-create-form';
import { OrgNumberField } from './OrgNumberField';
import { TradeSelect } from './TradeSelect';

interface NewPracticeSiteDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (site: MethodOutput<'practiceSites.create'>) => void;
}

/** «Ny praksisplass»: name, organisation number (checked as typed once submitted), address and trade. */
export function NewPracticeSiteDialog({ open, onOpenChange, onCreated }: NewPracticeSiteDialogProps) {
  const { t } = useTranslation();
  const form = useCreateForm(
    'practiceSites.create',
    practiceSiteCreateSchema,
    { name: '', orgNumber: '', address: '', trade: null },
    (created) => {
      onOpenChange(false);
      onCreated(created);
    },
  );
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('practice.new')} form={form}>
      <Field label={t('practice.name')} issue={issueFor(form.issues, 'name')} required>
        {(control) => (
          <input {...control} dir="auto" autoFocus value={form.values.name} onChange={(e) => form.set({ name: e.target.value })} />
        )}
      </Field>
      <OrgNumberField value={form.values.orgNumber ?? ''} issue={issueFor(form.issues, 'orgNumber')} onChange={(orgNumber) => form.set({ orgNumber })} />
      <Field label={t('practice.address')} issue={issueFor(form.issues, 'address')}>
        {(control) => (
          <input {...control} dir="auto" value={form.values.address ?? ''} onChange={(e) => form.set({ address: e.target.value })} />
        )}
      </Field>
      <Field label={t('practice.trade')} issue={issueFor(form.issues, 'trade')}>
        {(control) => (
          <TradeSelect
            {...control}
            value={form.values.trade ?? null}
            emptyLabel={t('practice.noTrade')}
            onChange={(trade) => form.set({ trade })}
          />
        )}
      </Field>
    </CreateDialog>
  );
}
