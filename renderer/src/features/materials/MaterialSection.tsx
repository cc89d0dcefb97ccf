import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { ImportButton, MaterialImportArea } from './MaterialImportArea';
import { ImportProgressList } from './ImportProgressList';
import { MaterialThumb } from './MaterialThumb';
import './materials.css';

const recentCount = 8;

interface MaterialSectionProps {
  participantId: string;
  /** On a placement's page: new files belong to the placement (and so to its site). */
  placementId?: string | undefined;
  siteId?: string | undefined;
}

/**
 * «Materiale» on a participant's (or a placement's) page: the latest items, files dropped
 * here belong to this participant, and the way to the evidence board and the full gallery.
 */
export function MaterialSection({ participantId, placementId, siteId }: MaterialSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const filter = placementId ? { placementId } : { participantId };
  const recent = useApiQuery('materials.list', { ...filter, limit: recentCount });
  const defaults = { participantId, placementId: placementId ?? null, siteId: siteId ?? null };
  const evidenceLink = `/participants/${participantId}/evidence${placementId ? `?placement=${placementId}` : ''}`;
  const galleryLink = `/materials?participant=${participantId}`;
  const total = recent.data?.total ?? 0;
  return (
    <section className="card material-section" aria-labelledby={headingId}>
      <MaterialImportArea defaults={defaults}>
        <div className="material-section__head">
          <h2 id={headingId}>{t('materials.section.title')}</h2>
          <div className="button-row">
            <ImportButton defaults={defaults} primary={false} />
            <Link className="button" to={evidenceLink}>
              {t('materials.section.evidence')}
            </Link>
          </div>
        </div>
        <ImportProgressList participantId={participantId} />
        {recent.data && total === 0 ? <p className="muted">{t('materials.section.empty')}</p> : null}
        {recent.data && total > 0 ? (
          <>
            <ul className="evidence-items">
              {recent.data.items.map((material) => (
                <li key={material.id} className="evidence-item">
                  <Link to={`/materials/${material.id}`} className="material-card">
                    <MaterialThumb material={material} showParticipant={false} />
                  </Link>
                </li>
              ))}
            </ul>
            <p>
              <Link to={galleryLink}>{t('materials.section.showAll', { count: total })}</Link>
            </p>
          </>
        ) : null}
      </MaterialImportArea>
    </section>
  );
}
