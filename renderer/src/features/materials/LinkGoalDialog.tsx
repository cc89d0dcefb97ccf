import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/domain/materials';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiMutation } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GoalPicker } from '../goals/GoalPicker';
import { materialTitle } from './MaterialThumb';

/** The evidence board's quick «Knytt til mål»: pick goals for one item without leaving the board. */
export function LinkGoalDialog({ material, onClose }: { material: Material; onClose: () => void }) {
  const { t } = useTranslation();
  const [goalIds, setGoalIds] = useState<string[]>(material.goalIds);
  const update = useApiMutation('materials.update');
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('materials.evidence.linkTitle', { name: isolate(materialTitle(material)) })}>
      <GoalPicker value={goalIds} onChange={setGoalIds} />
      {update.isError ? <ErrorMessage error={update.error} /> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={update.isPending}
          onClick={() => update.mutate({ id: material.id, goalIds }, { onSuccess: onClose })}
        >
          {t('materials.evidence.linkSave')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
