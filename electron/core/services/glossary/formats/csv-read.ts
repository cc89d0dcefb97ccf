import Papa from 'papaparse';
import { glossaryImportMaxRows, type GlossaryImportIssue } from '../../../../../shared/domain/glossary-exchange';
import type { Decoded } from './decode';
import { checkLengths, fileError, parseWordClass, type ImportEntry, type ParsedGlossaryFile } from './entries';

type Delimiter = ',' | ';' | '\t';
const fixedColumns = ['norwegian', 'word_class', 'example', 'theme'] as const;
type FixedColumn = (typeof fixedColumns)[number];

/** The header decides the separator: the one it has most of (; from Norwegian Excel, tab from «Unicode text»). */
function delimiterOf(content: string): Delimiter {
  const firstLine = content.slice(0, content.search(/\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  const candidates: Delimiter[] = [';', ',', '\t'];
  return candidates.reduce((best, char) => (count(char) > count(best) ? char : best), ';' as Delimiter);
}

/** Rows with the file line each starts on (quoted cells may span lines). */
function rowsWithLines(content: string, delimiter: Delimiter): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let cursor = 0;
  let line = 1;
  const advanceTo = (position: number) => {
    for (; cursor < position; cursor++) if (content.charCodeAt(cursor) === 10) line++;
  };
  Papa.parse<string[]>(content, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      let first = cursor;
      while (first < content.length && content[first] === '\n') first++;
      advanceTo(first);
      const rowLine = line;
      advanceTo(Math.max(first, result.meta.cursor));
      if (result.data.every((field) => field.trim() === '')) return;
      rows.push({ line: rowLine, fields: result.data });
    },
  });
  return rows;
}

const headerName = (raw: string) => raw.trim().toLowerCase().replace(/[\s-]+/g, '_').replace(/^wordclass$/, 'word_class');

/** Our export guards cells against spreadsheet formulas with a leading apostrophe; it is taken off again here. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

type Column = { kind: 'fixed'; name: FixedColumn } | { kind: 'text' | 'translit'; language: string };

/**
 * Reads our own CSV: `norwegian`, `word_class`, `example`, `theme` (several joined by « | »)
 * and a column per language (`ar`) with an optional transliteration column (`ar_translit`).
 * `isLanguage` says whether a code is built in or added by a user.
 */
export function readGlossaryCsv(decoded: Extract<Decoded, { ok: true }>, isLanguage: (code: string) => boolean): ParsedGlossaryFile {
  const content = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = delimiterOf(content);
  const base = { format: 'csv' as const, encoding: decoded.encoding, delimiter, languages: [] as string[], entries: [] as ImportEntry[] };
  const [header, ...body] = rowsWithLines(content, delimiter);
  if (!header) return { ...base, fileErrors: [fileError('noRows')] };

  const fileErrors: GlossaryImportIssue[] = [];
  const columns: (Column | null)[] = header.fields.map((raw, position) => {
    const name = headerName(raw);
    const fixed = fixedColumns.find((column) => column === name);
    if (fixed) return { kind: 'fixed', name: fixed };
    const match = /^([a-z]{2,3})(_translit)?$/.exec(name);
    if (!match?.[1]) {
      if (name !== '') fileErrors.push(fileError('unknownColumn', raw.trim() || String(position + 1), header.line));
      return null;
    }
    if (!isLanguage(match[1])) {
      fileErrors.push(fileError('unknownLanguage', match[1], header.line));
      return null;
    }
    return { kind: match[2] ? 'translit' : 'text', language: match[1] };
  });
  const seen = new Set<string>();
  for (const column of columns) {
    if (!column) continue;
    const key = column.kind === 'fixed' ? column.name : `${column.language}${column.kind === 'translit' ? '_translit' : ''}`;
    if (seen.has(key)) fileErrors.push(fileError('duplicateColumn', key, header.line));
    seen.add(key);
  }
  if (!seen.has('norwegian')) fileErrors.push(fileError('missingHeader', 'norwegian', header.line));
  const languages = [...new Set(columns.flatMap((column) => (column && column.kind !== 'fixed' ? [column.language] : [])))];
  if (fileErrors.length > 0) return { ...base, languages, fileErrors };
  if (body.length === 0) return { ...base, languages, fileErrors: [fileError('noRows')] };
  if (body.length > glossaryImportMaxRows) return { ...base, languages, fileErrors: [fileError('tooManyRows')] };

  const entries = body.map(({ line, fields }): ImportEntry => {
    const entry: ImportEntry = { line, term: '', wordClass: null, example: '', themes: [], translations: [], errors: [] };
    if (fields.length !== columns.length) entry.errors.push({ line, field: 'row', code: 'wrongColumnCount' });
    const translations = new Map<string, { text: string; transliteration: string }>();
    columns.forEach((column, position) => {
      const cell = unguard((fields[position] ?? '').trim());
      if (!column) return;
      if (column.kind === 'fixed') {
        if (column.name === 'norwegian') entry.term = cell;
        else if (column.name === 'example') entry.example = cell;
        else if (column.name === 'theme') entry.themes = cell.split('|').map((name) => name.trim()).filter(Boolean);
        else {
          const wordClass = parseWordClass(cell);
          if (wordClass === undefined) entry.errors.push({ line, field: 'word_class', code: 'invalidWordClass' });
          else entry.wordClass = wordClass;
        }
        return;
      }
      const translation = translations.get(column.language) ?? { text: '', transliteration: '' };
      if (column.kind === 'text') translation.text = cell;
      else translation.transliteration = cell;
      translations.set(column.language, translation);
    });
    entry.translations = [...translations].map(([language, value]) => ({ language, ...value }));
    checkLengths(entry);
    // An empty cell says nothing about that language: it neither adds nor clears a translation.
    entry.translations = entry.translations.filter((translation) => translation.text !== '');
    return entry;
  });
  return { ...base, languages, fileErrors: [], entries };
}
