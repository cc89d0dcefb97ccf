import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { staffCreateSchema } from '../../../../shared/domain/staff';
import { CreateDialog } from '../../ui/CreateDialog';
import { Field, issueFor } from '../../ui/Field';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { useCreateForm } from '../../ui/use-create-form';
import { StaffRoleSelect } from './StaffRoleSelect';

interface NewStaffDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (staff: MethodOutput<'staff.create'>) => void;
}

export function NewStaffDialog({ open, onOpenChange, onCreated }: NewStaffDialogProps) {
  const { t } = useTranslation();
  const form = useCreateForm(
    'staff.create',
    staffCreateSchema,
    { name: '', role: 'teacher', languages: [], positionPercent: 100 },
    (created) => {
      onOpenChange(false);
      onCreated(created);
    },
  );
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('staff.new')} form={form}>
        <Field label={t('staff.name')} issue={issueFor(form.issues, 'name')} required>
          {(control) => (
            <input {...control} dir="auto" autoFocus value={form.values.name} onChange={(e) => form.set({ name: e.target.value })} />
          )}
        </Field>
        <Field label={t('staff.role')} issue={issueFor(form.issues, 'role')}>
          {(control) => (
            <StaffRoleSelect {...control} value={form.values.role} onChange={(role) => form.set({ role })} />
          )}
        </Field>
        <Field label={t('staff.languages')} help={t('staff.languagesHelp')} issue={issueFor(form.issues, 'languages')}>
          {(control) => (
            <LanguagePicker {...control} value={form.values.languages ?? []} onChange={(languages) => form.set({ languages })} />
          )}
        </Field>
        <Field label={t('staff.positionPercent')} issue={issueFor(form.issues, 'positionPercent')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={100}
              step={5}
              value={form.values.positionPercent}
              onChange={(e) => form.set({ positionPercent: e.target.valueAsNumber })}
            />
          )}
        </Field>
    </CreateDialog>
  );
}
