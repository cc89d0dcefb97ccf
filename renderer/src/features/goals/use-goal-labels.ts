import { useTranslation } from 'react-i18next';
import type { Goal, GoalDomain, GoalSkill, GoalTrade } from '../../../../shared/domain/goals';

/** Translated names of the goal enums, shared by the list, the filters, the forms and the picker. */
export function useGoalLabels() {
  const { t } = useTranslation();
  return {
    skill: (skill: GoalSkill) => t(`goals.skills.${skill}`),
    domain: (domain: GoalDomain) => t(`goals.domains.${domain}`),
    trade: (trade: GoalTrade) => t(`goals.trades.${trade}`),
    source: (source: Goal['source']) => t(`goals.source.${source}`),
  };
}
