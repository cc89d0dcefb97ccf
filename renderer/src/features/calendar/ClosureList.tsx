import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closure, SchoolYear } from '../../../../shared/domain/calendar/school-calendar';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { EditClosureDialog } from './EditClosureDialog';
import { NewClosureDialog } from './NewClosureDialog';
import { SuggestBreaksDialog } from './SuggestBreaksDialog';

/** The breaks and closure days of one school year, with add, edit, delete and the suggestions. */
export function ClosureList({ year }: { year: SchoolYear }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const closures = useApiQuery('calendar.closures.list', { schoolYearId: year.id });
  const courses = useApiQuery('courses.list', {});
  const remove = useUndoableDelete('calendar.closures');
  const [adding, setAdding] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const [editing, setEditing] = useState<Closure | undefined>(undefined);
  const courseName = (id: string | null) =>
    id === null ? t('calendar.wholeCentre') : (courses.data?.find((course) => course.id === id)?.name ?? '');
  const period = (closure: Closure) =>
    closure.startDate === closure.endDate
      ? formatDate(closure.startDate, ui)
      : t('dates.period', { start: formatDate(closure.startDate, ui), end: formatDate(closure.endDate, ui) });

  return (
    <section className="school-calendar__closures" aria-labelledby={`closures-${year.id}`}>
      <h3 id={`closures-${year.id}`}>{t('calendar.closures')}</h3>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('calendar.addClosure')}
        </button>
        <button type="button" className="button" onClick={() => setSuggesting(true)}>
          {t('calendar.suggest.button')}
        </button>
      </div>
      {closures.isError ? <ErrorMessage error={closures.error} /> : null}
      {closures.data && closures.data.length === 0 ? <EmptyState>{t('calendar.noClosures')}</EmptyState> : null}
      {closures.data && closures.data.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('calendar.closureName')}</th>
              <th scope="col">{t('calendar.period')}</th>
              <th scope="col">{t('calendar.kind')}</th>
              <th scope="col">{t('calendar.appliesTo')}</th>
              <th scope="col">
                <span className="school-calendar__sr">{t('calendar.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {closures.data.map((closure) => (
              <tr key={closure.id}>
                <td dir="auto">{closure.name}</td>
                <td>{period(closure)}</td>
                <td>{t(`calendar.kinds.${closure.kind}`)}</td>
                <td dir="auto">{courseName(closure.courseId)}</td>
                <td className="school-calendar__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('calendar.editClosure', { name: closure.name })}
                    onClick={() => setEditing(closure)}
                  >
                    {t('calendar.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t('calendar.deleteClosure', { name: closure.name })}
                    onClick={() => void remove(closure.id, t('calendar.closureDeleted', { name: isolate(closure.name) }))}
                  >
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <NewClosureDialog schoolYearId={year.id} open={adding} onOpenChange={setAdding} />
      {suggesting ? <SuggestBreaksDialog schoolYearId={year.id} onClose={() => setSuggesting(false)} /> : null}
      {editing ? <EditClosureDialog closure={editing} onClose={() => setEditing(undefined)} /> : null}
    </section>
  );
}
