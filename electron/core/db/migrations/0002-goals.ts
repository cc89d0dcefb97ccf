import type { Migration } from './types';

/**
 * Competence goals: the shipped catalogue (ids like `sb-goal-0001`), teacher goals and
 * imported goals (UUIDv7) in one table, so a lesson links to any of them the same way.
 * Goals are never removed: a catalogue goal that leaves the catalogue is retired, and
 * teacher goals are tombstoned, so old lessons keep a readable link.
 *
 * Search uses FTS5 with unicode61 and remove_diacritics 0: å, æ and ø are letters of
 * their own in Norwegian and must not match a, ae or o. The FTS table keeps its own copy
 * of the texts under a stable integer key from goal_search_key: `goal` has a text primary
 * key, and VACUUM may renumber the implicit rowid of such a table, which would silently
 * break an external-content index. Triggers keep both in step with `goal`.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'goals',
  up(db) {
    db.exec(`
      CREATE TABLE goal (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('catalogue', 'teacher', 'import')),
        catalogue_version TEXT CHECK ((source = 'catalogue') = (catalogue_version IS NOT NULL)),
        level TEXT NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1')),
        skill TEXT NOT NULL CHECK (skill IN ('lese', 'lytte', 'skrive', 'muntlig-samhandling', 'muntlig-produksjon', 'mediering')),
        domain TEXT NOT NULL CHECK (domain IN ('arbeidsliv', 'helse', 'bolig', 'barnehage-og-skole', 'offentlige-tjenester', 'hverdagsliv', 'samfunn')),
        trade TEXT CHECK (trade IS NULL OR trade IN ('helse-og-omsorg', 'renhold', 'barnehage', 'butikk', 'lager-og-logistikk', 'restaurant-og-kjokken', 'bygg-og-anlegg')),
        text_nb TEXT NOT NULL CHECK (length(text_nb) BETWEEN 1 AND 500),
        text_en TEXT NOT NULL DEFAULT '' CHECK (length(text_en) <= 500),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
        grep_code TEXT,
        grep_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX goal_by_level ON goal(level, skill, domain);
      CREATE UNIQUE INDEX goal_by_grep_id ON goal(grep_id) WHERE grep_id IS NOT NULL AND deleted_at IS NULL;

      -- Which catalogue release was last applied, so opening the database again is cheap.
      CREATE TABLE goal_catalogue_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        catalogue_version TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE goal_search_key (
        rowid INTEGER PRIMARY KEY,
        goal_id TEXT NOT NULL UNIQUE REFERENCES goal(id)
      ) STRICT;

      CREATE VIRTUAL TABLE goal_fts USING fts5(
        text_nb, text_en, code,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '2 3 4'
      );

      CREATE TRIGGER goal_fts_after_insert AFTER INSERT ON goal BEGIN
        INSERT INTO goal_search_key (goal_id) VALUES (new.id);
        INSERT INTO goal_fts (rowid, text_nb, text_en, code)
        VALUES (
          (SELECT rowid FROM goal_search_key WHERE goal_id = new.id),
          new.text_nb, new.text_en,
          coalesce(new.grep_code, CASE WHEN new.source = 'catalogue' THEN new.id ELSE '' END)
        );
      END;

      CREATE TRIGGER goal_fts_after_update AFTER UPDATE OF text_nb, text_en, grep_code ON goal BEGIN
        UPDATE goal_fts
        SET text_nb = new.text_nb, text_en = new.text_en,
            code = coalesce(new.grep_code, CASE WHEN new.source = 'catalogue' THEN new.id ELSE '' END)
        WHERE rowid = (SELECT rowid FROM goal_search_key WHERE goal_id = new.id);
      END;

      CREATE TRIGGER goal_fts_before_delete BEFORE DELETE ON goal BEGIN
        DELETE FROM goal_fts WHERE rowid = (SELECT rowid FROM goal_search_key WHERE goal_id = old.id);
        DELETE FROM goal_search_key WHERE goal_id = old.id;
      END;
    `);
  },
};
