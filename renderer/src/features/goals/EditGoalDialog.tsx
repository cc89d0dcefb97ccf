import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { goalUpdateSchema, type Goal } from '../../../../shared/domain/goals';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GoalFormFields, type GoalFormValues } from './GoalFormFields';

interface EditGoalDialogProps {
  goal: Goal;
  onClose: () => void;
}

/** Edits a teacher or imported goal; catalogue goals never reach this dialog. */
export function EditGoalDialog({ goal, onClose }: EditGoalDialogProps) {
  const { t } = useTranslation();
  const mutation = useApiMutation('goals.update');
  const [values, setValues] = useState<GoalFormValues>({
    level: goal.level, skill: goal.skill, domain: goal.domain, trade: goal.trade, textNb: goal.textNb, textEn: goal.textEn,
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { id: goal.id, ...values };
    const parsed = goalUpdateSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, input));
      return;
    }
    try {
      await mutation.mutateAsync(input);
      toast(t('goals.saved'));
      onClose();
    } catch (error) {
      setIssues(error instanceof ApiCallError && error.error.issues ? error.error.issues : []);
    }
  };

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())} title={t('goals.editTitle')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <GoalFormFields values={values} set={(patch) => setValues({ ...values, ...patch })} issues={issues} />
        {mutation.isError && issues.length === 0 ? <ErrorMessage error={mutation.error} /> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {t('goals.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
