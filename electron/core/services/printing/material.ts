import { readFileSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { parseMaterialFileUrl, type Material } from '../../../../shared/domain/materials';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { ApiFailure } from '../../db/errors';
import { getMaterial, materialFileFacts } from '../../repositories/materials';
import { blobPath, thumbnailPath, type MaterialStore } from '../materials/store';
import { escapeHtml } from './escape-html';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { textsFor } from './plan-data';
import { formatDate, type DocumentTexts } from './texts';

/** Types Chromium shows from a data: URL in the print window (HEIC is printed from its thumbnail). */
const printableImageTypes = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
/** Past this the original is not put into the page; the thumbnail stands in. */
const maxInlineOriginalBytes = 15 * 1024 * 1024;

const dataUrl = (file: string, mediaType: string): string =>
  `data:${mediaType};base64,${readFileSync(file).toString('base64')}`;

const sizeOf = (file: string): number | undefined => {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
};

/** The thumbnail as a data: URL, or undefined when the material has none on disk. */
function thumbnailDataUrl(store: MaterialStore, sha256: string): string | undefined {
  const file = thumbnailPath(store, sha256);
  return sizeOf(file) === undefined ? undefined : dataUrl(file, 'image/webp');
}

/** The sentence that stands where a material without consent would have been. */
export const blockedPlaceholder = (texts: DocumentTexts): string =>
  `<span class="tag">${escapeHtml(texts.t('materialPrint.blockedPlaceholder'))}</span>`;

/** `<img …>` of a material file in sanitised lesson HTML (attributes are always double-quoted there). */
const materialImage = /<img src="(\/media\/materials\/[^"]+)"([^>]*)>/g;

/**
 * Lesson text for a printed page: a material picture is put into the page itself (its
 * thumbnail as a data: URL, since the print window fetches nothing), and a picture in which
 * other people appear without consent is replaced by a sentence saying so: it never
 * reaches a PDF. Pictures whose material is gone are left out. Expects sanitised HTML.
 */
export function inlineMaterialImages(db: Database, store: MaterialStore | undefined, html: string, texts: DocumentTexts): string {
  return html.replace(materialImage, (_whole, url: string, rest: string) => {
    const parsed = parseMaterialFileUrl(url);
    const facts = parsed ? materialFileFacts(db, parsed.id) : undefined;
    if (!facts) return '';
    if (facts.blocked) return blockedPlaceholder(texts);
    const source = store ? thumbnailDataUrl(store, facts.sha256) : undefined;
    return source ? `<img src="${source}"${rest}>` : '';
  });
}

const materialCss = `
.material-figure { margin: 0 0 4mm; text-align: center; }
.material-figure img { max-inline-size: 100%; max-block-size: 170mm; object-fit: contain; }
.material-caption { font-size: 12pt; margin-block-end: 3mm; white-space: pre-wrap; }
.material-facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 3mm; }
.material-facts dt { font-weight: 700; }
.material-facts dd { margin: 0; }
.transcript { white-space: pre-wrap; border: 0.75pt solid #000; padding: 2mm; }
`;

/** The picture for a full page: the original when Chromium can show it and it is not huge, else the thumbnail. */
function pagePicture(store: MaterialStore, material: Material): string | undefined {
  const original = blobPath(store, material.sha256);
  const size = sizeOf(original);
  if (size !== undefined && size <= maxInlineOriginalBytes && printableImageTypes.has(material.mediaType)) {
    return dataUrl(original, material.mediaType);
  }
  return thumbnailDataUrl(store, material.sha256);
}

/**
 * One material on a page: the picture (or, for sound, video and documents, what kind of
 * file it is), the caption, date, participant, site and goals, and a transcript when there
 * is one. Refused with consent_missing while other people appear in it without consent.
 */
export function printMaterial(
  db: Database,
  store: MaterialStore | undefined,
  id: string,
  options: PrintOptions,
): PrintDocument {
  const material = getMaterial(db, store, id);
  if (material.blocked) throw new ApiFailure('consent_missing');
  const texts = textsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));

  let figure = '';
  if (material.kind === 'image') {
    const picture = store && !material.fileMissing ? pagePicture(store, material) : undefined;
    if (!picture) throw new ApiFailure('file_missing');
    figure = `<figure class="material-figure"><img src="${picture}" alt="${escapeHtml(material.caption)}"></figure>`;
  }

  const goalText = db.prepare('SELECT text_nb FROM goal WHERE id = ?').pluck();
  const goals = material.goalIds.map((goalId) => goalText.get(goalId) as string | undefined).filter((text) => text !== undefined);
  const facts: [string, string][] = [
    [e('materialPrint.kind'), e(`materialPrint.kinds.${material.kind}`)],
    [e('materialPrint.file'), bdi(material.originalName)],
    ...(material.date ? ([[e('materialPrint.date'), escapeHtml(formatDate(material.date))]] as [string, string][]) : []),
    ...(material.participantName ? ([[e('materialPrint.participant'), bdi(material.participantName)]] as [string, string][]) : []),
    ...(material.siteName ? ([[e('materialPrint.site'), bdi(material.siteName)]] as [string, string][]) : []),
    ...(material.tags.length > 0 ? ([[e('materialPrint.tags'), material.tags.map(bdi).join(', ')]] as [string, string][]) : []),
  ];
  const body = `
${figure}
${material.caption ? `<p class="material-caption" dir="auto">${escapeHtml(material.caption)}</p>` : ''}
<dl class="material-facts">${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>
${goals.length > 0 ? `<h2>${e('materialPrint.goals')}</h2><ul>${goals.map((text) => `<li dir="auto">${escapeHtml(text)}</li>`).join('')}</ul>` : ''}
${material.transcript ? `<h2>${e('materialPrint.transcript')}</h2><p class="transcript" dir="auto">${escapeHtml(material.transcript)}</p>` : ''}`;

  const name = material.caption.split('\n')[0]?.slice(0, 60) || material.originalName;
  return {
    html: renderDocument({
      texts,
      title: `${texts.t('materialPrint.title')} – ${name}`,
      landscape: false,
      css: materialCss,
      heading: e('materialPrint.title'),
      subHeading: material.participantName ? bdi(material.participantName) : '',
      body,
      options,
    }),
    fileName: pdfFileName(texts.t('materialPrint.fileName', { name })),
    landscape: false,
  };
}
