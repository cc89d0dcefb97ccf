import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { FollowUpCard } from '../practice/FollowUpCard';

export function OverviewPage() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  const settings = useApiQuery('settings.get', {});
  const createExample = useApiMutation('exampleCentre.create');
  const updateSettings = useApiMutation('settings.update');

  if (info.isError) return <ErrorMessage error={info.error} />;
  if (!info.data || !settings.data) return <p className="muted">{t('app.loading')}</p>;

  const { counts } = info.data;
  const isEmpty = counts.staff + counts.courses + counts.participants === 0;
  const showWelcome = isEmpty && !settings.data.welcomeDone;

  return (
    <>
      <PageHeader title={t('overview.title')} />
      {showWelcome ? (
        <section className="card welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">{t('overview.welcomeTitle')}</h2>
          <p>{t('overview.welcomeText')}</p>
          <p>{t('overview.exampleOffer')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={createExample.isPending}
              onClick={() =>
                createExample.mutate({}, { onSuccess: () => toast.success(t('overview.exampleCreated')) })
              }
            >
              {t('overview.openExample')}
            </button>
            <button type="button" className="button" onClick={() => updateSettings.mutate({ welcomeDone: true })}>
              {t('overview.startEmpty')}
            </button>
          </div>
          {createExample.isError ? <ErrorMessage error={createExample.error} /> : null}
        </section>
      ) : null}
      <section className="card" aria-labelledby="counts-title">
        <h2 id="counts-title">{t('overview.counts')}</h2>
        <ul className="stat-list">
          <li>
            <Link to="/staff">{t('overview.staffCount', { count: counts.staff })}</Link>
          </li>
          <li>
            <Link to="/classes">{t('overview.classCount', { count: counts.courses })}</Link>
          </li>
          <li>
            <Link to="/participants">{t('overview.participantCount', { count: counts.participants })}</Link>
          </li>
        </ul>
      </section>
      {isEmpty ? null : <FollowUpCard />}
      {isEmpty && !showWelcome ? (
        <section className="card" aria-labelledby="steps-title">
          <h2 id="steps-title">{t('overview.nextSteps')}</h2>
          <ol>
            <li>{t('overview.stepStaff')}</li>
            <li>{t('overview.stepClass')}</li>
            <li>{t('overview.stepParticipants')}</li>
          </ol>
        </section>
      ) : null}
    </>
  );
}
