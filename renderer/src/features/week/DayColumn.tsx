import { useDroppable } from '@dnd-kit/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekDay } from '../../../../shared/domain/lessons';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';

interface DayColumnProps {
  day: WeekDay;
  canPlan: boolean;
  onBump: (direction: 1 | -1) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  children: ReactNode;
}

/** One weekday: date, the kind of day from the class pattern, a holiday or closure, and its lessons. */
export function DayColumn({ day, canPlan, onBump, onKeyDown, children }: DayColumnProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const closed = day.closed;
  const { setNodeRef, isOver } = useDroppable({ id: day.date, disabled: Boolean(closed) || !day.inCourse });
  const closedName = closed?.holidayKey ? t(`calendar.holidays.${closed.holidayKey}`, { defaultValue: closed.name }) : closed?.name;
  const headingId = `day-${day.date}`;
  const kindClass = closed ? 'day--closed' : !day.inCourse ? 'day--outside' : `day--${day.kind}`;
  return (
    <section
      ref={setNodeRef}
      className={`day ${kindClass}${isOver ? ' day--over' : ''}`}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-day={day.date}
      onKeyDown={onKeyDown}
    >
      <h2 id={headingId} className="day__heading">
        <span className="day__weekday">{t(`week.weekdays.${day.weekday}`)}</span>{' '}
        <span className="day__date">{formatDate(day.date, ui)}</span>
      </h2>
      {closed ? (
        <p className="day__closed">
          {t(`week.closed.${closed.kind}`)}: <bdi dir="auto">{closedName}</bdi>
        </p>
      ) : !day.inCourse ? (
        <p className="day__kind">{t('week.outsideCourse')}</p>
      ) : day.kind !== 'school' ? (
        <p className="day__kind">{t(`week.kind.${day.kind}`)}</p>
      ) : null}
      <div className="day__lessons">{children}</div>
      {canPlan && day.inCourse && !closed ? (
        <div className="day__actions">
          <button type="button" className="button button--small" onClick={() => onBump(1)} title={t('week.bump.forwardHint')}>
            {t('week.bump.forward')}
          </button>
          <button type="button" className="button button--small" onClick={() => onBump(-1)} title={t('week.bump.backHint')}>
            {t('week.bump.back')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
