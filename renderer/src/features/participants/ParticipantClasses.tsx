import { useTranslation } from 'react-i18next';
import { isolate } from '../../../../shared/domain/text-direction';
import { Link } from 'react-router';
import { participantDisplayName, type Participant } from '../../../../shared/domain/participants';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** The classes a participant is enrolled in, with enrol and unenrol. */
export function ParticipantClasses({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const courses = useApiQuery('courses.list', {});
  const enrol = useApiMutation('courses.enrol');
  const unenrol = useApiMutation('courses.unenrol');
  const name = participantDisplayName(participant);
  const enrolled = (courses.data ?? []).filter((course) => participant.courseIds.includes(course.id));
  const others = (courses.data ?? []).filter((course) => !participant.courseIds.includes(course.id));

  return (
    <section className="card" aria-labelledby="participant-classes">
      <h2 id="participant-classes">{t('participants.classes')}</h2>
      {enrolled.length === 0 ? <p className="muted">{t('participants.noClasses')}</p> : null}
      <ul className="plain-list">
        {enrolled.map((course) => (
          <li key={course.id} className="plain-list__row">
            <Link to={`/classes/${course.id}`} dir="auto">
              {course.name}
            </Link>
            <button
              type="button"
              className="button button--small"
              onClick={() => unenrol.mutate({ courseId: course.id, participantId: participant.id })}
            >
              {t('classes.unenrol', { name: isolate(name) })}
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <label className="inline-field">
          <span>{t('classes.enrol')}</span>
          <select
            value=""
            onChange={(e) => {
              if (e.target.value) enrol.mutate({ courseId: e.target.value, participantId: participant.id });
            }}
          >
            <option value="">…</option>
            {others.map((course) => (
              <option key={course.id} value={course.id}>
                {course.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {enrol.isError ? <ErrorMessage error={enrol.error} /> : null}
      {unenrol.isError ? <ErrorMessage error={unenrol.error} /> : null}
    </section>
  );
}
