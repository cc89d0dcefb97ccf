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
import type { FieldIssue } from '../../../../shared/result';
import { Field, issueFor } from '../../ui/Field';
import { useGoalLabels } from './use-goal-labels';

export interface GoalFormValues {
  level: GoalLevel;
  skill: GoalSkill;
  domain: GoalDomain;
  trade: GoalTrade | null;
  textNb: string;
  textEn: string;
}

interface GoalFormFieldsProps {
  values: GoalFormValues;
  set: (patch: Partial<GoalFormValues>) => void;
  issues: readonly FieldIssue[];
}

/** The fields of a teacher goal, used by both the "new" and the "edit" dialog. */
export function GoalFormFields({ values, set, issues }: GoalFormFieldsProps) {
  const { t } = useTranslation();
  const labels = useGoalLabels();
  return (
    <>
      <Field label={t('goals.textNb')} help={t('goals.textNbHelp')} issue={issueFor(issues, 'textNb')} required>
        {(control) => (
          <textarea {...control} lang="nb" dir="auto" rows={3} autoFocus value={values.textNb} onChange={(e) => set({ textNb: e.target.value })} />
        )}
      </Field>
      <Field label={t('goals.textEn')} issue={issueFor(issues, 'textEn')}>
        {(control) => (
          <textarea {...control} lang="en" dir="auto" rows={2} value={values.textEn} onChange={(e) => set({ textEn: e.target.value })} />
        )}
      </Field>
      <div className="goal-form__row">
        <Field label={t('goals.level')} issue={issueFor(issues, 'level')}>
          {(control) => (
            <select {...control} value={values.level} onChange={(e) => set({ level: e.target.value as GoalLevel })}>
              {cefrLevels.map((level) => <option key={level} value={level}>{level}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('goals.skill')} issue={issueFor(issues, 'skill')}>
          {(control) => (
            <select {...control} value={values.skill} onChange={(e) => set({ skill: e.target.value as GoalSkill })}>
              {goalSkills.map((skill) => <option key={skill} value={skill}>{labels.skill(skill)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('goals.domain')} issue={issueFor(issues, 'domain')}>
          {(control) => (
            <select {...control} value={values.domain} onChange={(e) => set({ domain: e.target.value as GoalDomain })}>
              {goalDomains.map((domain) => <option key={domain} value={domain}>{labels.domain(domain)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('goals.trade')} issue={issueFor(issues, 'trade')}>
          {(control) => (
            <select {...control} value={values.trade ?? ''} onChange={(e) => set({ trade: (e.target.value || null) as GoalTrade | null })}>
              <option value="">{t('goals.noTrade')}</option>
              {goalTrades.map((trade) => <option key={trade} value={trade}>{labels.trade(trade)}</option>)}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
