import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { todayIso as localToday } from '../week/week-dates';

/** «Kompetansemål»: goals worked on in the participant's lessons, and which the teacher judged achieved. */
export function GoalCoveragePanel({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="goal-coverage" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('assessments.coverage.title')}</summary>
      {open ? <CoverageTable participantId={participantId} /> : null}
    </details>
  );
}

function CoverageTable({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const coverage = useApiQuery('assessments.goalCoverage', { participantId });
  const judge = useApiMutation('assessments.setGoalAchieved');
  if (!coverage.data) return <p className="muted">{t('app.loading')}</p>;
  if (coverage.data.length === 0) return <p className="muted">{t('assessments.coverage.empty')}</p>;
  const achieved = coverage.data.filter((row) => row.achievedOn).length;
  return (
    <>
      <p className="muted">{t('assessments.coverage.summary', { count: coverage.data.length, achieved })}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('assessments.coverage.goal')}</th>
            <th scope="col">{t('assessments.coverage.level')}</th>
            <th scope="col">{t('assessments.coverage.lessons')}</th>
            <th scope="col">{t('assessments.coverage.achieved')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.data.map((row) => (
            <tr key={row.goalId}>
              <td>{row.textNb}</td>
              <td>{row.level} · {t(`goals.skills.${row.skill}`)}</td>
              <td>{row.lessonCount > 0 ? t('assessments.coverage.lessonCount', { count: row.lessonCount, date: formatDate(row.lastLessonDate, language) }) : '–'}</td>
              <td>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={row.achievedOn !== null}
                    onChange={(e) => judge.mutate({ participantId, goalId: row.goalId, achievedOn: e.target.checked ? localToday() : null })}
                  />
                  {row.achievedOn ? formatDate(row.achievedOn, language) : t('assessments.coverage.notYet')}
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
