import type { Database } from 'better-sqlite3';
import Papa from 'papaparse';
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { GlossaryTerm } from '../../../../../shared/domain/glossary';
import type { GlossaryExportFile } from '../../../../../shared/domain/glossary-exchange';
import { languageInfo, languages as builtInLanguages } from '../../../../../shared/domain/languages';
import { listGlossaryTerms, themeForPrint } from '../../../repositories/glossary';
import { checkUsableLanguage, userLanguageMap } from '../../../repositories/glossary-languages';
import { escapeHtml } from '../../printing/escape-html';

type ExportInput = ParsedInput<'glossary.export'>;

/** A file name without folder separators, characters Windows refuses, or control characters. */
const safeName = (text: string) =>
  [...text].map((char) => (char.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(char) ? '-' : char)).join('').trim() || 'ordliste';

/** The chosen languages, or every language the terms have, in the app's order (added languages last). */
function languagesFor(terms: GlossaryTerm[], chosen: string[]): string[] {
  if (chosen.length > 0) return chosen;
  const order = new Map(builtInLanguages.map((language, index) => [language.code, index]));
  const used = new Set(terms.flatMap((term) => term.translations.map((translation) => translation.language)));
  return [...used].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b));
}

/** Our own CSV: semicolons and a byte order mark, as Norwegian Excel opens it; formulas guarded. */
function toCsv(terms: GlossaryTerm[], codes: string[]): string {
  const header = ['norwegian', 'word_class', 'example', 'theme', ...codes.flatMap((code) => [code, `${code}_translit`])];
  const rows = terms.map((term) => [
    term.term,
    term.wordClass ?? '',
    term.example,
    term.themes.map((theme) => theme.name).join(' | '),
    ...codes.flatMap((code) => {
      const translation = term.translations.find((item) => item.language === code);
      return [translation?.text ?? '', translation?.transliteration ?? ''];
    }),
  ]);
  return `\uFEFF${Papa.unparse([header, ...rows], { delimiter: ';', newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** XML text and attribute values: the four characters that matter, no numeric references. */
const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function termSec(term: string, extra: string[] = []): string {
  return `        <termSec>\n          <term>${xml(term)}</term>${extra.map((line) => `\n          ${line}`).join('')}\n        </termSec>`;
}

/** TBX v3, TBX-Basic dialect: one conceptEntry per term, a langSec per language. */
function toTbx(terms: GlossaryTerm[], codes: string[], title: string): string {
  const entries = terms.map((term, index) => {
    const themes = term.themes.map((theme) => `      <descrip type="subjectField">${xml(theme.name)}</descrip>`);
    const norwegian = termSec(term.term, [
      ...(term.wordClass ? [`<termNote type="partOfSpeech">${term.wordClass}</termNote>`] : []),
      ...(term.example ? [`<descrip type="context">${xml(term.example)}</descrip>`] : []),
    ]);
    const sections = codes.flatMap((code) => {
      const translation = term.translations.find((item) => item.language === code);
      if (!translation) return [];
      const main = termSec(translation.text, translation.example ? [`<descrip type="context">${xml(translation.example)}</descrip>`] : []);
      const translit = translation.transliteration
        ? `\n${termSec(translation.transliteration, ['<termNote type="termType">transliteratedForm</termNote>'])}`
        : '';
      return [`      <langSec xml:lang="${xml(code)}">\n${main}${translit}\n      </langSec>`];
    });
    return [
      `    <conceptEntry id="c${index + 1}">`,
      ...themes,
      `      <langSec xml:lang="nb">\n${norwegian}\n      </langSec>`,
      ...sections,
      '    </conceptEntry>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="nb" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <titleStmt><title>${xml(title)}</title></titleStmt>
      <sourceDesc><p>Språkbro</p></sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
${entries.join('\n')}
    </body>
  </text>
</tbx>
`;
}

/** Anki fields may not hold the separator or a line break; with #html:true a break is <br>. */
const ankiField = (html: string) => html.replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');
const ankiTag = (name: string) => name.trim().replace(/\s+/g, '_');

/**
 * A tab-separated file Anki imports as Basic notes: front the Norwegian word (and example),
 * back the translation in its own direction (and transliteration), tags the themes. The
 * header lines are Anki's own (#separator, #html, #tags column). Terms without a
 * translation in the language are left out: a card with an empty back teaches nothing.
 */
function toAnki(terms: GlossaryTerm[], code: string, direction: 'ltr' | 'rtl', deck: string): { content: string; count: number } {
  const lines: string[] = [];
  for (const term of terms) {
    const translation = term.translations.find((item) => item.language === code);
    if (!translation) continue;
    const front = escapeHtml(term.term) + (term.example ? `<br><small>${escapeHtml(term.example)}</small>` : '');
    const dir = translation.direction === 'auto' ? translation.dir : translation.direction;
    const back =
      `<div dir="${dir || direction}" lang="${escapeHtml(code)}">${escapeHtml(translation.text)}</div>` +
      (translation.transliteration ? `<div><i>${escapeHtml(translation.transliteration)}</i></div>` : '');
    const tags = term.themes.map((theme) => ankiTag(theme.name)).join(' ');
    lines.push([ankiField(front), ankiField(back), ankiField(tags)].join('\t'));
  }
  const header = ['#separator:tab', '#html:true', '#notetype:Basic', `#deck:${deck.replace(/[\r\n]/g, ' ')}`, '#columns:Front\tBack\tTags', '#tags column:3'];
  return { content: `${[...header, ...lines].join('\n')}\n`, count: lines.length };
}

export function exportGlossary(db: Database, input: ExportInput): GlossaryExportFile {
  input.languages.forEach((code, index) => checkUsableLanguage(db, code, `languages.${index}`));
  const themeName = input.themeId ? themeForPrint(db, input.themeId).name : '';
  const terms = listGlossaryTerms(db, input.themeId ? { themeId: input.themeId } : {}, null);
  const codes = languagesFor(terms, input.languages);
  const base = safeName(themeName || 'ordliste');
  if (input.format === 'csv') return { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', content: toCsv(terms, codes), termCount: terms.length };
  if (input.format === 'tbx') {
    return { fileName: `${base}.tbx`, mimeType: 'application/x-tbx+xml', content: toTbx(terms, codes, themeName || 'Språkbro'), termCount: terms.length };
  }
  const code = codes[0] ?? '';
  const direction = languageInfo(code)?.direction ?? userLanguageMap(db).get(code)?.direction ?? 'ltr';
  const anki = toAnki(terms, code, direction, themeName ? `Språkbro::${themeName}` : 'Språkbro');
  return { fileName: `${base}-anki-${code}.txt`, mimeType: 'text/plain;charset=utf-8', content: anki.content, termCount: anki.count };
}
