import { useTranslation } from 'react-i18next';
import { levelPairs, pairBottom, pairTop, skillPart, type Level } from '../../../../shared/domain/assessment-levels';
import { canDoLines, elpAssessmentSkill, elpSkills, type ElpSkill } from '../../../../shared/domain/can-do';
import { cefrLevels, type CefrLevel } from '../../../../shared/domain/courses';
import type { GoalSkill } from '../../../../shared/domain/goals';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SkillIcon } from './SkillIcon';

/** Rows of the view: the portfolio's five skills, plus mediation, which only the goal catalogue has. */
const rows: readonly (ElpSkill | 'mediering')[] = [...elpSkills, 'mediering'];

/**
 * One view per level that lines up what the participant ticks (the portfolio's can-do
 * lines), what Norskprøven tests, and the catalogue goals teachers plan with.
 */
export function AlignmentView() {
  const { t } = useTranslation();
  const alignment = useApiQuery('assessments.alignment', {});
  if (alignment.isError) return <ErrorMessage error={alignment.error} />;
  const goalsAt = (level: CefrLevel, skill: GoalSkill) => alignment.data?.find((item) => item.level === level && item.skill === skill)?.goals ?? [];
  return (
    <section className="card" aria-labelledby="alignment-heading">
      <h2 id="alignment-heading">{t('assessments.alignment.title')}</h2>
      <p className="muted">{t('assessments.alignment.intro')}</p>
      {cefrLevels.map((level) => (
        <section key={level} className="alignment-level" aria-labelledby={`alignment-${level}`}>
          <h3 id={`alignment-${level}`}>{level}</h3>
          <table className="table alignment-table">
            <thead>
              <tr>
                <th scope="col">{t('assessments.alignment.skill')}</th>
                <th scope="col">{t('assessments.alignment.portfolio')}</th>
                <th scope="col">{t('assessments.alignment.norskproven')}</th>
                <th scope="col">{t('assessments.alignment.goals')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((skill) => {
                const lines = canDoLines.filter((line) => line.skill === skill && line.level === level);
                const goals = goalsAt(level, skill);
                return (
                  <tr key={skill}>
                    <th scope="row">
                      {skill === 'mediering' ? null : <SkillIcon skill={skill} />} {t(`assessments.elpSkills.${skill}`)}
                    </th>
                    <td>
                      {lines.length ? (
                        <ul className="plain-list">
                          {lines.map((line) => (
                            <li key={line.id}>{line.nb}</li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">{t('assessments.alignment.noLines')}</span>
                      )}
                    </td>
                    <td>{skill === 'mediering' ? <span className="muted">{t('assessments.alignment.notTested')}</span> : <PartAtLevel skill={skill} level={level} />}</td>
                    <td>
                      {goals.length ? (
                        <details>
                          <summary>{t('assessments.alignment.goalCount', { count: goals.length })}</summary>
                          <ul className="plain-list">
                            {goals.map((goal) => (
                              <li key={goal.id}>{goal.textNb}</li>
                            ))}
                          </ul>
                        </details>
                      ) : (
                        <span className="muted">{t('assessments.alignment.noGoals')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}

/** What Norskprøven says at this level for the part that tests this skill. */
function PartAtLevel({ skill, level }: { skill: ElpSkill; level: CefrLevel }) {
  const { t } = useTranslation();
  const part = skillPart[elpAssessmentSkill[skill]];
  const name = t(`assessments.parts.${part}`);
  if (level === 'C1') return <>{t('assessments.alignment.c1', { part: name })}</>;
  if (part === 'leseforstaelse' || part === 'lytteforstaelse') return <>{t('assessments.alignment.adaptive', { part: name })}</>;
  const pairs = levelPairs
    .filter((pair) => pairBottom(pair) === (level as Level) || pairTop(pair) === (level as Level))
    .map((pair) => pair.replace('-', '–'))
    .join(', ');
  return <>{t(part === 'skriftlig' ? 'assessments.alignment.writingPairs' : 'assessments.alignment.oralPairs', { part: name, pairs })}</>;
}
