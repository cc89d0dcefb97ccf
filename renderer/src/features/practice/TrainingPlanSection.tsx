import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../../shared/domain/practice';
import {
  trainingPlanUpdateSchema,
  workTaskStatuses,
  type TrainingPlan,
  type WorkTask,
  type WorkTaskStatus,
} from '../../../../shared/domain/practice-follow-up';
import { useApiQuery } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { EditStatus } from '../../ui/EditStatus';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { useRecordEditor } from '../../ui/use-record-editor';
import { GoalPicker } from '../goals/GoalPicker';
import { PrintButton } from './PrintButton';

/** «Opplæringsplan»: language goals, work tasks with how far the participant has come, and the agreement with the site. */
export function TrainingPlanSection({ placement, headingId }: { placement: Placement; headingId: string }) {
  const { t } = useTranslation();
  const plan = useApiQuery('trainingPlans.get', { placementId: placement.id });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('followUp.plan.title')}
      </h2>
      <p className="muted">{t('followUp.plan.intro')}</p>
      {plan.isError ? <ErrorMessage error={plan.error} /> : null}
      {plan.data ? <TrainingPlanForm key={plan.data.id} plan={plan.data} /> : null}
    </section>
  );
}

function TrainingPlanForm({ plan }: { plan: TrainingPlan }) {
  const { t } = useTranslation();
  const editor = useRecordEditor('trainingPlans.update', plan, trainingPlanUpdateSchema);
  const { values, edit } = editor;
  const issue = (path: string) => issueFor(editor.issues, path);
  const setTask = (index: number, patch: Partial<WorkTask>) =>
    edit({ tasks: values.tasks.map((task, at) => (at === index ? { ...task, ...patch } : task)) });

  return (
    <>
      <EditStatus editor={editor} />
      <form onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <h3>{t('followUp.plan.goals')}</h3>
        <GoalPicker value={values.goalIds} onChange={(goalIds) => edit({ goalIds })} label={t('followUp.plan.goalSearch')} />
        <h3>{t('followUp.plan.tasks')}</h3>
        {values.tasks.length === 0 ? <p className="muted">{t('followUp.plan.noTasks')}</p> : null}
        <ol className="work-tasks">
          {values.tasks.map((task, index) => (
            // Tasks have no ids of their own; their place in the list is what the plan stores.
            <li key={index} className="work-task">
              <Field label={t('followUp.plan.taskText', { number: index + 1 })} issue={issue(`tasks.${index}.text`)}>
                {(control) => <input {...control} dir="auto" value={task.text} onChange={(e) => setTask(index, { text: e.target.value })} />}
              </Field>
              <Field label={t('followUp.plan.taskStatus', { number: index + 1 })} issue={issue(`tasks.${index}.status`)}>
                {(control) => (
                  <select {...control} value={task.status} onChange={(e) => setTask(index, { status: e.target.value as WorkTaskStatus })}>
                    {workTaskStatuses.map((status) => (
                      <option key={status} value={status}>
                        {t(`followUp.taskStatus.${status}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button
                type="button"
                className="button button--small work-task__remove"
                onClick={() => edit({ tasks: values.tasks.filter((_task, at) => at !== index) })}
              >
                {t('followUp.plan.removeTask', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <div className="button-row">
          <button type="button" className="button" onClick={() => edit({ tasks: [...values.tasks, { text: '', status: 'planned' }] })}>
            {t('followUp.plan.addTask')}
          </button>
        </div>
        <div className="form-grid">
          <Field label={t('followUp.plan.agreedOn')} issue={issue('agreedOn')}>
            {(control) => (
              <DateField {...control} value={values.agreedOn ?? ''} onChange={(agreedOn) => edit({ agreedOn: agreedOn === '' ? null : agreedOn })} />
            )}
          </Field>
          <Field label={t('followUp.plan.agreedWith')} issue={issue('agreedWith')}>
            {(control) => <input {...control} dir="auto" value={values.agreedWith} onChange={(e) => edit({ agreedWith: e.target.value })} />}
          </Field>
          <Field label={t('followUp.plan.note')} issue={issue('note')}>
            {(control) => <textarea {...control} dir="auto" rows={2} value={values.note} onChange={(e) => edit({ note: e.target.value })} />}
          </Field>
        </div>
      </form>
      <PrintButton
        label={t('followUp.plan.print')}
        beforePrint={() => editor.flush()}
        method="print.trainingPlan"
        input={{ placementId: plan.placementId }}
      />
    </>
  );
}
