import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../../shared/domain/courses';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LanguageList } from '../../ui/LanguagePicker';

const shown = 8;

/**
 * Finds a participant by name and enrols them: a search rather than one long list, since a
 * large centre has a thousand participants a year.
 */
export function EnrolSearch({ course }: { course: Course }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [search, setSearch] = useState('');
  const matches = useApiQuery('participants.list', { search: search.trim() || undefined }, { enabled: search.trim() !== '' });
  const enrol = useApiMutation('courses.enrol');
  const candidates = (matches.data ?? []).filter((participant) => !course.participantIds.includes(participant.id));

  return (
    <div className="enrol-search">
      <label htmlFor={inputId}>{t('classes.enrol')}</label>
      <input
        id={inputId}
        type="search"
        dir="auto"
        autoComplete="off"
        placeholder={t('classes.enrolSearch')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {search.trim() && matches.data ? (
        candidates.length === 0 ? (
          <p className="muted" role="status">
            {t('classes.enrolNoMatch')}
          </p>
        ) : (
          <ul className="plain-list" aria-label={t('classes.enrolResults')}>
            {candidates.slice(0, shown).map((participant) => {
              const name = participantDisplayName(participant);
              return (
                <li key={participant.id} className="plain-list__row">
                  <span>
                    <bdi>{name}</bdi>
                    <span className="muted">
                      {' · '}
                      <LanguageList codes={participant.motherTongues} />
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${t('classes.enrolOne')}: ${name}`}
                    onClick={() => enrol.mutate({ courseId: course.id, participantId: participant.id })}
                  >
                    {t('classes.enrolOne')}
                  </button>
                </li>
              );
            })}
            {candidates.length > shown ? (
              <li className="muted">{t('classes.enrolMore', { count: candidates.length - shown })}</li>
            ) : null}
          </ul>
        )
      ) : null}
      {enrol.isError ? <ErrorMessage error={enrol.error} /> : null}
    </div>
  );
}
