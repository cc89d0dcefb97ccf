import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { assessmentSkills } from '../../../../shared/domain/assessment-levels';
import type { MatrixCell } from '../../../../shared/domain/assessments';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { classMatrix } from '../assessments/class-matrix';
import { escapeHtml } from './escape-html';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { levelText } from './level-text';
import { textsFor } from './plan-data';
import { formatDate, type DocumentTexts } from './texts';

/** Twenty participants and four skills fit one landscape page; the change is told in signs and numbers, not colour. */
const matrixCss = `
@page { margin: 8mm; }
html { font-size: 8.5pt; line-height: 1.15; }
.doc-header { margin-block-end: 2mm; }
.matrix { table-layout: fixed; }
.matrix th.name { inline-size: 44mm; }
.matrix th, .matrix td { padding: 0.5mm 1.5mm; vertical-align: middle; }
.level { font-weight: 700; font-size: 9.5pt; }
.small { display: block; font-size: 7pt; }
`;

function cellHtml(cell: MatrixCell, texts: DocumentTexts): string {
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const change = cell.change === null ? '' : cell.change === 0 ? '=' : `${cell.change > 0 ? '+' : '−'}${(Math.abs(cell.change) / 2).toLocaleString(texts.language)}`;
  // Two short lines per participant and skill, so twenty participants fit one page.
  const extras = [
    cell.official ? `${e('assessments.print.officialShort')} ${escapeHtml(levelText(cell.official, texts))}` : '',
    cell.self ? `${e('assessments.print.selfShort')} ${escapeHtml(levelText(cell.self, texts))}` : '',
  ].filter(Boolean);
  return `<td><span class="level">${escapeHtml(levelText(cell.current, texts))}</span>${change ? ` (${escapeHtml(change)})` : ''}${
    extras.length ? `<span class="small">${extras.join(' · ')}</span>` : ''
  }</td>`;
}

/** «Nivåoversikt»: one class, participants × skills, on one A4 landscape page. */
export function printClassMatrix(db: Database, input: ParsedInput<'print.classMatrix'>, options: PrintOptions): PrintDocument {
  const texts = textsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const matrix = classMatrix(db, input.courseId);
  const header = `<tr><th scope="col" class="name">${e('assessments.print.participant')}</th>${assessmentSkills
    .map((skill) => `<th scope="col">${e(`assessments.skills.${skill}`)}</th>`)
    .join('')}</tr>`;
  const rows = matrix.rows
    .map((row) => `<tr><th scope="row">${bdi(row.name)}</th>${assessmentSkills.map((skill) => cellHtml(row.skills[skill], texts)).join('')}</tr>`)
    .join('\n');
  const body = matrix.rows.length
    ? `<table class="matrix"><thead>${header}</thead><tbody>${rows}</tbody></table>
<p class="muted">${e('assessments.print.matrixLegend', { start: formatDate(matrix.startDate) })}</p>`
    : `<p class="muted">${e('assessments.print.noParticipants')}</p>`;
  const title = texts.t('assessments.print.matrixTitle');
  return {
    html: renderDocument({
      texts, title: `${title} – ${matrix.courseName}`, landscape: true, css: matrixCss,
      heading: `${escapeHtml(title)} – ${bdi(matrix.courseName)}`,
      subHeading: escapeHtml(`${formatDate(matrix.startDate)}–${formatDate(matrix.endDate)}`),
      body, options,
    }),
    fileName: pdfFileName(`${title} ${matrix.courseName}`),
    landscape: true,
  };
}
