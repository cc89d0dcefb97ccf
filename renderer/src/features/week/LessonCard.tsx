import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languageName } from '../../../../shared/domain/languages';
import type { LessonCard as Card } from '../../../../shared/domain/lessons';
import { useUiLanguage } from '../../i18n/use-ui-language';

interface LessonCardProps {
  lesson: Card;
  staffNames: ReadonlyMap<string, string>;
  onLock: (locked: boolean) => void;
  onCancelToEnd: () => void;
}

/** One lesson in the week: time, title, theme, goals and mother-tongue support, with a drag handle. */
export function LessonCard({ lesson, staffNames, onLock, onCancelToEnd }: LessonCardProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const cancelled = lesson.status === 'cancelled';
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: lesson.id, disabled: cancelled });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  const support = lesson.support;
  return (
    <article
      ref={setNodeRef}
      style={style}
      className={['lesson-card', cancelled ? 'lesson-card--cancelled' : '', isDragging ? 'lesson-card--dragging' : ''].join(' ')}
      aria-label={lesson.title}
    >
      <div className="lesson-card__head">
        <span className="lesson-card__time">{lesson.startTime}–{lesson.endTime}</span>
        {lesson.locked ? <span className="lesson-card__badge">{t('week.card.locked')}</span> : null}
        {cancelled ? <span className="lesson-card__badge">{t('week.card.cancelled')}</span> : null}
        {!cancelled ? (
          <button
            type="button"
            className="lesson-card__handle"
            aria-label={t('week.card.move', { title: lesson.title })}
            {...attributes}
            {...listeners}
          >
            ⠿
          </button>
        ) : null}
      </div>
      <h3 className="lesson-card__title">
        <Link to={`/week/lessons/${lesson.id}`}>
          <bdi dir="auto">{lesson.title}</bdi>
        </Link>
      </h3>
      {lesson.themeName ? (
        <p className="lesson-card__line">
          {t('week.card.theme')}: <bdi dir="auto">{lesson.themeName}</bdi>
        </p>
      ) : null}
      <p className="lesson-card__line">{t('week.card.goals', { count: lesson.goalIds.length })}</p>
      <p className={support ? 'lesson-card__support' : 'lesson-card__support lesson-card__support--none'}>
        {support
          ? t('week.card.support', {
              who: [
                ...support.assistantIds.map((id) => `\u2068${staffNames.get(id) ?? '?'}\u2069`),
                ...support.languages.map((code) => languageName(code, ui)),
              ].join(', ') || t('week.card.supportUnnamed'),
            })
          : t('week.card.noSupport')}
      </p>
      {!cancelled ? (
        <div className="lesson-card__actions">
          <button type="button" className="button button--small" aria-pressed={lesson.locked} onClick={() => onLock(!lesson.locked)}>
            {lesson.locked ? t('week.card.unlock') : t('week.card.lock')}
          </button>
          <button type="button" className="button button--small" onClick={onCancelToEnd}>
            {t('week.card.cancelToEnd')}
          </button>
        </div>
      ) : null}
    </article>
  );
}
