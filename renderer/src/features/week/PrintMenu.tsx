import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonWeek } from '../../../../shared/domain/lessons';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { usePrint } from './use-print';
import { todayIso } from './week-dates';

interface PrintMenuProps {
  courseId: string;
  week: LessonWeek;
}

/**
 * «Skriv ut»: week plan, plan for assistants and a day's substitute packet as PDF. A
 * <details> disclosure, so it opens with Enter or Space and needs no focus juggling; the
 * outcome is announced in a live region.
 */
export function PrintMenu({ courseId, week }: PrintMenuProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { print, state, statusText } = usePrint();
  const today = todayIso();
  const defaultDay = week.days.find((day) => day.date === today)?.date ?? week.days[0]?.date ?? today;
  const [day, setDay] = useState(defaultDay);
  const chosenDay = week.days.some((candidate) => candidate.date === day) ? day : defaultDay;
  const busy = state.kind === 'working';
  // The assistant plan starts on the week shown, or today if that week is the current one.
  const assistantFrom = week.days.some((candidate) => candidate.date === today) ? today : (week.days[0]?.date ?? today);

  return (
    <details className="print-menu">
      <summary className="button">{t('printing.menu.open')}</summary>
      <div className="print-menu__panel" role="group" aria-label={t('printing.menu.label')}>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void print('print.weekPlan', { courseId, isoYear: week.isoYear, isoWeek: week.isoWeek })}
        >
          {t('printing.menu.weekPlan')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void print('print.assistantPlan', { courseId, from: assistantFrom })}>
          {t('printing.menu.assistantPlan')}
        </button>
        <fieldset className="print-menu__day">
          <legend>{t('printing.menu.substitutePacket')}</legend>
          <label>
            {t('printing.menu.substituteDay')}
            <select value={chosenDay} onChange={(event) => setDay(event.target.value)}>
              {week.days.map((option) => (
                <option key={option.date} value={option.date}>
                  {`${t(`week.weekdays.${option.weekday}`)} ${formatDate(option.date, ui)}`}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" disabled={busy} onClick={() => void print('print.substitutePacket', { courseId, date: chosenDay })}>
            {t('printing.menu.substitutePrint')}
          </button>
        </fieldset>
        <p className={state.kind === 'failed' ? 'print-menu__status print-menu__status--error' : 'print-menu__status'} role="status" aria-live="polite">
          {statusText}
        </p>
      </div>
    </details>
  );
}
