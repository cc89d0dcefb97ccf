import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { FieldControlProps } from '../../ui/Field';

/** Adds a tag unless it is empty or already there (case does not make a new tag). */
export function addTag(tags: readonly string[], typed: string): string[] {
  const tag = typed.trim().slice(0, 60);
  if (!tag || tags.some((other) => other.toLocaleLowerCase('nb') === tag.toLocaleLowerCase('nb'))) return [...tags];
  return [...tags, tag];
}

/**
 * Tags as removable chips, and a field that suggests the tags already used in the centre
 * (so «verktøy» stays one tag, not three spellings) but takes a new one too.
 */
export function TagPicker({ value, onChange, ...control }: FieldControlProps & { value: readonly string[]; onChange: (tags: string[]) => void }) {
  const { t } = useTranslation();
  const known = useApiQuery('materials.tags', {});
  const [typed, setTyped] = useState('');
  const listId = `${control.id}-known`;
  const add = () => {
    onChange(addTag(value, typed));
    setTyped('');
  };
  return (
    <div className="chip-picker">
      {value.length === 0 ? <p className="muted">{t('materials.tags.none')}</p> : null}
      <ul className="chips">
        {value.map((tag) => (
          <li key={tag} className="chip">
            <bdi dir="auto">{tag}</bdi>
            <button
              type="button"
              className="chip__remove"
              aria-label={t('materials.tags.remove', { tag })}
              onClick={() => onChange(value.filter((other) => other !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <input
          {...control}
          dir="auto"
          list={listId}
          value={typed}
          maxLength={60}
          placeholder={t('materials.tags.placeholder')}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <datalist id={listId}>
          {(known.data ?? [])
            .filter((tag) => !value.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
        <button type="button" className="button button--small" disabled={typed.trim() === ''} onClick={add}>
          {t('materials.tags.add')}
        </button>
      </div>
    </div>
  );
}
