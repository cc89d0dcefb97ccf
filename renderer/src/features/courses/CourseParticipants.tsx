import { useTranslation } from 'react-i18next';
import { isolate } from '../../../../shared/domain/text-direction';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { Course } from '../../../../shared/domain/courses';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { request } from '../../api/client';
import { useApiMutation, useApiQuery, useInvalidateAll } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LanguageList } from '../../ui/LanguagePicker';
import { EnrolSearch } from './EnrolSearch';

/** Participants enrolled in a class; unenrolling shows a toast that undoes it. */
export function CourseParticipants({ course }: { course: Course }) {
  const { t } = useTranslation();
  const enrolledQuery = useApiQuery('participants.list', { courseId: course.id });
  const unenrol = useApiMutation('courses.unenrol');
  const invalidateAll = useInvalidateAll();
  const enrolled = enrolledQuery.data ?? [];

  const remove = (participantId: string, name: string) =>
    unenrol.mutate(
      { courseId: course.id, participantId },
      {
        onSuccess: () =>
          toast(t('classes.unenrolled', { name: isolate(name) }), {
            duration: 10_000,
            action: {
              label: t('common.undo'),
              onClick: () => void request('courses.enrol', { courseId: course.id, participantId }).then(() => invalidateAll()),
            },
          }),
      },
    );

  return (
    <section className="card" aria-labelledby="course-participants">
      <h2 id="course-participants">
        {t('classes.participants')} <span className="muted">({t('classes.participantCount', { count: enrolled.length })})</span>
      </h2>
      {enrolled.length === 0 ? <p className="muted">{t('classes.noParticipants')}</p> : null}
      <ul className="plain-list">
        {enrolled.map((participant) => {
          const name = participantDisplayName(participant);
          return (
            <li key={participant.id} className="plain-list__row">
              <span>
                <Link to={`/participants/${participant.id}`} dir="auto">
                  {name}
                </Link>
                <span className="muted">
                  {' · '}
                  <LanguageList codes={participant.motherTongues} />
                </span>
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={`${t('common.remove')}: ${name}`}
                onClick={() => remove(participant.id, name)}
              >
                {t('common.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <EnrolSearch course={course} />
      {unenrol.isError ? <ErrorMessage error={unenrol.error} /> : null}
    </section>
  );
}
