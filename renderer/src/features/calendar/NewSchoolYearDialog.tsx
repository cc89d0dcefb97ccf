import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { schoolYearCreateSchema } from '../../../../shared/domain/calendar/school-calendar';
import { CreateDialog } from '../../ui/CreateDialog';
import { useCreateForm } from '../../ui/use-create-form';
import { defaultSchoolYear } from './default-school-year';
import { SchoolYearFields } from './SchoolYearFields';

interface NewSchoolYearDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (year: MethodOutput<'calendar.schoolYears.create'>) => void;
}

export function NewSchoolYearDialog({ open, onOpenChange, onCreated }: NewSchoolYearDialogProps) {
  const { t } = useTranslation();
  const form = useCreateForm('calendar.schoolYears.create', schoolYearCreateSchema, defaultSchoolYear(), (created) => {
    onOpenChange(false);
    onCreated(created);
  });
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('calendar.newYear')} form={form}>
      <SchoolYearFields values={form.values} issues={form.issues} onChange={form.set} autoFocus />
    </CreateDialog>
  );
}
