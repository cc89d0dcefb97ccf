import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../shared/result';
import { useErrorText } from '../../i18n/use-error-text';
import { GoalPicker } from '../goals/GoalPicker';

interface LessonGoalsProps {
  value: readonly string[];
  issue?: FieldIssue | undefined;
  onChange: (ids: string[]) => void;
}

/** The competence goals a lesson (or theme) works on, picked from the catalogue search. */
export function LessonGoals({ value, issue, onChange }: LessonGoalsProps) {
  const { t } = useTranslation();
  const { issueText } = useErrorText();
  return (
    <fieldset className="fieldset">
      <legend>{t('lessons.goals')}</legend>
      <GoalPicker value={value} onChange={onChange} />
      {issue ? <p className="field__error" role="alert">{issueText(issue)}</p> : null}
    </fieldset>
  );
}
