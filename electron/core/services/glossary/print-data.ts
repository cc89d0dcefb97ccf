import { readFileSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { GlossaryTerm } from '../../../../shared/domain/glossary';
import { listGlossaryTerms, themeForPrint } from '../../repositories/glossary';
import { materialFileFacts } from '../../repositories/materials';
import { thumbnailPath, type MaterialStore } from '../materials/store';

export interface PrintableTerm {
  term: GlossaryTerm;
  /** The picture as a data: URL, or undefined when there is none that may be printed. */
  picture: string | undefined;
}

/**
 * A theme's terms for a printout. A picture goes in as its thumbnail (a data: URL, since
 * the print window fetches nothing); one in which other people appear without consent is
 * left out: it may be shown on screen but never reaches a PDF.
 */
export function printableTheme(
  db: Database,
  store: MaterialStore | undefined,
  themeId: string,
  withPictures: boolean,
): { theme: { name: string; courseName: string }; terms: PrintableTerm[] } {
  const theme = themeForPrint(db, themeId);
  const terms = listGlossaryTerms(db, { themeId }, null).map((term) => ({
    term,
    picture: withPictures ? pictureOf(db, store, term) : undefined,
  }));
  return { theme, terms };
}

function pictureOf(db: Database, store: MaterialStore | undefined, term: GlossaryTerm): string | undefined {
  if (!store || !term.image || term.image.blocked) return undefined;
  const facts = materialFileFacts(db, term.image.materialId);
  if (!facts || facts.blocked || facts.kind !== 'image' || !facts.hasThumbnail) return undefined;
  const file = thumbnailPath(store, facts.sha256);
  try {
    if (!statSync(file).isFile()) return undefined;
    return `data:image/webp;base64,${readFileSync(file).toString('base64')}`;
  } catch {
    return undefined;
  }
}
