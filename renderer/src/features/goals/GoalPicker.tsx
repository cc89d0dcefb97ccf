import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { GoalFilters, type GoalFilterValues } from './GoalFilters';
import { GoalSummary } from './GoalSummary';
import { useDebouncedValue } from './use-debounced-value';
import './goals.css';

interface GoalPickerProps {
  /** Ids of the chosen goals, in the order they were chosen. */
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Visible label of the search field; defaults to «Finn kompetansemål». */
  label?: string;
}

/** One chosen goal, read by id so a retired goal on an old lesson still shows its text. */
function ChosenGoal({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const goal = useApiQuery('goals.get', { id });
  return (
    <li className="goal-picker__chosen">
      {goal.data ? <GoalSummary goal={goal.data} /> : <span className="muted">{goal.isError ? id : t('app.loading')}</span>}
      <button type="button" className="button button--small" onClick={onRemove} aria-label={`${t('goals.picker.remove')}: ${goal.data?.textNb ?? id}`}>
        {t('goals.picker.remove')}
      </button>
    </li>
  );
}

/**
 * Search and pick competence goals (for lessons and themes). Every result is a checkbox,
 * so Tab, Space and the arrow keys of a screen reader work without custom key handling.
 */
export function GoalPicker({ value, onChange, label }: GoalPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<GoalFilterValues>({});
  const debounced = useDebouncedValue(query.trim());
  const results = useApiQuery('goals.search', { ...filters, query: debounced || undefined, limit: 30 }, { placeholderData: (previous) => previous });
  const toggle = (goalId: string, checked: boolean) =>
    onChange(checked ? [...value, goalId] : value.filter((item) => item !== goalId));

  return (
    <div className="goal-picker">
      <h3 id={`${id}-chosen`}>{t('goals.picker.selected')}</h3>
      {value.length === 0 ? <p className="muted">{t('goals.picker.none')}</p> : null}
      <ul className="goal-picker__list" aria-labelledby={`${id}-chosen`}>
        {value.map((goalId) => (
          <ChosenGoal key={goalId} id={goalId} onRemove={() => toggle(goalId, false)} />
        ))}
      </ul>
      <div className="toolbar">
        <label className="toolbar__item goal-search">
          <span>{label ?? t('goals.picker.label')}</span>
          <input type="search" dir="auto" value={query} placeholder={t('goals.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <GoalFilters value={filters} onChange={setFilters} showRetiredToggle={false} />
      </div>
      <fieldset className="goal-picker__results">
        <legend>{t('goals.picker.results')}</legend>
        {results.data && results.data.length === 0 ? <p className="muted">{t('goals.noMatch')}</p> : null}
        <ul className="goal-picker__list">
          {(results.data ?? []).map((goal) => (
            <li key={goal.id}>
              <label className="goal-picker__option">
                <input type="checkbox" checked={value.includes(goal.id)} onChange={(e) => toggle(goal.id, e.target.checked)} />
                <GoalSummary goal={goal} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
