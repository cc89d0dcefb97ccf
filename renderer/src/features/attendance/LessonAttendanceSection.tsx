import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SaveStatus } from '../../ui/SaveStatus';
import { AttendanceRow } from './AttendanceRow';
import { useHoursFormat } from './format-hours';
import { useAttendanceRegister } from './use-attendance-register';
import { ApiCallError } from '../../api/client';
import './attendance.css';

/** «Oppmøte» on the lesson page: the class register for this lesson, saved as it is filled in. */
export function LessonAttendanceSection({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useHoursFormat();
  const { register, state, error, canUndo, record, markAllPresent, undo } = useAttendanceRegister(lessonId);
  const data = register.data;
  const done = data?.rows.filter((row) => row.record !== null).length ?? 0;

  return (
    <section className="card attendance" aria-labelledby={headingId}>
      <div className="attendance__head">
        <h2 id={headingId}>{t('attendance.title')}</h2>
        <SaveStatus state={state} />
        <button type="button" className="button button--small" disabled={!canUndo} onClick={() => void undo()}>
          ↶ {t('attendance.undoLast')}
        </button>
      </div>
      {register.isError ? <ErrorMessage error={register.error} /> : null}
      {data ? (
        <>
          <p className="muted">
            {t('attendance.lessonLength', { duration: format.duration(data.lessonMinutes) })}{' '}
            {data.rows.length > 0 ? t('attendance.registered', { done, total: data.rows.length }) : null}
          </p>
          {data.cancelled ? <p className="attendance__note">{t('attendance.cancelled')}</p> : null}
          {data.rows.length === 0 ? <p className="muted">{t('attendance.noParticipants')}</p> : null}
          {!data.cancelled && data.rows.length > 0 ? (
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                title={t('attendance.markAllHelp')}
                onClick={() => void markAllPresent()}
              >
                {t('attendance.markAllPresent')}
              </button>
            </div>
          ) : null}
          <ul className="attendance__list">
            {data.rows.map((row) => (
              <AttendanceRow
                key={row.participantId}
                row={row}
                lessonMinutes={data.lessonMinutes}
                disabled={data.cancelled}
                onRecord={record}
              />
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
      {error ? <ErrorMessage error={new ApiCallError(error)} /> : null}
    </section>
  );
}
