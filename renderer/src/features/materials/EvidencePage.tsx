import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { EvidenceBoard } from './EvidenceBoard';
import { ImportButton, MaterialImportArea } from './MaterialImportArea';
import { ImportProgressList } from './ImportProgressList';
import './materials.css';

/** «Dokumentasjon»: a participant's evidence board, for all placements or one. */
export function EvidencePage() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const placementId = params.get('placement') || undefined;
  const participant = useApiQuery('participants.get', { id });
  const placements = useApiQuery('placements.list', { participantId: id });
  if (participant.isError) {
    return <EmptyState action={<Link to="/participants">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!participant.data) return <p className="muted">{t('app.loading')}</p>;
  const name = participantDisplayName(participant.data);
  const placement = placements.data?.find((candidate) => candidate.id === placementId);
  const defaults = { participantId: id, placementId: placement?.id ?? null, siteId: placement?.siteId ?? null };
  return (
    <MaterialImportArea defaults={defaults}>
      <PageHeader title={t('materials.evidence.title', { name: isolate(name) })} actions={<ImportButton defaults={defaults} primary={false} />}>
        <Link to={`/participants/${id}`}>{t('materials.evidence.backToParticipant', { name: isolate(name) })}</Link>
        <p className="muted">{t('materials.evidence.intro')}</p>
      </PageHeader>
      <ImportProgressList participantId={id} />
      {placements.data && placements.data.length > 0 ? (
        <div className="toolbar">
          <label className="toolbar__item">
            <span>{t('materials.evidence.placement')}</span>
            <select value={placementId ?? ''} onChange={(e) => setParams(e.target.value ? { placement: e.target.value } : {}, { replace: true })}>
              <option value="">{t('materials.evidence.allPlacements')}</option>
              {placements.data.map((option) => (
                <option key={option.id} value={option.id}>
                  {`${isolate(option.siteName)} ${formatDate(option.startDate, ui)}–${formatDate(option.endDate, ui)}`}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      <EvidenceBoard participantId={id} placementId={placementId} />
    </MaterialImportArea>
  );
}
