import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { courseCreateSchema } from '../../../../shared/domain/courses';
import { CreateDialog } from '../../ui/CreateDialog';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { useCreateForm } from '../../ui/use-create-form';
import { LevelBandFields } from './LevelBandFields';

interface NewCourseDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (course: MethodOutput<'courses.create'>) => void;
}

export function NewCourseDialog({ open, onOpenChange, onCreated }: NewCourseDialogProps) {
  const { t } = useTranslation();
  const form = useCreateForm(
    'courses.create',
    courseCreateSchema,
    { name: '', startDate: '', endDate: '', levelFrom: 'A1', levelTo: 'A2', track: 2, note: '' },
    (created) => {
      onOpenChange(false);
      onCreated(created);
    },
  );
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('classes.new')} form={form}>
        <Field label={t('classes.name')} issue={issueFor(form.issues, 'name')} required>
          {(control) => (
            <input
              {...control}
              dir="auto"
              autoFocus
              placeholder={t('classes.namePlaceholder')}
              value={form.values.name}
              onChange={(e) => form.set({ name: e.target.value })}
            />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('classes.startDate')} issue={issueFor(form.issues, 'startDate')} required>
            {(control) => (
              <DateField {...control} value={form.values.startDate} onChange={(startDate) => form.set({ startDate })} />
            )}
          </Field>
          <Field label={t('classes.endDate')} issue={issueFor(form.issues, 'endDate')} required>
            {(control) => (
              <DateField {...control} value={form.values.endDate} onChange={(endDate) => form.set({ endDate })} />
            )}
          </Field>
        </div>
        <LevelBandFields values={form.values} issues={form.issues} onChange={form.set} />
    </CreateDialog>
  );
}
