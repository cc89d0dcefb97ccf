import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvidenceBoard as Board, Material } from '../../../../shared/domain/materials';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LinkGoalDialog } from './LinkGoalDialog';
import { MaterialThumb, materialTitle } from './MaterialThumb';

function ItemGrid({ materials, onLink }: { materials: readonly Material[]; onLink?: (material: Material) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="evidence-items">
      {materials.map((material) => (
        <li key={material.id} className="evidence-item">
          <Link to={`/materials/${material.id}`} className="material-card">
            <MaterialThumb material={material} showParticipant={false} />
          </Link>
          {onLink ? (
            <button type="button" className="button button--small" onClick={() => onLink(material)}>
              {t('materials.evidence.link')}
              <span className="visually-hidden">: {materialTitle(material)}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function GoalGroup({ group, participantId }: { group: Board['groups'][number]; participantId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const missing = group.materials.length === 0;
  return (
    <section className={missing ? 'evidence-group evidence-group--missing' : 'evidence-group'} aria-labelledby={headingId}>
      <h3 id={headingId} className="evidence-group__title">
        <span className="badge goal-level">{group.goal.level}</span> <bdi dir="auto">{group.goal.title}</bdi>
      </h3>
      <p className="evidence-group__meta muted">
        {group.goal.code ? <span>{group.goal.code}</span> : null}
        {group.inTrainingPlan ? <span className="badge">{t('materials.evidence.inPlan')}</span> : null}
        <span>{t('materials.evidence.itemCount', { count: group.materials.length })}</span>
        {missing ? null : (
          <Link to={`/materials?participant=${participantId}&goal=${encodeURIComponent(group.goal.id)}`}>{t('materials.evidence.showInGallery')}</Link>
        )}
      </p>
      {missing ? (
        <p className="evidence-group__none">
          <span aria-hidden="true">◌ </span>
          {t('materials.evidence.none')}
        </p>
      ) : (
        <ItemGrid materials={group.materials} />
      )}
    </section>
  );
}

/**
 * What a participant has shown, goal by goal: training-plan goals without material stand
 * out (in words and a dashed frame, not by colour), and unlinked items come last with a
 * quick way to link them.
 */
export function EvidenceBoard({ participantId, placementId }: { participantId: string; placementId?: string | undefined }) {
  const { t } = useTranslation();
  const board = useApiQuery('materials.evidence', placementId ? { participantId, placementId } : { participantId });
  const [linking, setLinking] = useState<Material | null>(null);
  if (board.isError) return <ErrorMessage error={board.error} />;
  if (!board.data) return <p className="muted">{t('app.loading')}</p>;
  const { groups, unlinked } = board.data;
  // Plan goals without evidence first (what the teacher has to act on), then the plan's other goals, then the rest.
  const rank = (group: Board['groups'][number]) => (group.inTrainingPlan ? (group.materials.length === 0 ? 0 : 1) : 2);
  const sorted = [...groups].sort((a, b) => rank(a) - rank(b));
  return (
    <div className="evidence-board">
      {groups.length === 0 && unlinked.length === 0 ? <p className="muted">{t('materials.evidence.empty')}</p> : null}
      {sorted.map((group) => (
        <GoalGroup key={group.goal.id} group={group} participantId={participantId} />
      ))}
      {unlinked.length > 0 ? (
        <section className="evidence-group evidence-group--unlinked" aria-label={t('materials.evidence.unlinked')}>
          <h3>{t('materials.evidence.unlinked')}</h3>
          <p className="muted">{t('materials.evidence.unlinkedHelp')}</p>
          <ItemGrid materials={unlinked} onLink={setLinking} />
        </section>
      ) : null}
      {linking ? <LinkGoalDialog material={linking} onClose={() => setLinking(null)} /> : null}
    </div>
  );
}
