import type { SensitiveNote } from '../../../../shared/domain/sensitive-notes';
import { escapeHtml } from '../printing/escape-html';
import { documentTexts, formatDate } from '../printing/texts';

/**
 * The readable half of a participant's data package: one self-contained HTML page in
 * Norwegian (no scripts, no outside files, opens in any browser), listing every row the
 * package's data.json holds, table by table. Every value is escaped; text in any script is
 * isolated with dir="auto".
 */

export interface PackagedFile {
  /** Path inside the zip. */
  path: string;
  originalName: string;
}

export interface SummaryInput {
  exportedAt: string;
  tables: Map<string, Record<string, unknown>[]>;
  courses: { name: string; startDate: string; endDate: string }[];
  files: PackagedFile[];
  /** Materials whose file is not in the package, with the reason's text key. */
  leftOut: { originalName: string; reason: 'consent' | 'missing' }[];
  notes: SensitiveNote[] | null;
}

const texts = documentTexts('nb');
const t = (key: string, params?: Record<string, string | number>): string => texts.t(`participantData.package.${key}`, params);

/** Columns that say nothing to a reader: ids, timestamps of the row itself, search helpers. */
const hidden = (column: string): boolean =>
  column === 'id' || column.endsWith('_id') || column === 'search_text' || column === 'sha256' || column === 'created_at' || column === 'updated_at';

const isoDate = /^\d{4}-\d{2}-\d{2}$/u;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Buffer.isBuffer(value)) return t('binary');
  if (typeof value === 'string' && isoDate.test(value)) return formatDate(value);
  return String(value);
}

const tableTitle = (table: string): string => {
  const title = t(`tables.${table}`);
  return title === `participantData.package.tables.${table}` ? table : title;
};

function rowsTable(rows: Record<string, unknown>[]): string {
  const columns = Object.keys(rows[0] ?? {}).filter((column) => !hidden(column));
  if (columns.length === 0) return `<p>${escapeHtml(t('rowCount', { count: rows.length }))}</p>`;
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map((column) => `<td><bdi dir="auto">${escapeHtml(shown(row[column]))}</bdi></td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function summaryHtml(input: SummaryInput): string {
  const person = input.tables.get('participant')?.[0] ?? {};
  const name = `${String(person.given_name ?? '')} ${String(person.family_name ?? '')}`.trim();
  const sections: string[] = [];

  sections.push(`<h2>${escapeHtml(t('courses'))}</h2>`);
  sections.push(
    input.courses.length === 0
      ? `<p>${escapeHtml(t('none'))}</p>`
      : `<ul>${input.courses
          .map((course) => `<li><bdi dir="auto">${escapeHtml(course.name)}</bdi> (${escapeHtml(formatDate(course.startDate))}–${escapeHtml(formatDate(course.endDate))})</li>`)
          .join('')}</ul>`,
  );

  sections.push(`<h2>${escapeHtml(t('files'))}</h2>`);
  sections.push(
    input.files.length === 0
      ? `<p>${escapeHtml(t('none'))}</p>`
      : `<ul>${input.files
          .map((file) => `<li><a href="${escapeHtml(encodeURI(file.path))}"><bdi dir="auto">${escapeHtml(file.originalName)}</bdi></a></li>`)
          .join('')}</ul>`,
  );
  if (input.leftOut.length > 0) {
    sections.push(
      `<p>${escapeHtml(t('leftOutIntro'))}</p><ul>${input.leftOut
        .map((file) => `<li><bdi dir="auto">${escapeHtml(file.originalName)}</bdi>: ${escapeHtml(t(`leftOut.${file.reason}`))}</li>`)
        .join('')}</ul>`,
    );
  }

  if (input.notes) {
    sections.push(`<h2>${escapeHtml(t('sensitiveNotes'))}</h2>`);
    sections.push(
      input.notes.length === 0
        ? `<p>${escapeHtml(t('none'))}</p>`
        : input.notes
            .map(
              (note) =>
                `<section class="note"><h3>${escapeHtml(texts.t(`sensitiveNotes.categories.${note.category}`))}, ${escapeHtml(formatDate(note.createdAt.slice(0, 10)))}</h3><p dir="auto">${escapeHtml(note.text)}</p></section>`,
            )
            .join('\n'),
    );
  }

  sections.push(`<h2>${escapeHtml(t('allData'))}</h2><p>${escapeHtml(t('allDataIntro'))}</p>`);
  for (const [table, rows] of input.tables) {
    if (table === 'sensitive_note' || rows.length === 0) continue;
    sections.push(`<h3>${escapeHtml(tableTitle(table))} (${rows.length})</h3>`);
    sections.push(rowsTable(rows));
  }

  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('title', { name }))}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-inline-size: 60rem; padding-inline: 1rem; line-height: 1.45; }
table { border-collapse: collapse; margin-block-end: 1.5rem; font-size: 0.9rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
th { background: #eee; }
.note { border-inline-start: 4px solid #b35; padding-inline-start: 0.75rem; }
</style>
</head>
<body>
<h1>${escapeHtml(t('heading'))}: <bdi dir="auto">${escapeHtml(name)}</bdi></h1>
<p>${escapeHtml(t('intro', { date: formatDate(input.exportedAt.slice(0, 10)) }))}</p>
${sections.join('\n')}
</body>
</html>
`;
}
