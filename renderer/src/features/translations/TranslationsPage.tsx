import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { NewTaskDialog } from './NewTaskDialog';
import { freshOnMount } from './queries';
import { QueueFilters, type QueueFilter } from './QueueFilters';
import { TaskRow } from './TaskRow';
import { useAssistantChoice } from './use-assistant-choice';
import './translations.css';

/**
 * «Oversettelser»: the queue. An assistant sees their own tasks first (the signed-in profile,
 * or the one picked); a teacher sees everything and what is missing before each lesson.
 */
export function TranslationsPage() {
  const { t } = useTranslation();
  const choice = useAssistantChoice();
  const [filter, setFilter] = useState<Omit<QueueFilter, 'assistantId'>>({ language: '', courseId: '', dueBefore: '', includeDone: false });
  const [creating, setCreating] = useState(false);
  const assistants = useApiQuery('staff.list', { role: 'assistant' });
  const courses = useApiQuery('courses.list', {});
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  const input: MethodInput<'translationTasks.list'> = {
    ...(choice.assistantId ? { assistantId: choice.assistantId } : {}),
    ...(filter.language ? { language: filter.language } : {}),
    ...(filter.courseId ? { courseId: filter.courseId } : {}),
    ...(isoDate.test(filter.dueBefore) ? { dueBefore: filter.dueBefore } : {}),
    includeDone: filter.includeDone,
  };
  const queue = useApiQuery('translationTasks.list', input, { ...freshOnMount, enabled: choice.ready });
  const tasks = queue.data?.tasks ?? [];
  const filtered = Boolean(choice.assistantId || filter.language || filter.courseId || filter.dueBefore);
  const staff = assistants.data ?? [];

  return (
    <>
      <PageHeader
        title={t('translations.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('translations.new')}
          </button>
        }
      >
        <p className="muted">{t('translations.intro')}</p>
      </PageHeader>
      <QueueFilters
        value={{ ...filter, assistantId: choice.assistantId }}
        fixedAssistant={choice.fixed?.name ?? null}
        onChange={({ assistantId, ...rest }) => {
          if (assistantId !== undefined) choice.setAssistantId(assistantId);
          setFilter((previous) => ({ ...previous, ...rest }));
        }}
        assistants={staff}
        courses={courses.data ?? []}
        languages={[...new Set(staff.flatMap((person) => person.languages))]}
      />
      {queue.isError ? <ErrorMessage error={queue.error} /> : null}
      {queue.data && tasks.length === 0 ? (
        <EmptyState>{filtered ? t('translations.emptyFiltered') : t('translations.empty')}</EmptyState>
      ) : null}
      {tasks.length > 0 ? (
        <section className="card">
          <p className="muted" role="status">{t('translations.count', { count: tasks.length })}</p>
          <div className="task-table-wrap">
            <table className="task-table">
              <thead>
                <tr>
                  <th scope="col">{t('translations.columns.due')}</th>
                  <th scope="col">{t('translations.columns.what')}</th>
                  <th scope="col">{t('translations.columns.language')}</th>
                  <th scope="col">{t('translations.columns.progress')}</th>
                  <th scope="col">{t('translations.columns.assignee')}</th>
                  <th scope="col">{t('translations.columns.status')}</th>
                  <th scope="col">{t('translations.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {tasks.map((task) => (
                  <TaskRow key={`${task.id}-${task.updatedAt}`} task={task} assistants={staff} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <NewTaskDialog open={creating} onOpenChange={setCreating} assistants={staff} />
    </>
  );
}
