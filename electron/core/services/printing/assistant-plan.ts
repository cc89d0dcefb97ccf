import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { addDays, eachDay, isWeekend, weekdayOf } from '../../../../shared/domain/calendar/dates';
import { languageName } from '../../../../shared/domain/languages';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { getCourse } from '../../repositories/courses';
import { listThemes } from '../../repositories/themes';
import { coursePlan, patternKind } from '../lessons/course-plan';
import { escapeHtml } from './escape-html';
import { bdi, localToday, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { closedDays, closedName, lessonsBetween, staffById, supportWho, textsFor } from './plan-data';
import { formatDate } from './texts';

/** Two school weeks: the days an assistant plans translations and key words for. */
export const assistantPlanDays = 14;

const assistantCss = `
.plan td.when { white-space: nowrap; }
.plan tr.no-support td { border-block-width: 1.5pt; }
.plan tr.no-support td.support-cell { font-weight: 700; background: repeating-linear-gradient(45deg, #fff 0 1.6mm, #d9d9d9 1.6mm 2mm); }
.plan tr.day-off td { font-style: italic; }
.theme { border: 0.75pt solid #000; padding: 1.5mm 2mm; margin-block-end: 2mm; break-inside: avoid; }
`;

/**
 * «Plan for assistenter»: the next two weeks' lessons of a class with themes and key words,
 * and for every lesson whether mother-tongue support is planned; the school days without
 * support are listed again at the end, because those are the ones assistants ask about.
 */
export function printAssistantPlan(db: Database, input: ParsedInput<'print.assistantPlan'>, options: PrintOptions): PrintDocument {
  const texts = textsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const course = getCourse(db, input.courseId);
  const plan = coursePlan(db, input.courseId);
  const from = input.from ?? options.today ?? localToday();
  const to = addDays(from, assistantPlanDays - 1);
  const staff = staffById(db);
  const closed = closedDays(db, from, to, course.id);
  const lessons = lessonsBetween(db, course.id, from, to);
  const themes = listThemes(db, { courseId: course.id }).filter((theme) => theme.startDate <= to && theme.endDate >= from);

  const themeHtml = themes.length === 0
    ? `<p class="muted">${e('printing.doc.noThemes')}</p>`
    : themes
        .map((theme) => {
          const words = theme.keyWords.length === 0
            ? `<p class="muted">${e('printing.doc.noKeyWords')}</p>`
            : `<ul class="keywords">${theme.keyWords.map((word) => `<li>${bdi(word)}</li>`).join('')}</ul>`;
          return `<section class="theme"><h3>${bdi(theme.name)} <span class="muted">(${e('printing.doc.period', { from: formatDate(theme.startDate), to: formatDate(theme.endDate) })})</span></h3>
<p><strong>${e('printing.doc.keyWords')}:</strong></p>${words}</section>`;
        })
        .join('\n');

  const rows: string[] = [];
  const daysWithout: string[] = [];
  for (const date of eachDay(from, to)) {
    if (isWeekend(date) || date < plan.startDate || date > plan.endDate) continue;
    const when = `${e(`printing.doc.weekdays.${weekdayOf(date)}`)} ${escapeHtml(formatDate(date))}`;
    const day = closed.get(date);
    const kind = patternKind(plan, date);
    const ofDay = lessons.filter((lesson) => lesson.date === date && lesson.status === 'planned');
    if (day || kind !== 'school') {
      const note = day ? `${e(`printing.doc.closed.${day.kind}`)}: ${bdi(closedName(day, texts))}` : e(`printing.doc.kind.${kind}`);
      rows.push(`<tr class="day-off"><td class="when">${when}</td><td colspan="4">${note}</td></tr>`);
      continue;
    }
    if (ofDay.length === 0) {
      rows.push(`<tr class="no-support"><td class="when">${when}</td><td colspan="3" class="muted">${e('printing.doc.noLessons')}</td><td class="support-cell">${e('printing.doc.withoutSupport')}</td></tr>`);
      daysWithout.push(when);
      continue;
    }
    if (ofDay.every((lesson) => lesson.support === null)) daysWithout.push(when);
    for (const lesson of ofDay) {
      const support = lesson.support
        ? `<td class="support-cell">${e('printing.doc.withSupport', { who: '\u2068' + supportWho(lesson.support, staff, texts) + '\u2069' })}</td>`
        : `<td class="support-cell">${e('printing.doc.withoutSupport')}</td>`;
      rows.push(`<tr class="${lesson.support ? 'support' : 'no-support'}"><td class="when">${when}</td>
<td>${escapeHtml(`${lesson.startTime}–${lesson.endTime}`)}</td><td>${bdi(lesson.title)}</td>
<td>${lesson.themeName ? bdi(lesson.themeName) : ''}</td>${support}</tr>`);
    }
  }

  const assistants = course.assistantIds.map((id) => staff.get(id)).filter((person) => person !== undefined);
  const assistantHtml = assistants.length === 0
    ? `<p class="muted">${e('printing.doc.noAssistants')}</p>`
    : `<ul>${assistants.map((person) => `<li>${bdi(person.name)}${person.languages.length > 0 ? ` (${escapeHtml(person.languages.map((code) => languageName(code, texts.language)).join(', '))})` : ''}</li>`).join('')}</ul>`;

  const body = `
<h2>${e('printing.doc.themesInPeriod')}</h2>
${themeHtml}
<h2>${e('printing.doc.lessonsInPeriod')}</h2>
${rows.length === 0 ? `<p class="muted">${e('printing.doc.noLessonsInPeriod')}</p>` : `<table class="plan"><thead><tr>
<th scope="col">${e('printing.doc.date')}</th><th scope="col">${e('printing.doc.time')}</th><th scope="col">${e('printing.doc.lesson')}</th>
<th scope="col">${e('printing.doc.theme')}</th><th scope="col">${e('printing.doc.supportColumn')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`}
<h2>${e('printing.doc.daysWithoutSupport')}</h2>
${daysWithout.length === 0 ? `<p>${e('printing.doc.allDaysSupported')}</p>` : `<ul class="days-without">${daysWithout.map((when) => `<li>${when}</li>`).join('')}</ul>`}
<h2>${e('printing.doc.assistants')}</h2>
${assistantHtml}`;

  return {
    html: renderDocument({
      texts,
      title: `${texts.t('printing.doc.assistantPlanTitle')} – ${course.name}`,
      landscape: false,
      css: assistantCss,
      heading: `${e('printing.doc.assistantPlanTitle')} – ${bdi(course.name)}`,
      subHeading: e('printing.doc.period', { from: formatDate(from), to: formatDate(to) }),
      body,
      options,
    }),
    fileName: pdfFileName(texts.t('printing.fileName.assistantPlan', { course: course.name, from })),
    landscape: false,
  };
}
