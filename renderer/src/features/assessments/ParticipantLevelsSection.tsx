import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { assessmentSkills } from '../../../../shared/domain/assessment-levels';
import type { Participant } from '../../../../shared/domain/participants';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { usePrint } from '../week/use-print';
import { AuditTrail } from './AuditTrail';
import { GoalCoveragePanel } from './GoalCoveragePanel';
import { LevelChart, LevelChartLegend } from './LevelChart';
import { LevelHistory } from './LevelHistory';
import { NewAssessmentForm } from './NewAssessmentForm';
import { SelfAssessmentDialog } from './SelfAssessmentDialog';
import { SittingsPanel } from './SittingsPanel';
import { StandingsTable } from './StandingsTable';
import { TargetsPanel } from './TargetsPanel';
import { todayIso as localToday } from '../week/week-dates';
import './assessments.css';

/** «Nivå» on the participant page: where they stand per skill, how it changed, tests, targets and evidence. */
export function ParticipantLevelsSection({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const headingId = useId();
  const profile = useApiQuery('assessments.profile', { participantId: participant.id });
  const checklist = usePrint();
  const data = profile.data;
  const section = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  const loaded = Boolean(data);
  // Coming from the class matrix (…#levels): bring the section into view once it has loaded.
  useEffect(() => {
    if (hash === '#levels' && loaded) section.current?.scrollIntoView({ block: 'start' });
  }, [hash, loaded]);
  const dates = data?.history.map((item) => item.date) ?? [];
  const today = localToday();
  const from = dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : today;
  const to = dates.length ? [today, ...dates].reduce((a, b) => (a > b ? a : b)) : today;

  return (
    <section ref={section} className="card levels-section" id="levels" aria-labelledby={headingId}>
      <div className="levels-section__head">
        <h2 id={headingId}>{t('assessments.participant.title')}</h2>
        <div className="button-row">
          <SelfAssessmentDialog participant={participant} />
          <button type="button" className="button" onClick={() => void checklist.print('print.selfAssessment', { participantId: participant.id })}>
            {t('assessments.self.print')}
          </button>
        </div>
      </div>
      {checklist.statusText ? <p role="status" className="muted">{checklist.statusText}</p> : null}
      {profile.isError ? <ErrorMessage error={profile.error} /> : null}
      {data ? (
        <>
          <StandingsTable standings={data.standings} targets={data.targets} />
          {data.history.length > 0 ? (
            <>
              <div className="level-charts">
                {assessmentSkills.map((skill) => (
                  <LevelChart key={skill} skill={skill} history={data.history} from={from} to={to} />
                ))}
              </div>
              <LevelChartLegend />
            </>
          ) : (
            <p className="muted">{t('assessments.participant.empty')}</p>
          )}
          <NewAssessmentForm participantId={participant.id} />
          <LevelHistory history={data.history} />
          <SittingsPanel participantId={participant.id} sittings={data.sittings} />
          <TargetsPanel participantId={participant.id} targets={data.targets} />
          <GoalCoveragePanel participantId={participant.id} />
          <AuditTrail participantId={participant.id} />
        </>
      ) : null}
    </section>
  );
}
