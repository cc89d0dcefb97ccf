import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { HoursCells, HoursHeaderCells } from './HoursColumns';
import './attendance.css';

/** A compact table on the class page: each participant's hours and attendance so far. */
export function CourseAttendanceSummary({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const summary = useApiQuery('attendance.courseSummary', { courseId });
  const rows = summary.data?.rows ?? [];

  return (
    <section className="card attendance-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attendance.summary.title')}</h2>
      {summary.isError ? <ErrorMessage error={summary.error} /> : null}
      {summary.data && rows.length === 0 ? <p className="muted">{t('attendance.summary.none')}</p> : null}
      {rows.length > 0 ? (
        <div className="hours-scroll">
          <table className="table hours-table">
            <thead>
              <tr>
                <th scope="col">{t('attendance.summary.participant')}</th>
                <HoursHeaderCells />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.participantId}>
                  <th scope="row">
                    <Link to={`/participants/${row.participantId}`} dir="auto">
                      {participantDisplayName(row)}
                    </Link>
                  </th>
                  <HoursCells totals={row.totals} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
