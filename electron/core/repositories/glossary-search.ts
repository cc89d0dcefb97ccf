import type { Database } from 'better-sqlite3';
import { normalizeForSearch } from '../../../shared/domain/search-text';

/**
 * Folded text of a term and its live translations, so a search in any language finds it:
 * Norwegian as typed (æ, ø, å are letters of their own), Arabic script without harakat and
 * with one alef and one yeh, Ethiopic as typed.
 */
export function refreshTermSearchText(db: Database, termId: string): void {
  const term = db.prepare('SELECT term, example FROM glossary_term WHERE id = ?').get(termId) as
    | { term: string; example: string }
    | undefined;
  if (!term) return;
  const translations = db
    .prepare(`SELECT text, transliteration, example FROM glossary_translation WHERE term_id = ? AND deleted_at IS NULL`)
    .all(termId) as { text: string; transliteration: string; example: string }[];
  const parts = [term.term, term.example, ...translations.flatMap((t) => [t.text, t.transliteration, t.example])];
  // A newline between parts, so a search never matches across two of them.
  db.prepare('UPDATE glossary_term SET search_text = ? WHERE id = ?').run(parts.map(normalizeForSearch).join('\n'), termId);
}
