import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonWeek } from '../../../../shared/domain/lessons';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DayColumn } from './DayColumn';
import { dayColumnCoordinates } from './keyboard-coordinates';
import { LessonCard } from './LessonCard';
import type { usePlanningActions } from './use-planning-actions';

interface WeekGridProps {
  week: LessonWeek;
  staffNames: ReadonlyMap<string, string>;
  actions: ReturnType<typeof usePlanningActions>;
}

/**
 * Monday to Friday side by side. Lessons are dragged by their handle with the mouse or, with
 * the keyboard, picked up with Space, moved a day per arrow key and put down with Space.
 */
export function WeekGrid({ week, staffNames, actions }: WeekGridProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const grid = useRef<HTMLDivElement>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: dayColumnCoordinates }),
  );
  const titleOf = (id: string | number) =>
    week.days.flatMap((day) => day.lessons).find((lesson) => lesson.id === id)?.title ?? '';
  const dayName = (id: string | number | undefined) => {
    const day = week.days.find((candidate) => candidate.date === id);
    return day ? `${t(`week.weekdays.${day.weekday}`)} ${formatDate(day.date, ui)}` : '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('week.drag.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('week.drag.over', { title: titleOf(active.id), day: dayName(over.id) }) : undefined),
    onDragEnd: ({ active, over }) =>
      over ? t('week.drag.end', { title: titleOf(active.id), day: dayName(over.id) }) : t('week.drag.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('week.drag.cancel', { title: titleOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const from = week.days.find((day) => day.lessons.some((lesson) => lesson.id === active.id));
    const to = week.days.find((day) => day.date === over.id);
    if (!to || from?.date === to.date) return;
    void actions.move(String(active.id), to.date, to.lessons.length);
  };

  // Arrow keys move between day columns (when not dragging and not in a text field).
  const onDayKey = (index: number) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = event.target as HTMLElement;
    // A drag handle's arrow keys belong to the keyboard drag.
    if (step === 0 || target.closest('input, textarea, select, [aria-roledescription]')) return;
    const columns = grid.current?.querySelectorAll<HTMLElement>('.day');
    const next = columns?.[index + step];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('week.drag.instructions') } }}
    >
      <div className="week-grid" ref={grid}>
        {week.days.map((day, index) => (
          <DayColumn
            key={day.date}
            day={day}
            canPlan
            onBump={(direction) => void actions.bump(day.date, direction)}
            onKeyDown={onDayKey(index)}
          >
            {day.lessons.length === 0 && day.inCourse && !day.closed && day.kind === 'school' ? (
              <p className="muted day__empty">{t('week.noLessons')}</p>
            ) : null}
            {day.lessons.map((lesson) => (
              <LessonCard
                key={lesson.id}
                lesson={lesson}
                staffNames={staffNames}
                onLock={(locked) => void actions.setLocked(lesson.id, locked)}
                onCancelToEnd={() => void actions.cancelToEnd(lesson.id)}
              />
            ))}
          </DayColumn>
        ))}
      </div>
    </DndContext>
  );
}
