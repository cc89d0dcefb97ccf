import { useTranslation } from 'react-i18next';
import type { GoalImportIssue, GoalImportPreview } from '../../../../shared/domain/goals';
import { useGoalLabels } from './use-goal-labels';

/** "Nivå: ukjent nivå, bruk A1, A2, B1, B2 eller C1" — where on the line, then what is wrong. */
function useIssueText() {
  const { t } = useTranslation();
  return (issue: GoalImportIssue) => {
    const field = t(`goals.fields.${issue.field}`, { defaultValue: issue.field });
    return `${field}: ${t(`goals.importIssue.${issue.code}`)}`;
  };
}

/** One row per line of the file, with the goal it would become and every problem found on it. */
export function ImportPreviewTable({ preview }: { preview: GoalImportPreview }) {
  const { t } = useTranslation();
  const labels = useGoalLabels();
  const issueText = useIssueText();
  return (
    <div className="import-preview">
      <table className="table">
        <caption className="muted">
          {t('goals.summary', { valid: preview.validCount, errors: preview.errorCount, duplicates: preview.duplicateCount })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('goals.line')}</th>
            <th scope="col">{t('goals.goalText')}</th>
            <th scope="col">{t('goals.status')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, index) => (
            <tr key={`${row.line}-${index}`} className={row.errors.length > 0 ? 'import-preview__bad' : undefined}>
              <th scope="row">{row.line > 0 ? row.line : t('goals.wholeFile')}</th>
              <td>
                {row.goal ? (
                  <>
                    <span className="muted">
                      {row.goal.level} · {labels.skill(row.goal.skill)} · {labels.domain(row.goal.domain)}
                      {row.goal.trade ? ` · ${labels.trade(row.goal.trade)}` : ''}
                    </span>
                    <br />
                    <span lang="nb" dir="auto">{row.goal.textNb}</span>
                  </>
                ) : (
                  <span lang="nb" dir="auto">{row.text}</span>
                )}
              </td>
              <td>
                {row.errors.length === 0 ? (
                  t('goals.ok')
                ) : (
                  <ul className="import-preview__errors">
                    {row.errors.map((issue) => (
                      <li key={`${issue.field}-${issue.code}`}>{issueText(issue)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
