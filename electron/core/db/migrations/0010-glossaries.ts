import type { Migration } from './types';

/**
 * Glossaries: Norwegian terms, linked to themes and lessons, with one translation per
 * language. A translation keeps its language code (checked against the known list in
 * core), its own direction ('auto' follows the text) and a draft/checked status.
 *
 * search_text on the term holds the folded text of the term and of all its live
 * translations (shared/domain/search-text.ts), kept by core: the Arabic folding (harakat,
 * alef and yeh variants) is not something an FTS5 tokenizer does, and a glossary is a few
 * thousand rows at most, which instr() scans in well under a millisecond per hundred.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'glossaries',
  up(db) {
    db.exec(`
      CREATE TABLE glossary_term (
        id TEXT PRIMARY KEY,
        term TEXT NOT NULL CHECK (length(term) BETWEEN 1 AND 200),
        word_class TEXT CHECK (word_class IS NULL OR word_class IN
          ('noun', 'verb', 'adjective', 'adverb', 'preposition', 'pronoun', 'conjunction', 'interjection', 'phrase', 'other')),
        example TEXT NOT NULL DEFAULT '',
        material_id TEXT REFERENCES material(id) ON DELETE SET NULL,
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE glossary_term_theme (
        term_id TEXT NOT NULL REFERENCES glossary_term(id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        PRIMARY KEY (term_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX glossary_term_theme_by_theme ON glossary_term_theme(theme_id);

      CREATE TABLE glossary_term_lesson (
        term_id TEXT NOT NULL REFERENCES glossary_term(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
        PRIMARY KEY (term_id, lesson_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX glossary_term_lesson_by_lesson ON glossary_term_lesson(lesson_id);

      CREATE TABLE glossary_translation (
        id TEXT PRIMARY KEY,
        term_id TEXT NOT NULL REFERENCES glossary_term(id) ON DELETE CASCADE,
        language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
        transliteration TEXT NOT NULL DEFAULT '',
        example TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL DEFAULT 'auto' CHECK (direction IN ('auto', 'ltr', 'rtl')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'checked')),
        author_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      -- One live translation per term and language; a deleted one may be written again.
      CREATE UNIQUE INDEX glossary_translation_by_language ON glossary_translation(term_id, language) WHERE deleted_at IS NULL;
    `);
  },
};
