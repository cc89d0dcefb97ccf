import { useTranslation } from 'react-i18next';
import { cefrLevels } from '../../../../shared/domain/courses';
import {
  goalDomains,
  goalSkills,
  goalTrades,
  type GoalDomain,
  type GoalLevel,
  type GoalSkill,
  type GoalTrade,
} from '../../../../shared/domain/goals';
import { useGoalLabels } from './use-goal-labels';

export interface GoalFilterValues {
  level?: GoalLevel;
  skill?: GoalSkill;
  domain?: GoalDomain;
  trade?: GoalTrade;
  includeRetired?: boolean;
}

interface GoalFiltersProps {
  value: GoalFilterValues;
  onChange: (next: GoalFilterValues) => void;
  /** The picker leaves retired goals out: new links should point at goals in force. */
  showRetiredToggle?: boolean;
}

/** Level, skill, domain and trade selects; "" means any. */
export function GoalFilters({ value, onChange, showRetiredToggle = true }: GoalFiltersProps) {
  const { t } = useTranslation();
  const labels = useGoalLabels();
  const set = (patch: GoalFilterValues) => onChange({ ...value, ...patch });
  return (
    <>
      <label className="toolbar__item">
        <span>{t('goals.level')}</span>
        <select value={value.level ?? ''} onChange={(e) => set({ level: (e.target.value || undefined) as GoalLevel | undefined })}>
          <option value="">{t('goals.allLevels')}</option>
          {cefrLevels.map((level) => (
            <option key={level} value={level}>{level}</option>
          ))}
        </select>
      </label>
      <label className="toolbar__item">
        <span>{t('goals.skill')}</span>
        <select value={value.skill ?? ''} onChange={(e) => set({ skill: (e.target.value || undefined) as GoalSkill | undefined })}>
          <option value="">{t('goals.allSkills')}</option>
          {goalSkills.map((skill) => (
            <option key={skill} value={skill}>{labels.skill(skill)}</option>
          ))}
        </select>
      </label>
      <label className="toolbar__item">
        <span>{t('goals.domain')}</span>
        <select value={value.domain ?? ''} onChange={(e) => set({ domain: (e.target.value || undefined) as GoalDomain | undefined })}>
          <option value="">{t('goals.allDomains')}</option>
          {goalDomains.map((domain) => (
            <option key={domain} value={domain}>{labels.domain(domain)}</option>
          ))}
        </select>
      </label>
      <label className="toolbar__item">
        <span>{t('goals.trade')}</span>
        <select value={value.trade ?? ''} onChange={(e) => set({ trade: (e.target.value || undefined) as GoalTrade | undefined })}>
          <option value="">{t('goals.allTrades')}</option>
          {goalTrades.map((trade) => (
            <option key={trade} value={trade}>{labels.trade(trade)}</option>
          ))}
        </select>
      </label>
      {showRetiredToggle ? (
        <label className="toolbar__item goal-toggle">
          <input
            type="checkbox"
            checked={value.includeRetired ?? false}
            onChange={(e) => set({ includeRetired: e.target.checked })}
          />
          <span>{t('goals.showRetired')}</span>
        </label>
      ) : null}
    </>
  );
}
