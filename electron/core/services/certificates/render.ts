import { escapeHtml } from '../printing/escape-html';
import { fontFaceCss, fontStack } from '../printing/fonts';
import { documentTexts, formatDate } from '../printing/texts';
import { fillTemplate, nameLengthClass, textBlockHtml } from './fill-template';
import type { DocumentSnapshot } from './snapshot';

/** One document to put on paper: its snapshot and what the register knows about it. */
export interface DocumentPage {
  snapshot: DocumentSnapshot;
  serial: string;
  issuedOn: string;
  revoked: { at: string; reason: string } | null;
}

const listHtml = (items: readonly string[]): string =>
  items.length > 0 ? `<ul class="list">${items.map((item) => `<li dir="auto">${escapeHtml(item)}</li>`).join('')}</ul>` : '';

const rowsHtml = (rows: readonly (readonly [string, string])[]): string =>
  rows.length > 0
    ? `<table class="results"><tbody>${rows.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td class="level">${escapeHtml(value)}</td></tr>`).join('')}</tbody></table>`
    : '';

/** One document's section, filled from its snapshot alone. */
export function renderPage(page: DocumentPage): string {
  const { snapshot } = page;
  const { centre } = snapshot;
  const text: Record<string, string> = {
    ...snapshot.values,
    accent: centre.accentColour,
    centreName: centre.name,
    centreAddress: centre.address,
    signerName: centre.signerName,
    signerTitle: centre.signerTitle,
    logo: centre.logo ?? '',
    signature: centre.signature ?? '',
    title: snapshot.texts.title,
    nameClass: nameLengthClass(snapshot.values.name ?? ''),
    issuedOn: formatDate(page.issuedOn),
    serial: page.serial,
  };
  const blockValues = { ...text, serial: page.serial };
  const html: Record<string, string> = {
    intro: textBlockHtml(snapshot.texts.intro, blockValues),
    closing: textBlockHtml(snapshot.texts.closing, blockValues),
    verificationQr: snapshot.verification ? `<img src="${escapeHtml(snapshot.verification.qrImageDataUrl)}" alt="">` : '',
  };
  for (const [key, items] of Object.entries(snapshot.lists)) html[key] = listHtml(items);
  for (const [key, rows] of Object.entries(snapshot.rows)) html[key] = rowsHtml(rows);
  let section = fillTemplate(snapshot.template, { text, html });
  if (page.revoked) {
    const label = documentTexts(snapshot.language).t('certificates.doc.revoked', { date: formatDate(page.revoked.at.slice(0, 10)), reason: page.revoked.reason });
    // The mark goes inside the document's own section, so it lands on that page.
    section = section.replace(/<\/section>\s*$/u, `<div class="revoked-mark" dir="auto">${escapeHtml(label)}</div></section>\n`);
  }
  return section;
}

/**
 * A complete HTML page with one A4 page per document. No scripts, nothing external besides
 * the bundled fonts; the stylesheet is the one stored with the first document.
 */
export function renderDocumentsHtml(pages: readonly DocumentPage[], title: string, fontsDir: string | undefined): string {
  const first = pages[0]?.snapshot;
  return `<!doctype html>
<html lang="${first?.language ?? 'nb'}" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src file:; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
${fontFaceCss(fontsDir)}
html { font-family: ${fontStack}; }
${first?.css ?? ''}
</style>
</head>
<body>
${pages.map(renderPage).join('\n')}
</body>
</html>
`;
}
