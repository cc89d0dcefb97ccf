import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buddyTaskCreateSchema,
  buddyTaskStatuses,
  buddyTaskUpdateSchema,
  type BuddyTask,
  type BuddyTaskStatus,
} from '../../../../shared/domain/practice-follow-up';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { EditStatus } from '../../ui/EditStatus';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { useCreateForm } from '../../ui/use-create-form';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { todayIso } from '../week/week-dates';
import { FollowUpList, SummaryLine } from './FollowUpList';
import { PrintButton } from './PrintButton';

/** «Oppgaver til fadder»: short tasks for the buddy, printed for the workplace, and what came back. */
export function BuddyTasksSection({ placementId, headingId }: { placementId: string; headingId: string }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const tasks = useApiQuery('buddyTasks.list', { placementId });
  const remove = useUndoableDelete('buddyTasks');
  const [openId, setOpenId] = useState<string | null>(null);
  const form = useCreateForm('buddyTasks.create', buddyTaskCreateSchema, { placementId, text: '', givenOn: todayIso(), dueOn: null }, () => undefined);
  const given = (task: BuddyTask) => formatDate(task.givenOn, ui);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('followUp.buddyTasks.title')}
      </h2>
      <p className="muted">{t('followUp.buddyTasks.intro')}</p>
      <form className="buddy-task-form" onSubmit={(event) => void form.submit(event)} noValidate>
        <h3>{t('followUp.buddyTasks.newTitle')}</h3>
        <Field label={t('followUp.buddyTasks.text')} issue={issueFor(form.issues, 'text')} required>
          {(control) => <textarea {...control} dir="auto" rows={3} value={form.values.text} onChange={(e) => form.set({ text: e.target.value })} />}
        </Field>
        <div className="form-grid">
          <Field label={t('followUp.buddyTasks.givenOn')} issue={issueFor(form.issues, 'givenOn')} required>
            {(control) => <DateField {...control} value={form.values.givenOn} onChange={(givenOn) => form.set({ givenOn })} />}
          </Field>
          <Field label={t('followUp.buddyTasks.dueOn')} issue={issueFor(form.issues, 'dueOn')}>
            {(control) => (
              <DateField {...control} value={form.values.dueOn ?? ''} onChange={(dueOn) => form.set({ dueOn: dueOn === '' ? null : dueOn })} />
            )}
          </Field>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('followUp.buddyTasks.add')}
          </button>
        </div>
      </form>
      {tasks.isError ? <ErrorMessage error={tasks.error} /> : null}
      <FollowUpList
        items={tasks.data ?? []}
        openId={openId}
        onOpen={setOpenId}
        empty={tasks.data ? t('followUp.buddyTasks.none') : ''}
        title={(task) => `${t('followUp.buddyTasks.item', { date: given(task) })} · ${t(`followUp.buddyTaskStatus.${task.status}`)}`}
        summary={(task) => (
          <>
            <p className="follow-up-item__text" dir="auto">
              {task.text}
            </p>
            {task.dueOn ? <SummaryLine label={t('followUp.buddyTasks.dueOn')} text={formatDate(task.dueOn, ui)} /> : null}
            <SummaryLine label={t('followUp.buddyTasks.answer')} text={task.answer} />
          </>
        )}
        editor={(task) => <BuddyTaskEditor task={task} />}
        actions={(task) => (
          <PrintButton
            label={t('followUp.buddyTasks.print')}
            ariaLabel={t('followUp.buddyTasks.printLabel', { date: given(task) })}
            method="print.buddyTask"
            input={{ id: task.id }}
          />
        )}
        removeLabel={(task) => t('followUp.buddyTasks.remove', { date: given(task) })}
        onRemove={(task) => void remove(task.id, t('followUp.buddyTasks.deleted', { date: given(task) }))}
      />
    </section>
  );
}

function BuddyTaskEditor({ task }: { task: BuddyTask }) {
  const { t } = useTranslation();
  const editor = useRecordEditor('buddyTasks.update', task, buddyTaskUpdateSchema);
  const { values, edit } = editor;
  const issue = (path: string) => issueFor(editor.issues, path);
  // The answer date belongs to "answered": choosing it dates the task today, leaving it clears the date.
  const setStatus = (status: BuddyTaskStatus) =>
    edit({ status, answeredOn: status === 'answered' ? (values.answeredOn ?? maxDate(todayIso(), values.givenOn)) : null });
  return (
    <>
      <EditStatus editor={editor} />
      <form className="form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('followUp.buddyTasks.text')} issue={issue('text')} required>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.text} onChange={(e) => edit({ text: e.target.value })} />}
        </Field>
        <Field label={t('followUp.buddyTasks.givenOn')} issue={issue('givenOn')} required>
          {(control) => <DateField {...control} value={values.givenOn} onChange={(givenOn) => edit({ givenOn })} />}
        </Field>
        <Field label={t('followUp.buddyTasks.dueOn')} issue={issue('dueOn')}>
          {(control) => <DateField {...control} value={values.dueOn ?? ''} onChange={(dueOn) => edit({ dueOn: dueOn === '' ? null : dueOn })} />}
        </Field>
        <Field label={t('followUp.buddyTasks.status')} issue={issue('status')}>
          {(control) => (
            <select {...control} value={values.status} onChange={(e) => setStatus(e.target.value as BuddyTaskStatus)}>
              {buddyTaskStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`followUp.buddyTaskStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.status === 'answered' ? (
          <Field label={t('followUp.buddyTasks.answeredOn')} issue={issue('answeredOn')}>
            {(control) => (
              <DateField {...control} value={values.answeredOn ?? ''} onChange={(answeredOn) => edit({ answeredOn: answeredOn === '' ? null : answeredOn })} />
            )}
          </Field>
        ) : null}
        <Field label={t('followUp.buddyTasks.answer')} issue={issue('answer')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.answer} onChange={(e) => edit({ answer: e.target.value })} />}
        </Field>
      </form>
    </>
  );
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
