import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { GlossaryTerm, GlossaryTranslation } from '../../../../shared/domain/glossary';
import { languageInfo, languageName } from '../../../../shared/domain/languages';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { printableTheme } from '../glossary/print-data';
import { checkUsableLanguage, displayLanguageName } from '../../repositories/glossary-languages';
import type { MaterialStore } from '../materials/store';
import { escapeHtml } from './escape-html';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { textsFor } from './plan-data';
import type { DocumentTexts } from './texts';

const wordListCss = `
html { font-size: 11pt; }
.word-list { table-layout: fixed; }
.word-list th, .word-list td { padding: 1.5mm 2mm; }
.word-list tr { break-inside: avoid; }
.word-list .word { font-size: 13pt; font-weight: 700; }
.word-class { font-size: 8.5pt; font-style: italic; font-weight: 400; }
.example { display: block; font-size: 9pt; margin-block-start: 0.8mm; }
.translit { display: block; font-size: 9pt; font-style: italic; }
.blank { display: block; block-size: 7mm; border-block-end: 0.75pt dotted #000; }
[lang="ar"], [lang="fa"], [lang="prs"], [lang="ps"], [lang="ckb"], [lang="ur"] { font-size: 14pt; line-height: 1.5; }
`;

/** A translation cell in the translation's own direction; an empty line to write on when there is none. */
function translationCell(translation: GlossaryTranslation | undefined, language: string): string {
  if (!translation) return `<td lang="${escapeHtml(language)}"><span class="blank"></span></td>`;
  const translit = translation.transliteration
    ? `<span class="translit" dir="auto">${escapeHtml(translation.transliteration)}</span>`
    : '';
  return `<td lang="${escapeHtml(language)}" dir="${translation.dir}"><span class="word">${escapeHtml(translation.text)}</span>${translit}</td>`;
}

function norwegianCell(term: GlossaryTerm, texts: DocumentTexts): string {
  const wordClass = term.wordClass ? ` <span class="word-class">${escapeHtml(texts.t(`glossary.wordClasses.${term.wordClass}`))}</span>` : '';
  const example = term.example ? `<span class="example">${escapeHtml(term.example)}</span>` : '';
  return `<td lang="nb" dir="ltr"><span class="word">${escapeHtml(term.term)}</span>${wordClass}${example}</td>`;
}

/** The column head: the language in the UI language, then in its own script and direction. */
function languageHeading(db: Database, code: string, texts: DocumentTexts): string {
  const info = languageInfo(code);
  const native = info && info.native !== languageName(code, texts.language) ? ` <bdi lang="${escapeHtml(code)}" dir="${info.direction}">${escapeHtml(info.native)}</bdi>` : '';
  return `<th scope="col">${escapeHtml(displayLanguageName(db, code, texts.language))}${native}</th>`;
}

/**
 * «Ordliste»: a theme's terms with Norwegian first and one column per chosen language, each
 * cell in the direction of its text, so Arabic reads right to left beside the Norwegian.
 */
export function printWordList(
  db: Database,
  store: MaterialStore | undefined,
  input: ParsedInput<'print.wordList'>,
  options: PrintOptions,
): PrintDocument {
  const texts = textsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  input.languages.forEach((code, index) => checkUsableLanguage(db, code, `languages.${index}`));
  const { theme, terms } = printableTheme(db, store, input.themeId, false);
  const head = `<tr><th scope="col">${e('glossary.print.norwegian')}</th>${input.languages.map((code) => languageHeading(db, code, texts)).join('')}</tr>`;
  const rows = terms
    .map(({ term }) => {
      const cells = input.languages.map((code) => translationCell(term.translations.find((t) => t.language === code), code));
      return `<tr>${norwegianCell(term, texts)}${cells.join('')}</tr>`;
    })
    .join('\n');
  const body =
    terms.length === 0
      ? `<p class="muted">${e('glossary.print.noTerms')}</p>`
      : `<table class="word-list"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  const languageNames = input.languages.map((code) => displayLanguageName(db, code, texts.language)).join(', ');
  return {
    html: renderDocument({
      texts,
      title: `${texts.t('glossary.print.wordListTitle')} – ${theme.name}`,
      landscape: false,
      css: wordListCss,
      heading: `${e('glossary.print.wordListTitle')}: ${bdi(theme.name)}`,
      subHeading: `${bdi(theme.courseName)} · ${escapeHtml(languageNames)}`,
      body,
      options,
    }),
    fileName: pdfFileName(texts.t('glossary.print.wordListFile', { theme: theme.name, languages: languageNames })),
    landscape: false,
  };
}
