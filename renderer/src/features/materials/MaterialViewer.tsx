import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { materialFileUrl, type Material } from '../../../../shared/domain/materials';
import { kindIcons } from './material-kind';
import { materialTitle } from './MaterialThumb';

const sizeText = (bytes: number, language: string): string => {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
};

/**
 * Sound or film played here. When this computer cannot decode it (an iPhone film in HEVC on
 * a PC without that codec, say), the player says so instead of staying grey.
 */
function MediaPlayer({ material, src }: { material: Material; src: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const Player = material.kind === 'video' ? 'video' : 'audio';
  if (failed) {
    return (
      <div className="material-viewer material-viewer--file" role="note">
        <span className="material-viewer__icon" aria-hidden="true">
          {kindIcons[material.kind]}
        </span>
        <p>
          <bdi dir="auto">{material.originalName}</bdi>
        </p>
        <p className="muted">{t('materials.viewer.cannotPlay')}</p>
      </div>
    );
  }
  return (
    <div className="material-viewer">
      {/* Captured clips have no caption track; the transcript field below is their text. */}
      <Player controls preload="metadata" src={src} aria-label={materialTitle(material)} onError={() => setFailed(true)} />
    </div>
  );
}

/**
 * The item itself, large: photos as pictures, sound and film played here in the app,
 * PDFs and documents as their name with the way to save a copy (the actions beside it).
 */
export function MaterialViewer({ material }: { material: Material }) {
  const { t, i18n } = useTranslation();
  const src = materialFileUrl(material, 'original');
  if (material.fileMissing) {
    return (
      <div className="material-viewer material-viewer--missing" role="note">
        <span className="material-viewer__icon" aria-hidden="true">
          ⚠
        </span>
        <p>{t('materials.viewer.missing', { name: material.originalName })}</p>
      </div>
    );
  }
  switch (material.kind) {
    case 'image':
      return (
        <figure className="material-viewer">
          <img src={src} alt={materialTitle(material)} />
        </figure>
      );
    case 'audio':
    case 'video':
      return <MediaPlayer key={material.id} material={material} src={src} />;
    case 'pdf':
    case 'document':
      return (
        <div className="material-viewer material-viewer--file">
          <span className="material-viewer__icon" aria-hidden="true">
            {kindIcons[material.kind]}
          </span>
          <p>
            <bdi dir="auto">{material.originalName}</bdi>
            <span className="muted"> · {sizeText(material.size, i18n.language)}</span>
          </p>
          <p className="muted">{t('materials.viewer.fileHelp')}</p>
        </div>
      );
  }
}
