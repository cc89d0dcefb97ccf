import type { Migration } from './types';

/**
 * Languages users add to the built-in list (shared/domain/languages.ts), for the
 * translations of glossaries: an ISO 639 code (two or three lower-case letters), a display
 * name and the direction of its script. One live row per code; core refuses a code that is
 * built in. Deleting leaves a tombstone, so an undo brings the language back.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'user-languages',
  up(db) {
    db.exec(`
      CREATE TABLE user_language (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL CHECK (code GLOB '[a-z][a-z]' OR code GLOB '[a-z][a-z][a-z]'),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        direction TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX user_language_by_code ON user_language(code) WHERE deleted_at IS NULL;
    `);
  },
};
