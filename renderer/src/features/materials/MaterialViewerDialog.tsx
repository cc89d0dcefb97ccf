import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ConsentBadge, MissingBadge } from './ConsentBadge';
import { materialIdOfUrl } from './material-kind';
import { MaterialViewer } from './MaterialViewer';
import { materialTitle } from './MaterialThumb';
import './materials.css';

function MaterialViewerDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const material = useApiQuery('materials.get', { id });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={material.data ? materialTitle(material.data) : t('materials.viewer.label')}>
      {material.isError ? <ErrorMessage error={material.error} /> : null}
      {material.data ? (
        <div className="material-viewer-dialog">
          <div className="material-badges-row">
            <ConsentBadge material={material.data} />
            <MissingBadge material={material.data} />
          </div>
          <MaterialViewer material={material.data} />
          {material.data.transcript ? (
            <p className="material-viewer-dialog__transcript" dir="auto">
              {material.data.transcript}
            </p>
          ) : null}
          <p>
            <Link to={`/materials/${id}`}>{t('materials.viewer.openItem')}</Link>
          </p>
        </div>
      ) : null}
    </Dialog>
  );
}

/**
 * Links to material inside lesson text open the item here, in a player or viewer, instead
 * of leaving the app for the bare file.
 */
export function MaterialLinkOpener({ children }: { children: ReactNode }) {
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <div
      onClickCapture={(event) => {
        const link = (event.target as Element).closest?.('a[href]');
        const id = materialIdOfUrl(link?.getAttribute('href'));
        if (!id) return;
        event.preventDefault();
        event.stopPropagation();
        setOpenId(id);
      }}
    >
      {children}
      {openId ? <MaterialViewerDialog id={openId} onClose={() => setOpenId(null)} /> : null}
    </div>
  );
}
