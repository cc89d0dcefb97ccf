import { useTranslation } from 'react-i18next';
import { assessmentSkills, type AssessmentSkill } from '../../../../shared/domain/assessment-levels';
import type { FieldIssue } from '../../../../shared/result';
import { Field, issueFor } from '../../ui/Field';

/** «Ferdighet»: the four skills to choose from, in the new-level and new-target forms. */
export function SkillField({
  value,
  issues,
  onChange,
}: {
  value: AssessmentSkill | undefined;
  issues: readonly FieldIssue[];
  onChange: (skill: AssessmentSkill) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('assessments.create.skill')} issue={issueFor(issues, 'skill')} required>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as AssessmentSkill)}>
          {assessmentSkills.map((skill) => (
            <option key={skill} value={skill}>{t(`assessments.skills.${skill}`)}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
