import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/domain/materials';
import type { ApiError } from '../../../../shared/result';
import { transport } from '../../api/transport';
import { useErrorText } from '../../i18n/use-error-text';
import { usePrint } from '../week/use-print';

type SaveState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string; saved: boolean } | { kind: 'failed'; error: ApiError };

/**
 * «Skriv ut» (one item on a page) and «Lagre kopi» (location data removed by core). While other people appear without consent,
 * both buttons are off and the reason is written beside them; core refuses them as well.
 */
export function MaterialActions({ material, blocked }: { material: Material; blocked: boolean }) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const reasonId = useId();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const printing = usePrint();
  const unavailable = blocked || material.fileMissing;
  const saveCopy = async () => {
    setState({ kind: 'working' });
    const result = await transport.exportMaterial(material.id);
    setState(result.ok ? { kind: 'done', ...result.value } : { kind: 'failed', error: result.error });
  };
  const status =
    state.kind === 'working'
      ? t('materials.actions.saving')
      : state.kind === 'done'
        ? state.saved
          ? t(window.api ? 'printing.status.saved' : 'printing.status.downloaded', { fileName: state.fileName })
          : t('printing.status.notSaved', { fileName: state.fileName })
        : state.kind === 'failed'
          ? errorText(state.error)
          : '';
  return (
    <div className="material-actions">
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={unavailable || printing.state.kind === 'working'}
          aria-describedby={unavailable ? reasonId : undefined}
          onClick={() => void printing.print('print.material', { id: material.id })}
        >
          {t('materials.actions.print')}
        </button>
        <button
          type="button"
          className="button"
          disabled={unavailable || state.kind === 'working'}
          aria-describedby={unavailable ? reasonId : undefined}
          onClick={() => void saveCopy()}
        >
          {t('materials.actions.saveCopy')}
        </button>
      </div>
      {unavailable ? (
        <p id={reasonId} className="material-actions__reason">
          <span aria-hidden="true">⛔ </span>
          {material.fileMissing ? t('materials.actions.missingReason') : t('materials.actions.blockedReason')}
        </p>
      ) : null}
      <p role="status" className="muted">
        {[printing.statusText, status].filter(Boolean).join(' ')}
      </p>
    </div>
  );
}
