import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/domain/materials';
import { useApiQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SearchBox } from '../../ui/SearchBox';
import { useDebouncedValue } from '../goals/use-debounced-value';
import { MaterialThumb } from '../materials/MaterialThumb';
import '../materials/materials.css';

const shown = 48;

interface PickerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPick: (material: Material) => void;
  /** Pictures for the term's picture, audio for its pronunciation. */
  kind?: 'image' | 'audio';
}

/** Pictures (or recordings) from the material store, newest first, narrowed by search. */
export function PicturePickerDialog({ open, onOpenChange, onPick, kind = 'image' }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const pictures = useApiQuery(
    'materials.list',
    { kind, search: debounced || undefined, limit: shown },
    { enabled: open, placeholderData: (previous) => previous },
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={kind === 'audio' ? t('glossary.audioDialog') : t('glossary.pictureDialog')}>
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} />
      </div>
      {pictures.isError ? <ErrorMessage error={pictures.error} /> : null}
      {pictures.data && pictures.data.items.length === 0 ? <p className="muted">{kind === 'audio' ? t('glossary.noAudios') : t('glossary.noPictures')}</p> : null}
      <ul className="evidence-items material-picker">
        {(pictures.data?.items ?? []).map((material) => (
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
    </Dialog>
  );
}
