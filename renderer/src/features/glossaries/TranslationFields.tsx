import { useTranslation } from 'react-i18next';
import {
  translationDirections,
  translationStatuses,
  type TranslationDirection,
  type TranslationStatus,
} from '../../../../shared/domain/glossary';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import type { FieldControlProps } from '../../ui/Field';

export function DirectionSelect({ value, onChange, ...control }: FieldControlProps & { value: TranslationDirection; onChange: (value: TranslationDirection) => void }) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(e) => onChange(translationDirections.find((d) => d === e.target.value) ?? 'auto')}>
      {translationDirections.map((direction) => (
        <option key={direction} value={direction}>
          {t(`glossary.directions.${direction}`)}
        </option>
      ))}
    </select>
  );
}

export function StatusSelect({ value, onChange, ...control }: FieldControlProps & { value: TranslationStatus; onChange: (value: TranslationStatus) => void }) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(e) => onChange(translationStatuses.find((s) => s === e.target.value) ?? 'draft')}>
      {translationStatuses.map((status) => (
        <option key={status} value={status}>
          {t(`glossary.statuses.${status}`)}
        </option>
      ))}
    </select>
  );
}

/** Who wrote the translation: the centre's staff, assistants first. */
export function AuthorSelect({ value, onChange, ...control }: FieldControlProps & { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  const staff = useApiQuery('staff.list', {});
  const people = [...(staff.data ?? [])].sort((a, b) => Number(b.role === 'assistant') - Number(a.role === 'assistant'));
  return (
    <select {...control} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{t('glossary.noAuthor')}</option>
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {isolate(person.name)}
        </option>
      ))}
    </select>
  );
}
