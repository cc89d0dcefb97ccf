import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoWeek } from '../i18n/format';
import { parseNorwegianDate } from '../i18n/parse-date';
import { useUiLanguage } from '../i18n/use-ui-language';
import type { FieldControlProps } from './Field';

interface DateFieldProps extends FieldControlProps {
  /** ISO date, or '' when empty. */
  value: string;
  /** Gets an ISO date, '' when cleared, or the raw text when it is not a date (so validation can say so). */
  onChange: (value: string) => void;
}

/**
 * A date typed in Norwegian form (dd.mm.åååå) whatever the browser's locale, with the ISO week
 * shown beside it. The native date input would follow the system locale and show 08/17/2026.
 */
export function DateField({ value, onChange, ...control }: DateFieldProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const [text, setText] = useState(() => formatDate(value, ui));
  const [shownValue, setShownValue] = useState(value);
  // The value changed from outside (undo, say): show it, unless the text already means it.
  if (value !== shownValue) {
    setShownValue(value);
    if ((parseNorwegianDate(text) ?? '') !== value) setText(formatDate(value, ui));
  }
  const parsed = parseNorwegianDate(text);
  return (
    <span className="date-field">
      <input
        {...control}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        placeholder={t('dates.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const iso = parseNorwegianDate(event.target.value);
          if (iso) onChange(iso);
          else if (event.target.value.trim() === '') onChange('');
        }}
        onBlur={() => {
          if (parsed) setText(formatDate(parsed, ui));
          else if (text.trim() !== '') onChange(text);
        }}
      />
      <span className="date-field__week muted" aria-hidden={parsed ? undefined : true}>
        {parsed ? t('dates.week', { week: isoWeek(parsed) }) : ''}
      </span>
    </span>
  );
}
