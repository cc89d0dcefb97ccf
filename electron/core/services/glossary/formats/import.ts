import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { GlossaryImportIssue, GlossaryImportPreview } from '../../../../../shared/domain/glossary-exchange';
import type { FieldIssue, FieldIssueCode } from '../../../../../shared/result';
import { ApiFailure, invalidField } from '../../../db/errors';
import { createGlossaryTerm, updateGlossaryTerm } from '../../../repositories/glossary';
import { isUsableLanguage } from '../../../repositories/glossary-languages';
import { createGlossaryTranslation, updateGlossaryTranslation } from '../../../repositories/glossary-translations';
import { readGlossaryCsv } from './csv-read';
import { decodeFile } from './decode';
import { fileError, type ParsedGlossaryFile } from './entries';
import { planImport, summarise, type PlannedEntry } from './plan';
import { readGlossaryTbx } from './tbx-read';

type ImportInput = ParsedInput<'glossary.import.preview'>;

function parse(db: Database, input: ImportInput): ParsedGlossaryFile {
  if (input.themeId && !db.prepare('SELECT 1 FROM theme WHERE id = ? AND deleted_at IS NULL').pluck().get(input.themeId)) {
    throw invalidField('themeId', 'unknownTheme');
  }
  const decoded = decodeFile(Buffer.from(input.contentBase64, 'base64'));
  if (!decoded.ok) {
    return { format: input.format, encoding: null, delimiter: null, languages: [], fileErrors: [fileError(decoded.code)], entries: [] };
  }
  const isLanguage = (code: string) => isUsableLanguage(db, code);
  return input.format === 'csv' ? readGlossaryCsv(decoded, isLanguage) : readGlossaryTbx(decoded, isLanguage);
}

/** What the import would do, entry by entry. Changes nothing. */
export function previewGlossaryImport(db: Database, input: ImportInput): GlossaryImportPreview {
  const parsed = parse(db, input);
  return summarise(parsed, planImport(db, parsed, input.themeId));
}

const fieldCode: Record<GlossaryImportIssue['code'], FieldIssueCode> = {
  required: 'required',
  tooLong: 'tooLong',
  invalidWordClass: 'invalidValue',
  unknownLanguage: 'unknownLanguage',
  unknownTheme: 'unknownTheme',
  ambiguousTheme: 'invalidValue',
  wrongColumnCount: 'invalidValue',
  missingHeader: 'required',
  unknownColumn: 'invalidValue',
  duplicateColumn: 'duplicate',
  duplicateInFile: 'duplicate',
  translitWithoutText: 'required',
  noRows: 'required',
  tooManyRows: 'tooBig',
  tooLarge: 'tooBig',
  empty: 'required',
  binary: 'invalidType',
  unknownEncoding: 'badEncoding',
  doctype: 'invalidType',
  malformedXml: 'invalidType',
  notTbx: 'invalidType',
};
const maxReportedIssues = 200;

function apply(db: Database, item: PlannedEntry): void {
  const { entry, existing } = item;
  let termId = existing?.id;
  if (!existing) {
    termId = createGlossaryTerm(db, {
      term: entry.term,
      wordClass: entry.wordClass,
      example: entry.example,
      materialId: null,
      audioMaterialId: null,
      themeIds: item.themeIds,
      lessonIds: [],
    }).id;
  } else if (item.termChanges.wordClass !== undefined || item.termChanges.example !== undefined || item.addThemeIds.length > 0) {
    updateGlossaryTerm(db, {
      id: existing.id,
      ...item.termChanges,
      ...(item.addThemeIds.length > 0 ? { themeIds: [...existing.themeIds, ...item.addThemeIds] } : {}),
    });
  }
  if (!termId) return;
  for (const translation of item.newTranslations) {
    createGlossaryTranslation(db, {
      termId,
      language: translation.language,
      text: translation.text,
      transliteration: translation.transliteration,
      example: translation.example ?? '',
      direction: 'auto',
      status: 'draft',
      authorId: null,
    });
  }
  for (const { id, next } of item.changedTranslations) {
    // A changed wording has not been checked by anyone yet.
    updateGlossaryTranslation(db, { id, text: next.text, transliteration: next.transliteration, example: next.example ?? '', status: 'draft' });
  }
}

/**
 * Imports the whole file, or nothing: it is read and compared again (the glossary may have
 * changed since the preview), and any problem fails the call with its line or entry numbers.
 * Dispatch runs this in one transaction, so a failure halfway also leaves nothing behind.
 */
export function commitGlossaryImport(db: Database, input: ImportInput): { newTerms: number; newTranslations: number; changed: number } {
  const parsed = parse(db, input);
  const plan = planImport(db, parsed, input.themeId);
  const problems = [...parsed.fileErrors, ...plan.flatMap((item) => item.entry.errors)];
  if (problems.length === 0 && plan.length === 0) problems.push(fileError('noRows'));
  if (problems.length > 0) {
    const issues: FieldIssue[] = problems.slice(0, maxReportedIssues).map((problem) => ({
      path: problem.line > 0 ? `line.${problem.line}.${problem.field}` : problem.field,
      code: fieldCode[problem.code],
      params: { line: problem.line },
    }));
    throw new ApiFailure('validation', issues, { count: problems.length });
  }
  for (const item of plan) apply(db, item);
  const summary = summarise(parsed, plan).counts;
  return { newTerms: summary.newTerms, newTranslations: summary.newTranslations, changed: summary.changed };
}
