import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { assessmentSkills, compareLevels, type AssessmentSkill } from '../../../../shared/domain/assessment-levels';
import type { ClassMatrix, MatrixCell } from '../../../../shared/domain/assessments';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CourseSelect } from '../courses/CourseSelect';
import { usePrint } from '../week/use-print';
import { downloadCsv, downloadXlsx } from './export-class';
import { levelTone, useLevelText } from './use-level-text';

type SortKey = 'name' | AssessmentSkill;

/** Participants × skills for one class, coloured by level, with the change since the course started. */
export function ClassMatrixView({ courseId, onCourse }: { courseId: string; onCourse: (courseId: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="class-matrix-heading">
      <h2 id="class-matrix-heading">{t('assessments.matrix.title')}</h2>
      <label className="toolbar__item">
        <span>{t('assessments.matrix.class')}</span>
        <CourseSelect id="matrix-course" value={courseId} onChange={onCourse} noneLabel={t('assessments.matrix.chooseClass')} />
      </label>
      {courseId ? <Matrix courseId={courseId} /> : <p className="muted">{t('assessments.matrix.pickFirst')}</p>}
    </section>
  );
}

function Matrix({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const levelText = useLevelText();
  const matrix = useApiQuery('assessments.classMatrix', { courseId });
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const printer = usePrint();
  const rows = useMemo(() => sortedRows(matrix.data, sort.key, sort.descending), [matrix.data, sort]);

  if (matrix.isError) return <ErrorMessage error={matrix.error} />;
  if (!matrix.data) return <p className="muted">{t('app.loading')}</p>;
  const data = matrix.data;
  if (data.rows.length === 0) return <EmptyState>{t('assessments.matrix.noParticipants')}</EmptyState>;

  const exportAs = (format: 'csv' | 'xlsx') => {
    const run = format === 'csv' ? Promise.resolve(downloadCsv(data, t, levelText, language)) : downloadXlsx(data, t, levelText);
    void run.then(
      () => toast(t('assessments.export.done')),
      () => toast.error(t('errors.code.internal')),
    );
  };
  const sortButton = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, descending: active ? !sort.descending : key !== 'name' })}>
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <p className="muted">{t('assessments.matrix.since', { date: formatDate(data.startDate, language) })}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void printer.print('print.classMatrix', { courseId })}>
          {t('assessments.matrix.print')}
        </button>
        <button type="button" className="button" onClick={() => exportAs('csv')}>
          {t('assessments.export.csv')}
        </button>
        <button type="button" className="button" onClick={() => exportAs('xlsx')}>
          {t('assessments.export.xlsx')}
        </button>
        {printer.statusText ? <span role="status" className="muted">{printer.statusText}</span> : null}
      </div>
      <div className="table-scroll">
        <table className="table level-matrix">
          <caption className="visually-hidden">{t('assessments.matrix.caption', { name: data.courseName })}</caption>
          <thead>
            <tr>
              {sortButton('name', t('assessments.matrix.participant'))}
              {assessmentSkills.map((skill) => sortButton(skill, t(`assessments.skills.${skill}`)))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.participantId}>
                <th scope="row">
                  <Link to={`/participants/${row.participantId}#levels`} dir="auto">
                    {row.name}
                  </Link>
                </th>
                {assessmentSkills.map((skill) => (
                  <MatrixCellView key={skill} cell={row.skills[skill]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('assessments.matrix.legend')}</p>
    </>
  );
}

function MatrixCellView({ cell }: { cell: MatrixCell }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const levelText = useLevelText();
  const change =
    cell.change === null ? null : cell.change > 0 ? 'up' : cell.change < 0 ? 'down' : 'same';
  return (
    <td className={`level-cell level-tone--${levelTone(cell.current)}`}>
      <span className="level-cell__level">{levelText(cell.current)}</span>
      {change ? (
        <span className={`level-change level-change--${change}`}>
          <span aria-hidden="true">{change === 'up' ? '▲' : change === 'down' ? '▼' : '='}</span>{' '}
          {t(`assessments.matrix.change.${change}`, { steps: (Math.abs(cell.change ?? 0) / 2).toLocaleString(language) })}
        </span>
      ) : null}
      {cell.official ? <span className="level-cell__extra">{t('assessments.matrix.official', { level: levelText(cell.official) })}</span> : null}
      {cell.self ? <span className="level-cell__extra">{t('assessments.matrix.self', { level: levelText(cell.self) })}</span> : null}
    </td>
  );
}

function sortedRows(matrix: ClassMatrix | undefined, key: SortKey, descending: boolean): ClassMatrix['rows'] {
  if (!matrix) return [];
  const rows = [...matrix.rows];
  if (key !== 'name') {
    rows.sort((a, b) => {
      const left = a.skills[key].current;
      const right = b.skills[key].current;
      // Participants without a level go last whichever way the column is sorted.
      if (!left || !right) return left === right ? 0 : left ? -1 : 1;
      return compareLevels(left, right) * (descending ? -1 : 1);
    });
  } else if (descending) {
    rows.reverse();
  }
  return rows;
}
