import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { checkUsableLanguage, displayLanguageName } from '../../repositories/glossary-languages';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { printableTheme, type PrintableTerm } from '../glossary/print-data';
import type { MaterialStore } from '../materials/store';
import { escapeHtml } from './escape-html';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { textsFor } from './plan-data';

/**
 * Eight cards to an A4 page (2 × 4), each framed by a dashed cut line. Fixed sizes in mm so
 * the cards come out the same on every printer; a card never splits across pages.
 */
const flashcardCss = `
.cards { display: grid; grid-template-columns: repeat(2, 1fr); grid-auto-rows: 60mm; border-block-start: 0.75pt dashed #000; border-inline-start: 0.75pt dashed #000; }
.card { border-inline-end: 0.75pt dashed #000; border-block-end: 0.75pt dashed #000; padding: 3mm; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 1.5mm; text-align: center; break-inside: avoid; overflow: hidden; }
.card img { max-inline-size: 70mm; max-block-size: 30mm; object-fit: contain; }
.card .nb { font-size: 17pt; font-weight: 700; }
.card .tr { font-size: 17pt; }
.card .tr[dir="rtl"] { font-size: 19pt; line-height: 1.5; }
.card .translit { font-size: 9pt; font-style: italic; }
.card .missing { display: block; inline-size: 60mm; block-size: 8mm; border-block-end: 0.75pt dotted #000; }
.cut-hint { font-size: 8pt; margin-block-end: 2mm; }
`;

function card({ term, picture }: PrintableTerm, language: string): string {
  const translation = term.translations.find((t) => t.language === language);
  const image = picture ? `<img src="${picture}" alt="">` : '';
  const translated = translation
    ? `<span class="tr" lang="${escapeHtml(language)}" dir="${translation.dir}">${escapeHtml(translation.text)}</span>${
        translation.transliteration ? `<span class="translit" dir="auto">${escapeHtml(translation.transliteration)}</span>` : ''
      }`
    : '<span class="missing"></span>';
  return `<div class="card">${image}<span class="nb" lang="nb" dir="ltr">${escapeHtml(term.term)}</span>${translated}</div>`;
}

/** «Bildekort»: picture cards to cut out, Norwegian above the translation in its own direction. */
export function printFlashcards(
  db: Database,
  store: MaterialStore | undefined,
  input: ParsedInput<'print.flashcards'>,
  options: PrintOptions,
): PrintDocument {
  const texts = textsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  checkUsableLanguage(db, input.language);
  const { theme, terms } = printableTheme(db, store, input.themeId, true);
  const language = displayLanguageName(db, input.language, texts.language);
  const body =
    terms.length === 0
      ? `<p class="muted">${e('glossary.print.noTerms')}</p>`
      : `<p class="cut-hint">${e('glossary.print.cutHint')}</p><div class="cards">${terms.map((item) => card(item, input.language)).join('\n')}</div>`;
  return {
    html: renderDocument({
      texts,
      title: `${texts.t('glossary.print.flashcardsTitle')} – ${theme.name}`,
      landscape: false,
      css: flashcardCss,
      heading: `${e('glossary.print.flashcardsTitle')}: ${bdi(theme.name)}`,
      subHeading: `${bdi(theme.courseName)} · ${escapeHtml(language)}`,
      body,
      options,
    }),
    fileName: pdfFileName(texts.t('glossary.print.flashcardsFile', { theme: theme.name, language })),
    landscape: false,
  };
}
