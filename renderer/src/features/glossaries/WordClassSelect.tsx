import { useTranslation } from 'react-i18next';
import { wordClasses, type WordClass } from '../../../../shared/domain/glossary';
import type { FieldControlProps } from '../../ui/Field';

interface WordClassSelectProps extends FieldControlProps {
  value: WordClass | null;
  onChange: (value: WordClass | null) => void;
}

export function WordClassSelect({ value, onChange, ...control }: WordClassSelectProps) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value ?? ''} onChange={(e) => onChange(wordClasses.find((c) => c === e.target.value) ?? null)}>
      <option value="">{t('glossary.noWordClass')}</option>
      {wordClasses.map((wordClass) => (
        <option key={wordClass} value={wordClass}>
          {t(`glossary.wordClasses.${wordClass}`)}
        </option>
      ))}
    </select>
  );
}
