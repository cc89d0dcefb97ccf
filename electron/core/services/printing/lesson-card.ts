import type { LessonCard } from '../../../../shared/domain/lessons';
import type { Staff } from '../../../../shared/domain/staff';
import { escapeHtml } from './escape-html';
import { bdi } from './layout';
import { supportWho } from './plan-data';
import type { DocumentTexts } from './texts';

type CardLesson = Pick<LessonCard, 'startTime' | 'endTime' | 'title' | 'status' | 'locked' | 'support' | 'goalIds' | 'themeName'>;

/**
 * One lesson as the week plan prints it. Support is always spelt out ("with" or "without"),
 * and a supported lesson also gets a thick start border, so neither depends on colour.
 */
export function lessonCardHtml(lesson: CardLesson, staff: ReadonlyMap<string, Staff>, texts: DocumentTexts): string {
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const cancelled = lesson.status === 'cancelled';
  const tags = [
    cancelled ? `<span class="tag">${e('printing.doc.cancelled')}</span>` : '',
    lesson.locked ? `<span class="tag">${e('printing.doc.locked')}</span>` : '',
  ].join(' ');
  const support = lesson.support
    ? `<div class="support">${e('printing.doc.support', { who: '\u2068' + supportWho(lesson.support, staff, texts) + '\u2069' })}</div>`
    : `<div class="no-support">${e('printing.doc.noSupport')}</div>`;
  return `<article class="card${lesson.support ? ' card--support' : ''}${cancelled ? ' card--cancelled' : ''}">
<div class="card__time">${escapeHtml(`${lesson.startTime}–${lesson.endTime}`)} ${tags}</div>
<div class="card__title">${bdi(lesson.title)}</div>
${lesson.themeName ? `<div>${e('printing.doc.theme')}: ${bdi(lesson.themeName)}</div>` : ''}
${lesson.goalIds.length > 0 ? `<div>${e('printing.doc.goals', { count: lesson.goalIds.length })}</div>` : ''}
${support}
</article>`;
}
