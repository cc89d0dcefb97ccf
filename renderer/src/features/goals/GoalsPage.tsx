import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/domain/goals';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { EditGoalDialog } from './EditGoalDialog';
import { GoalFilters, type GoalFilterValues } from './GoalFilters';
import { GoalSummary } from './GoalSummary';
import { ImportGoalsDialog } from './ImportGoalsDialog';
import { NewGoalDialog } from './NewGoalDialog';
import { useDebouncedValue } from './use-debounced-value';
import './goals.css';

const pageSize = 100;

/** «Kompetansemål»: search the catalogue and the centre's own goals, write new ones, import. */
export function GoalsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<GoalFilterValues>({});
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Goal>();
  const remove = useUndoableDelete('goals');
  const debouncedQuery = useDebouncedValue(query.trim());
  const goals = useApiQuery(
    'goals.search',
    { ...filters, query: debouncedQuery || undefined, limit: pageSize },
    { placeholderData: (previous) => previous },
  );

  return (
    <>
      <PageHeader
        title={t('goals.title')}
        actions={
          <>
            <button type="button" className="button" onClick={() => setImporting(true)}>
              {t('goals.import')}
            </button>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('goals.new')}
            </button>
          </>
        }
      >
        <p className="muted">{t('goals.intro')}</p>
      </PageHeader>
      <div className="toolbar" role="search">
        <label className="toolbar__item search-box goal-search">
          <span>{t('common.search')}</span>
          <input
            type="search"
            dir="auto"
            value={query}
            placeholder={t('goals.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <GoalFilters value={filters} onChange={setFilters} />
      </div>
      {goals.isError ? <ErrorMessage error={goals.error} /> : null}
      {goals.data ? (
        <p className="muted" role="status">
          {goals.data.length >= pageSize ? t('goals.limited', { count: pageSize }) : t('common.count', { count: goals.data.length })}
        </p>
      ) : null}
      {goals.data && goals.data.length === 0 ? <EmptyState>{t('goals.noMatch')}</EmptyState> : null}
      {goals.data && goals.data.length > 0 ? (
        <ul className="goal-list" aria-label={t('goals.title')}>
          {goals.data.map((goal) => (
            <li key={goal.id} className="goal-list__item">
              <GoalSummary goal={goal} />
              {goal.source !== 'catalogue' ? (
                <div className="goal-list__actions" role="group" aria-label={t('goals.actions')}>
                  <button type="button" className="button button--small" onClick={() => setEditing(goal)}>
                    {t('goals.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => void remove(goal.id, t('goals.deleted'))}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <NewGoalDialog open={creating} onOpenChange={setCreating} onCreated={(goal) => setQuery(goal.textNb.split(' ').slice(2, 5).join(' '))} />
      <ImportGoalsDialog open={importing} onOpenChange={setImporting} />
      {editing ? <EditGoalDialog goal={editing} onClose={() => setEditing(undefined)} /> : null}
    </>
  );
}
