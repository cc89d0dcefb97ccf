import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { goalCreateSchema } from '../../../../shared/domain/goals';
import { CreateDialog } from '../../ui/CreateDialog';
import { useCreateForm } from '../../ui/use-create-form';
import { GoalFormFields, type GoalFormValues } from './GoalFormFields';

interface NewGoalDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (goal: MethodOutput<'goals.create'>) => void;
}

const initial: GoalFormValues = { level: 'A1', skill: 'lese', domain: 'arbeidsliv', trade: null, textNb: '', textEn: '' };

/** «Nytt mål»: a teacher's own goal, for what the catalogue does not cover. */
export function NewGoalDialog({ open, onOpenChange, onCreated }: NewGoalDialogProps) {
  const { t } = useTranslation();
  const form = useCreateForm('goals.create', goalCreateSchema, initial, (created) => {
    onOpenChange(false);
    onCreated(created);
  });
  const values: GoalFormValues = { ...initial, ...form.values, trade: form.values.trade ?? null, textEn: form.values.textEn ?? '' };
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('goals.new')} form={form}>
      <GoalFormFields values={values} set={form.set} issues={form.issues} />
    </CreateDialog>
  );
}
