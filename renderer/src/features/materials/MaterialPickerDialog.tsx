import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/domain/materials';
import { useApiQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SearchBox } from '../../ui/SearchBox';
import { useDebouncedValue } from '../goals/use-debounced-value';
import { MaterialThumb } from './MaterialThumb';
import { ParticipantFilter } from './ParticipantFilter';

const shown = 48;

interface MaterialPickerDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The lesson's class: its participants are offered as a filter. */
  courseId?: string | undefined;
  onPick: (material: Material) => void;
}

/**
 * «Sett inn materiale»: the newest items first, narrowed by search or by a participant of
 * the class. Items without consent can be used on screen; their badge shows here too.
 */
export function MaterialPickerDialog({ open, onOpenChange, courseId, onPick }: MaterialPickerDialogProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [participantId, setParticipantId] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const participants = useApiQuery('participants.list', courseId ? { courseId } : {}, { enabled: open });
  const materials = useApiQuery(
    'materials.list',
    { search: debounced || undefined, participantId: participantId || undefined, limit: shown },
    { enabled: open, placeholderData: (previous) => previous },
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('materials.picker.title')}>
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} />
        <ParticipantFilter
          value={participantId}
          participants={participants.data}
          allLabel={courseId ? t('materials.picker.anyone') : t('materials.filters.allParticipants')}
          onChange={setParticipantId}
        />
      </div>
      {materials.isError ? <ErrorMessage error={materials.error} /> : null}
      {materials.data && materials.data.items.length === 0 ? <p className="muted">{t('materials.picker.none')}</p> : null}
      <ul className="evidence-items material-picker">
        {(materials.data?.items ?? []).map((material) => (
          <li key={material.id} className="evidence-item">
            <button
              type="button"
              className="material-card material-picker__item"
              onClick={() => {
                onPick(material);
                onOpenChange(false);
              }}
            >
              <MaterialThumb material={material} />
            </button>
          </li>
        ))}
      </ul>
      {materials.data && materials.data.total > shown ? <p className="muted">{t('materials.picker.more', { count: materials.data.total - shown })}</p> : null}
    </Dialog>
  );
}
