import Papa from 'papaparse';
import { goalImportMaxRows, type GoalImportIssue } from '../../../../shared/domain/goals';
import { checkText, looksMisencoded, parseDomain, parseLevel, parseSkill, parseTrade, type ParsedLine } from './import-fields';

const columns = ['level', 'skill', 'domain', 'trade', 'nb', 'en'] as const;
type Column = (typeof columns)[number];
const requiredColumns: readonly Column[] = ['level', 'skill', 'domain', 'nb'];

/** The header decides the delimiter: ; is what Norwegian Excel writes, , what most other tools do. */
function delimiterOf(content: string): ';' | ',' {
  const firstLine = content.slice(0, content.search(/\r?\n|$/));
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Rows with the file line each starts on (quoted fields may span lines). */
function rowsWithLines(content: string, delimiter: string): { line: number; fields: string[]; unclosedQuote: boolean }[] {
  const rows: { line: number; fields: string[]; unclosedQuote: boolean }[] = [];
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
      // Papa reports where the row ended; it started after the previous row's end plus its
      // line break, so skip those characters to land on the row's own first line.
      let first = cursor;
      while (first < content.length && content[first] === '\n') first++;
      advanceTo(first);
      const rowLine = line;
      advanceTo(Math.max(first, result.meta.cursor));
      const fields = result.data;
      if (fields.every((field) => field.trim() === '')) return;
      // A quote that never closes swallows the rest of the file into one field: say so, never import it.
      rows.push({ line: rowLine, fields, unclosedQuote: result.errors.some((error) => error.type === 'Quotes') });
    },
  });
  return rows;
}

/** Parses a CSV goal list: header `level;skill;domain;trade;nb;en` (any order, ; or ,). */
export function parseCsv(raw: string): ParsedLine[] {
  // One kind of line break, so a file saved on Windows and edited on a Mac still splits into rows.
  const content = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows = rowsWithLines(content, delimiterOf(content));
  const [header, ...body] = rows;
  if (!header) return [{ line: 0, errors: [{ line: 0, field: 'content', code: 'noRows' }] }];

  const names = header.fields.map((name) => name.replace(/^\uFEFF/, '').trim().toLowerCase());
  const index = new Map<Column, number>();
  names.forEach((name, position) => {
    const column = columns.find((known) => known === name);
    if (column && !index.has(column)) index.set(column, position);
  });
  const missing = requiredColumns.filter((column) => !index.has(column));
  if (missing.length > 0 || names.some((name) => !(columns as readonly string[]).includes(name))) {
    const issues: GoalImportIssue[] = (missing.length > 0 ? missing : ['header']).map((field) => ({
      line: header.line,
      field,
      code: 'missingHeader',
    }));
    return [{ line: header.line, errors: issues }];
  }
  if (body.length === 0) return [{ line: 0, errors: [{ line: 0, field: 'content', code: 'noRows' }] }];
  if (body.length > goalImportMaxRows) return [{ line: 0, errors: [{ line: 0, field: 'content', code: 'tooManyRows' }] }];

  return body.map(({ line, fields, unclosedQuote }): ParsedLine => {
    const errors: GoalImportIssue[] = [];
    const value = (column: Column) => {
      const position = index.get(column);
      return position === undefined ? '' : (fields[position] ?? '');
    };
    if (unclosedQuote) errors.push({ line, field: 'row', code: 'unclosedQuote' });
    if (fields.length !== names.length) errors.push({ line, field: 'row', code: 'wrongColumnCount' });
    if (fields.some(looksMisencoded)) errors.push({ line, field: 'row', code: 'badEncoding' });
    const level = parseLevel(value('level'));
    const skill = parseSkill(value('skill'));
    const domain = parseDomain(value('domain'));
    const tradeText = value('trade').trim();
    const trade = tradeText === '' ? null : parseTrade(tradeText);
    if (!level) errors.push({ line, field: 'level', code: value('level').trim() ? 'invalidLevel' : 'required' });
    if (!skill) errors.push({ line, field: 'skill', code: value('skill').trim() ? 'invalidSkill' : 'required' });
    if (!domain) errors.push({ line, field: 'domain', code: value('domain').trim() ? 'invalidDomain' : 'required' });
    if (trade === undefined) errors.push({ line, field: 'trade', code: 'invalidTrade' });
    const textNb = checkText(line, 'nb', value('nb'), true, errors);
    const textEn = checkText(line, 'en', value('en'), false, errors);
    const text = textNb.slice(0, 200);
    if (!level || !skill || !domain || trade === undefined || textNb === '') return { line, text, errors };
    return {
      line,
      text,
      errors,
      draft: { level, skill, domain, trade, textNb, textEn, grepCode: null, grepId: null, status: 'active' },
    };
  });
}
