import { useState } from 'react';
import { parseClockTime } from '../i18n/parse-time';
import type { FieldControlProps } from './Field';

interface TimeFieldProps extends FieldControlProps {
  /** HH:MM, 24-hour. */
  value: string;
  /** Gets HH:MM once the text is a time, or the raw text at blur when it is not (so validation can say so). */
  onChange: (value: string) => void;
}

/**
 * A time of day typed as Norwegians write it (09:00, 14.30), always 24-hour. The native time
 * input follows the browser's locale and shows "09:00 AM" on an English system.
 */
export function TimeField({ value, onChange, ...control }: TimeFieldProps) {
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  // The value changed from outside (undo, say): show it, unless the text already means it.
  if (value !== shownValue) {
    setShownValue(value);
    if (parseClockTime(text) !== value) setText(value);
  }
  return (
    <input
      {...control}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      dir="ltr"
      className="time-field"
      placeholder="tt:mm"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const time = parseClockTime(event.target.value);
        if (time) onChange(time);
      }}
      onBlur={() => {
        const time = parseClockTime(text);
        if (time) setText(time);
        else onChange(text);
      }}
    />
  );
}
