import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/domain/materials';

/**
 * Other people appear without their consent: said in words with an icon, not by colour,
 * on every thumbnail and on the item itself.
 */
export function ConsentBadge({ material }: { material: Pick<Material, 'blocked'> }) {
  const { t } = useTranslation();
  if (!material.blocked) return null;
  return (
    <span className="material-badge material-badge--blocked">
      <span aria-hidden="true">⛔</span> {t('materials.consent.blockedBadge')}
    </span>
  );
}

/** The file is gone from the store: the item stays, the picture cannot. */
export function MissingBadge({ material }: { material: Pick<Material, 'fileMissing'> }) {
  const { t } = useTranslation();
  if (!material.fileMissing) return null;
  return (
    <span className="material-badge material-badge--missing">
      <span aria-hidden="true">⚠</span> {t('materials.missingBadge')}
    </span>
  );
}
