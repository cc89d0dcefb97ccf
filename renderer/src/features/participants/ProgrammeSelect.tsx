import { useTranslation } from 'react-i18next';
import { programmes, type Programme } from '../../../../shared/domain/participants';
import type { FieldControlProps } from '../../ui/Field';

export function ProgrammeSelect({ value, onChange, ...control }: FieldControlProps & { value: Programme; onChange: (programme: Programme) => void }) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value as Programme)}>
      {programmes.map((programme) => (
        <option key={programme} value={programme}>
          {t(`participants.programmes.${programme}`)}
        </option>
      ))}
    </select>
  );
}
