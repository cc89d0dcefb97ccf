import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { PrintDocument } from '../../../../shared/domain/printing';
import type { WeekDay } from '../../../../shared/domain/lessons';
import type { Staff } from '../../../../shared/domain/staff';
import { getCourse } from '../../repositories/courses';
import { lessonWeek } from '../lessons/week';
import { escapeHtml } from './escape-html';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { lessonCardHtml } from './lesson-card';
import { closedName, staffById, textsFor } from './plan-data';
import { formatDate, type DocumentTexts } from './texts';

/** Five equal columns on one landscape page; cards are compact so a full week fits. */
const weekCss = `
html { font-size: 8.5pt; }
.week { table-layout: fixed; }
.week th { font-size: 9.5pt; }
.week td { block-size: 140mm; }
.day-kind { display: block; font-weight: 400; font-size: 8pt; }
.card { border: 0.75pt solid #000; padding: 1mm 1.5mm; margin-block-end: 1.5mm; background: #fff; break-inside: avoid; }
.card--support { border-inline-start: 3.5pt solid #000; }
.card--cancelled .card__title { text-decoration: line-through; }
.card__time { font-weight: 700; }
.card__title { font-weight: 700; font-size: 9pt; }
.day-note { font-weight: 700; background: #fff; border: 0.75pt solid #000; padding: 1mm; margin-block-end: 1.5mm; }
.legend { display: flex; gap: 6mm; font-size: 7.5pt; margin-block-start: 2mm; }
.legend span { display: inline-flex; align-items: center; gap: 1.5mm; }
.legend i { display: inline-block; inline-size: 6mm; block-size: 3.5mm; border: 0.75pt solid #000; }
.legend i.support { border-inline-start-width: 3.5pt; }
`;

function dayCell(day: WeekDay, staff: ReadonlyMap<string, Staff>, texts: DocumentTexts): string {
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const classes = [day.kind === 'practice' ? 'practice' : '', day.closed ? 'closed' : ''].filter(Boolean).join(' ');
  const notes: string[] = [];
  if (day.closed) notes.push(`${e(`printing.doc.closed.${day.closed.kind}`)}: ${bdi(closedName(day.closed, texts))}`);
  if (!day.inCourse) notes.push(e('printing.doc.outsideCourse'));
  else if (day.kind !== 'school') notes.push(e(`printing.doc.kind.${day.kind}`));
  const cards = day.lessons.map((lesson) => lessonCardHtml(lesson, staff, texts)).join('\n');
  const empty = day.lessons.length === 0 && !day.closed && day.inCourse && day.kind === 'school' ? `<p class="muted">${e('printing.doc.noLessons')}</p>` : '';
  return `<td class="${classes}">${notes.map((note) => `<div class="day-note">${note}</div>`).join('')}${cards}${empty}</td>`;
}

/** «Ukeplan»: one class's week on one A4 landscape page, without any participant data. */
export function printWeekPlan(db: Database, input: ParsedInput<'print.weekPlan'>, options: PrintOptions): PrintDocument {
  const texts = textsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const course = getCourse(db, input.courseId);
  const week = lessonWeek(db, input);
  const staff = staffById(db);
  const teachers = course.teacherIds.map((id) => staff.get(id)?.name).filter((name): name is string => Boolean(name));

  const header = week.days
    .map((day) => {
      const kind = day.closed ? e(`printing.doc.closed.${day.closed.kind}`) : e(`printing.doc.kind.${day.inCourse ? day.kind : 'none'}`);
      return `<th scope="col">${e(`printing.doc.weekdays.${day.weekday}`)} ${escapeHtml(formatDate(day.date))}<span class="day-kind">${kind}</span></th>`;
    })
    .join('');
  const cells = week.days.map((day) => dayCell(day, staff, texts)).join('');
  const first = week.days[0]?.date ?? '';
  const last = week.days[week.days.length - 1]?.date ?? '';
  const body = `
<table class="week"><thead><tr>${header}</tr></thead><tbody><tr>${cells}</tr></tbody></table>
<div class="legend"><strong>${e('printing.doc.legend')}:</strong>
<span><i class="practice"></i>${e('printing.doc.legendPractice')}</span>
<span><i class="closed"></i>${e('printing.doc.legendClosed')}</span>
<span><i class="support"></i>${e('printing.doc.legendSupport')}</span></div>
${teachers.length > 0 ? `<p>${e('printing.doc.teachers')}: ${teachers.map(bdi).join(', ')}</p>` : ''}`;

  const title = `${texts.t('printing.doc.weekPlanTitle')} – ${course.name}`;
  return {
    html: renderDocument({
      texts,
      title,
      landscape: true,
      css: weekCss,
      heading: `${e('printing.doc.weekPlanTitle')} – ${bdi(course.name)}`,
      subHeading: `${e('printing.doc.weekOf', { week: input.isoWeek, year: input.isoYear })} · ${e('printing.doc.period', { from: formatDate(first), to: formatDate(last) })}`,
      body,
      options,
    }),
    fileName: pdfFileName(texts.t('printing.fileName.weekPlan', { course: course.name, week: input.isoWeek, year: input.isoYear })),
    landscape: true,
  };
}
