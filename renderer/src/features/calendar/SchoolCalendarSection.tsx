import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { NewSchoolYearDialog } from './NewSchoolYearDialog';
import { SchoolYearPanel } from './SchoolYearPanel';
import './school-calendar.css';

/**
 * «Skolerute» on the settings page: the school years, their breaks and closure days, and an
 * overview with the public holidays. Entered once a year; the planner reads it from core.
 */
export function SchoolCalendarSection() {
  const { t } = useTranslation();
  const years = useApiQuery('calendar.schoolYears.list', {});
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const list = years.data ?? [];
  // The chosen year, or the latest one when nothing (or a deleted year) is chosen.
  const selected = list.find((year) => year.id === chosenId) ?? list[0];

  return (
    <section className="card school-calendar" aria-labelledby="school-calendar-title">
      <div className="school-calendar__header">
        <h2 id="school-calendar-title">{t('calendar.title')}</h2>
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t('calendar.newYear')}
        </button>
      </div>
      <p className="field__help">{t('calendar.intro')}</p>
      {years.isError ? <ErrorMessage error={years.error} /> : null}
      {years.data && list.length === 0 ? <EmptyState>{t('calendar.noYears')}</EmptyState> : null}
      {list.length > 1 ? (
        <label className="toolbar__item school-calendar__chooser">
          <span>{t('calendar.chooseYear')}</span>
          <select value={selected?.id} onChange={(event) => setChosenId(event.target.value)}>
            {list.map((year) => (
              <option key={year.id} value={year.id}>
                {year.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {selected ? <SchoolYearPanel key={selected.id} year={selected} /> : null}
      <NewSchoolYearDialog open={creating} onOpenChange={setCreating} onCreated={(year) => setChosenId(year.id)} />
    </section>
  );
}
