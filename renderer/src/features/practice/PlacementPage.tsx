import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Placement } from '../../../../shared/domain/practice';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { MaterialSection } from '../materials/MaterialSection';
import { BuddyTasksSection } from './BuddyTasksSection';
import { NextMeetingNotice } from './NextMeetingNotice';
import { PlacementDetailsForm } from './PlacementDetailsForm';
import { PracticeHoursSection } from './PracticeHoursSection';
import { SiteVisitsSection } from './SiteVisitsSection';
import { StatusMeetingsSection } from './StatusMeetingsSection';
import { TrainingPlanSection } from './TrainingPlanSection';
import './practice.css';
import './follow-up.css';

/** One placement and its follow-up: period and days, training plan, meetings, visits, buddy tasks, hours. */
export function PlacementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const placement = useApiQuery('placements.get', { id });
  if (placement.isError) {
    return <EmptyState action={<Link to="/practice">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!placement.data) return <p className="muted">{t('app.loading')}</p>;
  // Keyed by id: each editor starts from the stored row once and is not overwritten while typing.
  return <PlacementView key={placement.data.id} placement={placement.data} />;
}

/** Scrolls to a section heading and moves keyboard focus there. */
function jumpTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

const sections = ['details', 'plan', 'meetings', 'visits', 'buddyTasks', 'hours'] as const;

function PlacementView({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useUndoableDelete('placements');
  const sectionTitle: Record<(typeof sections)[number], string> = {
    details: t('followUp.placement.details'),
    plan: t('followUp.plan.title'),
    meetings: t('followUp.meetings.title'),
    visits: t('followUp.visits.title'),
    buddyTasks: t('followUp.buddyTasks.title'),
    hours: t('followUp.hours.title'),
  };
  return (
    <>
      <PageHeader
        title={
          // Each name isolated in its own script: the heading reads in the UI's direction around them.
          <>
            <bdi>{placement.participantName}</bdi> {t('followUp.placement.at')} <bdi>{placement.siteName}</bdi>
          </>
        }
        actions={
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              void remove(placement.id, t('practice.placements.deleted', { site: isolate(placement.siteName) })).then(
                (done) => done && navigate(`/participants/${placement.participantId}`),
              )
            }
          >
            {t('followUp.placement.delete')}
          </button>
        }
      >
        <p className="placement-links">
          <Link to={`/participants/${placement.participantId}`}>{t('followUp.placement.toParticipant')}</Link>
          <Link to={`/practice/${placement.siteId}`}>{t('followUp.placement.toSite')}</Link>
        </p>
      </PageHeader>
      <NextMeetingNotice placementId={placement.id} />
      <nav className="placement-contents" aria-label={t('followUp.placement.contents')}>
        <ul>
          {sections.map((section) => (
            <li key={section}>
              {/* The app routes by the URL hash, so jumping within the page moves focus instead of linking. */}
              <button type="button" className="link-button" onClick={() => jumpTo(`placement-${section}`)}>
                {sectionTitle[section]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <PlacementDetailsForm placement={placement} headingId="placement-details" title={sectionTitle.details} />
      <TrainingPlanSection placement={placement} headingId="placement-plan" />
      <StatusMeetingsSection placementId={placement.id} headingId="placement-meetings" />
      <SiteVisitsSection placementId={placement.id} headingId="placement-visits" />
      <BuddyTasksSection placementId={placement.id} headingId="placement-buddyTasks" />
      <MaterialSection participantId={placement.participantId} placementId={placement.id} siteId={placement.siteId} />
      <PracticeHoursSection placementId={placement.id} headingId="placement-hours" />
    </>
  );
}
