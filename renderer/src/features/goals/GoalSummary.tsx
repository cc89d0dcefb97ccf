import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/domain/goals';
import { useGoalLabels } from './use-goal-labels';

/** Level, skill, domain and trade on one line, then the Norwegian text and the English line, muted. */
export function GoalSummary({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const labels = useGoalLabels();
  return (
    <div className="goal-summary">
      <p className="goal-summary__meta">
        <span className="badge goal-level">{goal.level}</span>
        <span>{labels.skill(goal.skill)}</span>
        <span aria-hidden="true">·</span>
        <span>{labels.domain(goal.domain)}</span>
        {goal.trade ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{labels.trade(goal.trade)}</span>
          </>
        ) : null}
        {goal.source !== 'catalogue' ? <span className="badge">{labels.source(goal.source)}</span> : null}
        {goal.grepCode ? <span className="muted">{goal.grepCode}</span> : null}
        {goal.status === 'retired' ? <span className="badge badge--warning">{t('goals.retired')}</span> : null}
      </p>
      <p className="goal-summary__nb" lang="nb" dir="auto">{goal.textNb}</p>
      {goal.textEn ? <p className="goal-summary__en muted" lang="en" dir="auto">{goal.textEn}</p> : null}
    </div>
  );
}
