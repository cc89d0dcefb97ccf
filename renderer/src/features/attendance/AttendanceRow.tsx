import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attendanceStatuses,
  type AttendanceEntry,
  type AttendanceRow as Row,
  type AttendanceStatus,
} from '../../../../shared/domain/attendance';
import { participantDisplayName } from '../../../../shared/domain/participants';

interface Props {
  row: Row;
  lessonMinutes: number;
  disabled: boolean;
  onRecord: (entry: AttendanceEntry) => Promise<boolean>;
}

const minutesSaveDelayMs = 500;

/**
 * One participant: a segmented choice (native radios, so arrow keys move between the
 * choices) and, for "partial", the minutes present. "Partial" is saved once the minutes are
 * valid; until then the row shows the choice as a draft.
 */
export function AttendanceRow({ row, lessonMinutes, disabled, onRecord }: Props) {
  const { t } = useTranslation();
  const nameId = useId();
  const minutesId = useId();
  const helpId = useId();
  const name = participantDisplayName(row);
  const saved = row.record;
  const savedKey = `${saved?.status ?? ''}:${saved?.minutesAttended ?? ''}`;
  const [seen, setSeen] = useState(savedKey);
  const [draftPartial, setDraftPartial] = useState(false);
  const [minutes, setMinutes] = useState(saved?.minutesAttended?.toString() ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const minutesInput = useRef<HTMLInputElement>(null);

  // A new answer from the server (a save, an undo, «Alle til stede») replaces the local draft.
  if (seen !== savedKey) {
    setSeen(savedKey);
    setDraftPartial(false);
    setMinutes(saved?.minutesAttended?.toString() ?? '');
  }

  const max = lessonMinutes - 1;
  const parsed = /^\d+$/.test(minutes.trim()) ? Number(minutes.trim()) : NaN;
  const minutesValid = Number.isInteger(parsed) && parsed >= 1 && parsed <= max;
  const status: AttendanceStatus | null = draftPartial ? 'partial' : saved?.status ?? null;

  const saveMinutes = (value: number) => {
    clearTimeout(timer.current);
    if (saved?.status === 'partial' && saved.minutesAttended === value) return;
    void onRecord({ participantId: row.participantId, status: 'partial', minutesAttended: value });
  };

  const choose = (next: AttendanceStatus) => {
    clearTimeout(timer.current);
    if (next !== 'partial') {
      setDraftPartial(false);
      void onRecord({ participantId: row.participantId, status: next });
      return;
    }
    if (minutesValid) saveMinutes(parsed);
    else {
      setDraftPartial(true);
      // Let the field appear, then move there: the minutes are what is missing.
      setTimeout(() => minutesInput.current?.focus(), 0);
    }
  };

  const typeMinutes = (value: string) => {
    setMinutes(value);
    clearTimeout(timer.current);
    const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (Number.isInteger(number) && number >= 1 && number <= max) {
      timer.current = setTimeout(() => saveMinutes(number), minutesSaveDelayMs);
    }
  };

  return (
    <li className="attendance-row">
      <span id={nameId} className="attendance-row__name">
        <bdi>{name}</bdi>
        {row.enrolled ? null : <span className="muted"> ({t('attendance.notEnrolled')})</span>}
      </span>
      <div role="radiogroup" aria-label={t('attendance.statusFor', { name })} className="segmented">
        {attendanceStatuses.map((choice) => (
          <label key={choice} className={`segmented__option segmented__option--${choice}`}>
            <input
              type="radio"
              name={`attendance-${row.participantId}`}
              value={choice}
              checked={status === choice}
              disabled={disabled}
              onChange={() => choose(choice)}
            />
            <span>{t(`attendance.status.${choice}`)}</span>
          </label>
        ))}
      </div>
      {status === 'partial' ? (
        <span className="attendance-row__minutes">
          <label htmlFor={minutesId}>{t('attendance.minutes')}</label>
          <input
            id={minutesId}
            ref={minutesInput}
            type="text"
            inputMode="numeric"
            size={4}
            aria-label={t('attendance.minutesFor', { name })}
            value={minutes}
            disabled={disabled}
            aria-invalid={minutes !== '' && !minutesValid}
            aria-describedby={helpId}
            onChange={(event) => typeMinutes(event.target.value)}
            onBlur={() => minutesValid && saveMinutes(parsed)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && minutesValid) saveMinutes(parsed);
            }}
          />
          <span id={helpId} className={minutes !== '' && !minutesValid ? 'attendance-row__error' : 'muted'}>
            {minutes !== '' && !minutesValid ? t('attendance.minutesInvalid', { max }) : t('attendance.minutesHelp', { max })}
          </span>
        </span>
      ) : null}
    </li>
  );
}
