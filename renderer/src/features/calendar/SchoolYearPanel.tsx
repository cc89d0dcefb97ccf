import { useTranslation } from 'react-i18next';
import { schoolYearUpdateSchema, type SchoolYear } from '../../../../shared/domain/calendar/school-calendar';
import { isolate } from '../../../../shared/domain/text-direction';
import { EditStatus } from '../../ui/EditStatus';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { ClosureList } from './ClosureList';
import { SchoolYearFields } from './SchoolYearFields';
import { YearOverview } from './YearOverview';

/** One school year: its dates (autosaved, with undo), its breaks and closures, and the overview. */
export function SchoolYearPanel({ year }: { year: SchoolYear }) {
  const { t } = useTranslation();
  const editor = useRecordEditor('calendar.schoolYears.update', year, schoolYearUpdateSchema);
  const remove = useUndoableDelete('calendar.schoolYears');
  return (
    <div className="school-calendar__year">
      <h3>{t('calendar.schoolYear')}</h3>
      <EditStatus editor={editor} />
      <form className="form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <SchoolYearFields values={editor.values} issues={editor.issues} onChange={editor.edit} />
      </form>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger button--small"
          onClick={() => void remove(year.id, t('calendar.yearDeleted', { name: isolate(year.name) }))}
        >
          {t('calendar.deleteYear')}
        </button>
      </div>
      <ClosureList year={year} />
      <YearOverview year={year} />
    </div>
  );
}
