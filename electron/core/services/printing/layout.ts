import { escapeHtml } from './escape-html';
import { fontFaceCss, fontStack } from './fonts';
import { formatDate, type DocumentTexts } from './texts';
import type { MaterialStore } from '../materials/store';

export interface PrintOptions {
  /** Folder holding the bundled fonts (see fonts.ts); the shell knows where it is. */
  fontsDir?: string;
  /** Today as YYYY-MM-DD; tests fix it, otherwise the local date. */
  today?: string;
  /** The material store, for pictures of material in lesson texts. */
  materialStore?: MaterialStore | undefined;
}

/** The local calendar date, which is what "today" means to a teacher. */
export function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Black-and-white first: states are told by text, borders and patterns, never by colour
 * alone, so a grey office printer loses nothing. Logical properties, so RTL would mirror.
 */
const baseCss = `
* { box-sizing: border-box; }
html { font-family: ${fontStack}; font-size: 9.5pt; line-height: 1.3; color: #000; background: #fff; }
body { margin: 0; }
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm; border-block-end: 1.5pt solid #000; }
h3 { font-size: 10pt; margin: 2mm 0 1mm; }
p { margin: 0 0 1.5mm; }
.doc-header { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; border-block-end: 2pt solid #000; padding-block-end: 2mm; margin-block-end: 3mm; }
.doc-header .sub { font-size: 11pt; font-weight: 700; }
.doc-footer { margin-block-start: 3mm; font-size: 7.5pt; display: flex; justify-content: space-between; gap: 4mm; }
table { border-collapse: collapse; inline-size: 100%; }
th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; text-align: start; vertical-align: top; }
th { background: #e6e6e6; }
.muted { font-style: italic; }
.no-support { font-weight: 700; }
.practice { background: repeating-linear-gradient(135deg, #fff 0 2.2mm, #cfcfcf 2.2mm 2.8mm); }
.closed { border-style: dotted; border-width: 1.5pt; background: radial-gradient(#bdbdbd 0.35mm, transparent 0.4mm) 0 0 / 2mm 2mm; }
.tag { display: inline-block; border: 0.75pt solid #000; padding: 0 1mm; font-size: 7.5pt; font-weight: 700; background: #fff; }
.keywords { display: flex; flex-wrap: wrap; gap: 1mm 2mm; list-style: none; margin: 0; padding: 0; }
.keywords li { border: 0.75pt solid #000; padding: 0 1.2mm; }
.lesson-text img { max-inline-size: 60mm; max-block-size: 45mm; }
.lesson-text table { inline-size: auto; }
`;

export interface DocumentParts {
  texts: DocumentTexts;
  title: string;
  landscape: boolean;
  /** Extra CSS for this document only. */
  css?: string;
  /** The header: the document kind, the class name (escaped inside), a sub-line. */
  heading: string;
  subHeading: string;
  /** Already-escaped HTML. */
  body: string;
  options: PrintOptions;
}

/** A complete HTML page: no scripts, no external resources besides the bundled fonts. */
export function renderDocument(parts: DocumentParts): string {
  const { texts, options } = parts;
  const page = `@page { size: A4 ${parts.landscape ? 'landscape' : 'portrait'}; margin: 12mm; }`;
  const printedOn = escapeHtml(texts.t('printing.doc.printedOn', { date: formatDate(options.today ?? localToday()) }));
  return `<!doctype html>
<html lang="${texts.language}" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src file:; img-src data:">
<title>${escapeHtml(parts.title)}</title>
<style>
${fontFaceCss(options.fontsDir)}
${page}
${baseCss}
${parts.css ?? ''}
</style>
</head>
<body>
<header class="doc-header"><h1>${parts.heading}</h1><div class="sub">${parts.subHeading}</div></header>
<main>${parts.body}</main>
<footer class="doc-footer"><span>${printedOn}</span></footer>
</body>
</html>
`;
}

/** A name in any script, isolated so its direction never reorders the text around it. */
export const bdi = (text: string): string => `<bdi dir="auto">${escapeHtml(text)}</bdi>`;

/** File names: no folder separators or characters Windows refuses, short enough for any disk. */
export function pdfFileName(base: string): string {
  const safe = [...base].map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || '\\/:*?"<>|'.includes(char) ? '-' : char));
  const cleaned = safe
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return `${cleaned || 'Sprakbro'}.pdf`;
}
