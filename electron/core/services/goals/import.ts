import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { GoalImportIssue, GoalImportPreview } from '../../../../shared/domain/goals';
import { normalizeForSearch } from '../../../../shared/domain/search-text';
import type { FieldIssue, FieldIssueCode } from '../../../../shared/result';
import { ApiFailure } from '../../db/errors';
import { now } from '../../db/ids';
import { insertGoal } from '../../repositories/goals';
import { parseCsv } from './import-csv';
import { parseGrep } from './import-grep';
import type { ParsedLine } from './import-fields';

type ImportInput = ParsedInput<'goals.importPreview'>;

const duplicateCodes = new Set<GoalImportIssue['code']>(['duplicateInFile', 'duplicateExisting', 'duplicateId']);

/** Same goal: same level, same skill and the same Norwegian text (case and spacing aside). */
const goalKey = (level: string, skill: string, textNb: string) => `${level}\u0000${skill}\u0000${normalizeForSearch(textNb)}`;

/** Marks lines that repeat another line of the file, or a goal that is already stored. */
function markDuplicates(db: Database, lines: ParsedLine[]): void {
  const stored = new Set(
    (db.prepare('SELECT level, skill, text_nb FROM goal WHERE deleted_at IS NULL').all() as { level: string; skill: string; text_nb: string }[])
      .map((row) => goalKey(row.level, row.skill, row.text_nb)),
  );
  const grepTaken = db.prepare('SELECT 1 FROM goal WHERE grep_id = ? AND deleted_at IS NULL');
  const seenKeys = new Set<string>();
  const seenGrepIds = new Set<string>();
  for (const { line, draft, errors } of lines) {
    if (!draft) continue;
    const key = goalKey(draft.level, draft.skill, draft.textNb);
    if (stored.has(key)) errors.push({ line, field: 'nb', code: 'duplicateExisting' });
    else if (seenKeys.has(key)) errors.push({ line, field: 'nb', code: 'duplicateInFile' });
    seenKeys.add(key);
    if (draft.grepId) {
      if (seenGrepIds.has(draft.grepId)) errors.push({ line, field: 'id', code: 'duplicateId' });
      else if (grepTaken.get(draft.grepId)) errors.push({ line, field: 'id', code: 'duplicateExisting' });
      seenGrepIds.add(draft.grepId);
    }
  }
}

function parse(db: Database, input: ImportInput): ParsedLine[] {
  const lines = input.format === 'csv' ? parseCsv(input.content) : parseGrep(input.content, input.defaults);
  markDuplicates(db, lines);
  return lines;
}

function summarise(lines: ParsedLine[]): GoalImportPreview {
  return {
    rows: lines.map(({ line, text, draft, errors }) => ({
      line,
      ...(text !== undefined ? { text } : {}),
      ...(draft ? { goal: draft } : {}),
      errors,
    })),
    validCount: lines.filter((line) => line.draft && line.errors.length === 0).length,
    errorCount: lines.filter((line) => line.errors.length > 0).length,
    duplicateCount: lines.filter((line) => line.errors.some((error) => duplicateCodes.has(error.code))).length,
  };
}

/** What the import would do, line by line. Changes nothing. */
export function previewImport(db: Database, input: ImportInput): GoalImportPreview {
  return summarise(parse(db, input));
}

const fieldCode: Record<GoalImportIssue['code'], FieldIssueCode> = {
  required: 'required',
  tooLong: 'tooLong',
  invalidLevel: 'invalidValue',
  invalidSkill: 'invalidValue',
  invalidDomain: 'invalidValue',
  invalidTrade: 'invalidValue',
  badEncoding: 'badEncoding',
  wrongColumnCount: 'invalidValue',
  unclosedQuote: 'invalidValue',
  missingHeader: 'required',
  duplicateInFile: 'duplicate',
  duplicateExisting: 'duplicate',
  duplicateId: 'duplicate',
  notJson: 'invalidValue',
  notGrep: 'invalidValue',
  missingDefaults: 'required',
  noRows: 'required',
  tooManyRows: 'tooBig',
};
const maxReportedIssues = 200;

/**
 * Imports every line, or none: the file is parsed and checked again (it may differ from
 * what was previewed, and other goals may have arrived since), and any problem fails the
 * whole call with the line numbers, so nothing is stored. Dispatch runs this in one
 * transaction, so a failure halfway through also leaves nothing behind.
 */
export function commitImport(db: Database, input: ImportInput): { imported: number; ids: string[] } {
  const lines = parse(db, input);
  const problems = lines.flatMap((line) => line.errors);
  if (problems.length > 0) {
    const issues: FieldIssue[] = problems.slice(0, maxReportedIssues).map((problem) => ({
      path: problem.line > 0 ? `line.${problem.line}.${problem.field}` : problem.field,
      code: fieldCode[problem.code],
      params: { line: problem.line },
    }));
    throw new ApiFailure('validation', issues, { errorCount: summarise(lines).errorCount });
  }
  const stamp = now();
  const ids = lines.flatMap((line) => (line.draft ? [insertGoal(db, 'import', line.draft, stamp)] : []));
  return { imported: ids.length, ids };
}
