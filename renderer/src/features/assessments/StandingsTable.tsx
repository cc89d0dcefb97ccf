import { useTranslation } from 'react-i18next';
import type { LevelTarget, SkillStanding } from '../../../../shared/domain/assessments';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { SkillIcon } from './SkillIcon';
import { levelTone, useLevelText } from './use-level-text';

/**
 * Current level per skill. The teacher's latest judgement, the official best and the
 * participant's own view stand in separate columns: they are never averaged.
 */
export function StandingsTable({ standings, targets }: { standings: readonly SkillStanding[]; targets: readonly LevelTarget[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const levelText = useLevelText();
  const dated = (item: SkillStanding['current']) =>
    item ? (
      <>
        <span className={`level-chip level-tone--${levelTone(item.level)}`}>{levelText(item.level)}</span>{' '}
        <span className="muted">{formatDate(item.date, language)}</span>
      </>
    ) : (
      <span className="muted">–</span>
    );
  return (
    <table className="table standings-table">
      <caption className="visually-hidden">{t('assessments.participant.standings')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessments.participant.skill')}</th>
          <th scope="col">{t('assessments.participant.current')}</th>
          <th scope="col">{t('assessments.participant.official')}</th>
          <th scope="col">{t('assessments.participant.self')}</th>
          <th scope="col">{t('assessments.participant.target')}</th>
        </tr>
      </thead>
      <tbody>
        {standings.map((standing) => {
          const target = targets.find((item) => item.skill === standing.skill && item.status !== 'dropped' && item.status !== 'reached')
            ?? targets.find((item) => item.skill === standing.skill);
          return (
            <tr key={standing.skill}>
              <th scope="row">
                <SkillIcon skill={standing.skill} /> {t(`assessments.skills.${standing.skill}`)}
              </th>
              <td>
                {dated(standing.current)}
                {standing.current ? <span className="muted"> · {t(`assessments.sources.${standing.current.source}`)}</span> : null}
              </td>
              <td>{dated(standing.official)}</td>
              <td>{dated(standing.self)}</td>
              <td>
                {target ? (
                  <>
                    {t('assessments.targets.short', { level: target.level, date: formatDate(target.dueDate, language) })}{' '}
                    <span className={`badge target-status--${target.status}`}>{t(`assessments.targets.status.${target.status}`)}</span>
                  </>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
