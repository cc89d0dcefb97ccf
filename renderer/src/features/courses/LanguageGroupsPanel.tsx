import { useTranslation } from 'react-i18next';
import type { Course } from '../../../../shared/domain/courses';
import { languageInfo, languageName } from '../../../../shared/domain/languages';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** The class grouped by mother tongue, each group with the assistant who covers it. */
export function LanguageGroupsPanel({ course }: { course: Course }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const groups = useApiQuery('courses.languageGroups', { id: course.id });
  const participants = useApiQuery('participants.list', { courseId: course.id });
  const staff = useApiQuery('staff.list', { role: 'assistant' });
  const participantName = new Map((participants.data ?? []).map((p) => [p.id, participantDisplayName(p)]));
  const staffName = new Map((staff.data ?? []).map((s) => [s.id, s.name]));
  const groupTitle = (code: string) => (code === 'und' ? t('languages.undetermined') : languageName(code, ui));

  return (
    <section className="card" aria-labelledby="language-groups">
      <h2 id="language-groups">{t('classes.languageGroups')}</h2>
      <p className="field__help">{t('classes.languageGroupsHelp')}</p>
      {groups.isError ? <ErrorMessage error={groups.error} /> : null}
      {groups.data && groups.data.groups.length === 0 ? <p className="muted">{t('classes.noGroups')}</p> : null}
      <ul className="language-groups">
        {(groups.data?.groups ?? []).map((group) => (
          <li key={group.language} className={group.assistantIds.length ? 'language-group' : 'language-group language-group--uncovered'}>
            <h3>
              {groupTitle(group.language)}{' '}
              {languageInfo(group.language) ? (
                <bdi className="muted" dir={languageInfo(group.language)?.direction} lang={group.language}>
                  {languageInfo(group.language)?.native}
                </bdi>
              ) : null}{' '}
              <span className="badge">{group.participantIds.length}</span>
            </h3>
            <p className={group.assistantIds.length ? 'muted' : 'warning-text'}>
              {group.assistantIds.length
                ? t('classes.coveredBy', { names: group.assistantIds.map((id) => isolate(staffName.get(id) ?? '')).join(', ') })
                : t('classes.noAssistantForGroup')}
            </p>
            <ul className="names">
              {group.participantIds.map((id) => (
                <li key={id}>
                  <bdi>{participantName.get(id)}</bdi>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {groups.data && groups.data.groups.length > 0 ? (
        groups.data.uncoveredParticipantIds.length > 0 ? (
          <div className="uncovered" aria-labelledby="uncovered-title">
            <h3 id="uncovered-title">
              {t('classes.uncovered')} <span className="badge badge--warning">{groups.data.uncoveredParticipantIds.length}</span>
            </h3>
            <p className="field__help">{t('classes.uncoveredHelp')}</p>
            <ul className="names">
              {groups.data.uncoveredParticipantIds.map((id) => (
                <li key={id}>
                  <bdi>{participantName.get(id)}</bdi>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="muted">{t('classes.allCovered')}</p>
        )
      ) : null}
    </section>
  );
}
