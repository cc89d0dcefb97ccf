import { useTranslation } from 'react-i18next';
import { closureCreateSchema } from '../../../../shared/domain/calendar/school-calendar';
import { CreateDialog } from '../../ui/CreateDialog';
import { useCreateForm } from '../../ui/use-create-form';
import { ClosureFields } from './ClosureFields';

interface NewClosureDialogProps {
  schoolYearId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function NewClosureDialog({ schoolYearId, open, onOpenChange }: NewClosureDialogProps) {
  const { t } = useTranslation();
  const form = useCreateForm(
    'calendar.closures.create',
    closureCreateSchema,
    { schoolYearId, name: '', kind: 'closure', startDate: '', endDate: '', courseId: null },
    () => onOpenChange(false),
  );
  const values = { ...form.values, courseId: form.values.courseId ?? null };
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('calendar.addClosure')} form={form}>
      <ClosureFields values={values} issues={form.issues} onChange={form.set} autoFocus />
    </CreateDialog>
  );
}
