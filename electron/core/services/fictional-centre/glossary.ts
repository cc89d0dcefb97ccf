import type { Database } from 'better-sqlite3';
import { glossaryTermCreateSchema, glossaryTranslationCreateSchema } from '../../../../shared/domain/glossary';
import { normalizeForSearch } from '../../../../shared/domain/search-text';
import { newId } from '../../db/ids';
import { glossaryWords } from './glossary-words';
import type { Random } from './random';

const examples = ['Husk å ta på {t} før du begynner.', 'Hvor er {t}?', 'Vi trenger en ny {t} i dag.', 'Kan du vise meg {t}?'];

/**
 * The centre's glossary: `count` Norwegian terms, each translated into the eight glossary
 * languages by an assistant (or with no author), linked to the classes' themes. Inputs pass the API's schemas; rows are
 * written with prepared statements, and the folded search text is built exactly as
 * repositories/glossary-search.ts builds it (term, example, then each translation's text,
 * transliteration and example, one line each).
 */
export function generateGlossary(
  db: Database,
  random: Random,
  count: number,
  authors: readonly string[],
  themeIds: readonly string[],
  stamp: string,
): { terms: number; translations: number } {
  const words = glossaryWords(random);
  if (count > words.capacity) throw new Error(`at most ${words.capacity} distinct glossary terms`);
  const insertTerm = db.prepare(
    `INSERT INTO glossary_term (id, term, word_class, example, material_id, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`,
  );
  const insertTranslation = db.prepare(
    `INSERT INTO glossary_translation (id, term_id, language, text, transliteration, example, direction, status, author_id,
       created_at, updated_at) VALUES (?, ?, ?, ?, '', '', 'auto', ?, ?, ?, ?)`,
  );
  // Most parts of a term are empty (no transliteration, no example): only text is folded.
  const fold = (text: string): string => (text === '' ? '' : normalizeForSearch(text));
  const linkTheme = db.prepare('INSERT INTO glossary_term_theme (term_id, theme_id) VALUES (?, ?)');
  // Themes take the terms in turn: most a few dozen, every fortieth a long list of 200 (the
  // size of the word list the benchmark prints). Terms left over have no theme.
  let themeIndex = 0;
  let themeRoom = 200;
  let translations = 0;
  for (let index = 0; index < count; index += 1) {
    const { term: text, translations: translated } = words.term(index);
    const termId = newId();
    const example = random.chance(0.2) ? random.pick(examples).replace('{t}', text) : '';
    const term = { term: text, wordClass: text.includes(' ') ? ('phrase' as const) : ('noun' as const), example };
    glossaryTermCreateSchema.parse(term);
    const rows = translated.map((translation) => {
      const status = random.chance(0.6) ? ('checked' as const) : ('draft' as const);
      const authorId = authors.length > 0 && random.chance(0.9) ? random.pick(authors) : null;
      glossaryTranslationCreateSchema.parse({ termId, language: translation.language, text: translation.text, status, authorId });
      return { ...translation, status, authorId };
    });
    const searchParts = [term.term, term.example, ...rows.flatMap((row) => [row.text, '', ''])];
    insertTerm.run(termId, term.term, term.wordClass, term.example, searchParts.map(fold).join('\n'), stamp, stamp);
    for (const row of rows) insertTranslation.run(newId(), termId, row.language, row.text, row.status, row.authorId, stamp, stamp);
    translations += rows.length;
    if (themeIndex < themeIds.length) {
      linkTheme.run(termId, themeIds[themeIndex]);
      themeRoom -= 1;
      if (themeRoom === 0) {
        themeIndex += 1;
        themeRoom = themeIndex % 40 === 0 ? 200 : 10 + random.int(30);
      }
    }
  }
  return { terms: count, translations };
}

