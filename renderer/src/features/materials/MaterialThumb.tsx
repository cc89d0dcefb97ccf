import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { materialFileUrl, type Material } from '../../../../shared/domain/materials';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ConsentBadge, MissingBadge } from './ConsentBadge';
import { kindIcons, showsThumbnail } from './material-kind';

/** What a material is called where it has no caption yet: its file name. */
export const materialTitle = (material: Pick<Material, 'caption' | 'originalName'>): string =>
  material.caption.trim() || material.originalName;

/**
 * The face of one item in the gallery and the pickers: picture or kind icon, caption, date,
 * participant and the consent and missing-file badges. The picture is decorative (the
 * caption names the item); a picture that fails to load falls back to the icon.
 */
export function MaterialThumb({ material, showParticipant = true }: { material: Material; showParticipant?: boolean }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const [broken, setBroken] = useState(false);
  const picture = showsThumbnail(material) && !broken;
  return (
    <span className="material-thumb">
      <span className="material-thumb__picture">
        {picture ? (
          <img src={materialFileUrl(material, 'thumbnail')} alt="" loading="lazy" decoding="async" onError={() => setBroken(true)} />
        ) : (
          <span className="material-thumb__icon" aria-hidden="true">
            {kindIcons[material.kind]}
          </span>
        )}
        <span className="material-thumb__kind">{t(`materials.kinds.${material.kind}`)}</span>
      </span>
      <span className="material-thumb__text">
        <bdi className="material-thumb__caption" dir="auto">
          {materialTitle(material)}
        </bdi>
        <span className="material-thumb__meta">
          {material.date ? <span dir="ltr">{formatDate(material.date, ui)}</span> : null}
          {showParticipant && material.participantName ? <bdi dir="auto">{material.participantName}</bdi> : null}
        </span>
        <span className="material-thumb__badges">
          <ConsentBadge material={material} />
          <MissingBadge material={material} />
        </span>
      </span>
    </span>
  );
}
