import { unparse } from 'papaparse';
import type { TFunction } from 'i18next';
import { assessmentSkills } from '../../../../shared/domain/assessment-levels';
import type { ClassMatrix } from '../../../../shared/domain/assessments';
import { downloadFile } from '../../ui/download-file';

type LevelText = (level: ClassMatrix['rows'][number]['skills']['lese']['current']) => string;

/** The class results as a table: one row per participant, four columns per skill. */
export function classResultTable(matrix: ClassMatrix, t: TFunction, levelText: LevelText): { header: string[]; rows: (string | number)[][] } {
  const header = [
    t('assessments.matrix.participant'),
    ...assessmentSkills.flatMap((skill) => {
      const name = t(`assessments.skills.${skill}`);
      return [
        t('assessments.export.current', { skill: name }),
        t('assessments.export.official', { skill: name }),
        t('assessments.export.self', { skill: name }),
        t('assessments.export.change', { skill: name }),
      ];
    }),
  ];
  const rows = matrix.rows.map((row) => [
    row.name,
    ...assessmentSkills.flatMap((skill) => {
      const cell = row.skills[skill];
      const current = cell.current ? levelText(cell.current) : '';
      return [current, cell.official ? levelText(cell.official) : '', cell.self ? levelText(cell.self) : '', cell.change === null ? '' : cell.change / 2];
    }),
  ]);
  return { header, rows };
}

/** A file name without folder separators, characters Windows refuses, or control characters. */
const safeName = (text: string) =>
  [...text].map((char) => (char.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(char) ? '-' : char)).join('').trim() || 'Sprakbro';

/** CSV for Excel in Norway: semicolons, decimal commas, and a byte order mark so æøå open right. */
export function downloadCsv(matrix: ClassMatrix, t: TFunction, levelText: LevelText, language: string): void {
  const { header, rows } = classResultTable(matrix, t, levelText);
  // Numbers as the reader's Excel expects them: 1,5 in Norwegian.
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString(language) : cell)));
  const csv = `\uFEFF${unparse([header, ...cells], { delimiter: ';' })}`;
  downloadFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${safeName(matrix.courseName)}.csv`);
}

/** An XLSX workbook made with ExcelJS, loaded only when someone exports. */
export async function downloadXlsx(matrix: ClassMatrix, t: TFunction, levelText: LevelText): Promise<void> {
  const { Workbook } = (await import('exceljs')).default;
  const { header, rows } = classResultTable(matrix, t, levelText);
  const workbook = new Workbook();
  workbook.creator = 'Språkbro';
  const sheet = workbook.addWorksheet(t('assessments.export.sheet'));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  sheet.getColumn(1).width = 28;
  const bytes = await workbook.xlsx.writeBuffer();
  downloadFile(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    `${safeName(matrix.courseName)}.xlsx`,
  );
}
