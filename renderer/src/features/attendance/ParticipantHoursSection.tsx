import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LedgerCourse } from '../../../../shared/domain/attendance';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { HoursCells, HoursHeaderCells } from './HoursColumns';
import { useHoursFormat } from './format-hours';
import './attendance.css';

/** «Timer» on the participant page: planned and attended hours per class and in total. */
export function ParticipantHoursSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const ledger = useApiQuery('attendance.ledger', { participantId });
  const data = ledger.data;

  return (
    <section className="card hours-ledger" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attendance.hours.title')}</h2>
      <p className="muted">{t('attendance.hours.intro')}</p>
      {ledger.isError ? <ErrorMessage error={ledger.error} /> : null}
      {data && data.courses.length === 0 ? <p className="muted">{t('attendance.hours.none')}</p> : null}
      {data && data.courses.length > 0 ? (
        <>
          <table className="table hours-table">
            <thead>
              <tr>
                <th scope="col">{t('attendance.hours.course')}</th>
                <HoursHeaderCells />
              </tr>
            </thead>
            <tbody>
              {data.courses.map((course) => (
                <tr key={course.courseId}>
                  <th scope="row">
                    <Link to={`/classes/${course.courseId}`} dir="auto">
                      {course.courseName}
                    </Link>
                  </th>
                  <HoursCells totals={course.totals} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('attendance.hours.total')}</th>
                <HoursCells totals={data.total} />
              </tr>
            </tfoot>
          </table>
          {data.courses.map((course) => (
            <LedgerLessons key={course.courseId} course={course} />
          ))}
        </>
      ) : null}
    </section>
  );
}

/** A class's lessons with the participant's status, folded away until asked for. */
function LedgerLessons({ course }: { course: LedgerCourse }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const format = useHoursFormat();
  if (course.lessons.length === 0) return null;
  return (
    <details className="hours-lessons">
      <summary>
        <bdi>{course.courseName}</bdi>: {t('attendance.hours.showLessons', { count: course.lessons.length })}
      </summary>
      <table className="table hours-table">
        <thead>
          <tr>
            <th scope="col">{t('attendance.hours.date')}</th>
            <th scope="col">{t('attendance.hours.lesson')}</th>
            <th scope="col">{t('attendance.hours.statusColumn')}</th>
            <th scope="col" className="hours-table__number">{t('attendance.hours.time')}</th>
          </tr>
        </thead>
        <tbody>
          {course.lessons.map((lesson) => (
            <tr key={lesson.lessonId}>
              <td>
                {formatDate(lesson.date, ui)} {lesson.startTime}–{lesson.endTime}
              </td>
              <td>
                <Link to={`/week/lessons/${lesson.lessonId}`} dir="auto">
                  {lesson.title}
                </Link>
              </td>
              <td>
                {lesson.future
                  ? t('attendance.hours.upcoming')
                  : t(`attendance.status.${lesson.status ?? 'none'}`)}
              </td>
              <td className="hours-table__number">
                {lesson.future ? '' : `${format.duration(lesson.attendedMinutes)} / ${format.duration(lesson.lessonMinutes)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
