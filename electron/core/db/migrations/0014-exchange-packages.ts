import type { Migration } from './types';

/**
 * Exchange packages (shared/domain/exchange.ts). On the centre: the install id that every
 * outgoing package names, the packages sent with their per-package secret and what they
 * held, the translations as they were when a package was made (the base for finding
 * conflicts), and each merge with what it changed, so a merge can be undone in one step.
 * On an assistant's laptop: the packages received, with the plans kept as sent (read-only).
 *
 * JSON columns, written by core: exchange_package_sent.contents is { lessonIds, themeIds,
 * termIds } as sent; exchange_merge.changes is [{ translationId, stamp, before }], where
 * `before` is null for a translation the merge made and `stamp` is the updated_at it wrote.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'exchange-packages',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_identity (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        install_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exchange_package_sent (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        assistant_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        assistant_name TEXT NOT NULL,
        secret TEXT NOT NULL CHECK (length(secret) = 43),
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL CHECK (to_date >= from_date),
        contents TEXT NOT NULL DEFAULT '{}',
        merged_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX exchange_package_sent_by_course ON exchange_package_sent(course_id, created_at);

      CREATE TABLE exchange_base_translation (
        package_id TEXT NOT NULL REFERENCES exchange_package_sent(id) ON DELETE CASCADE,
        term_id TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        transliteration TEXT NOT NULL,
        example TEXT NOT NULL,
        direction TEXT NOT NULL,
        status TEXT NOT NULL,
        PRIMARY KEY (package_id, term_id, language)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exchange_merge (
        id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL REFERENCES exchange_package_sent(id) ON DELETE CASCADE,
        changes TEXT NOT NULL,
        undone_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exchange_merge_by_package ON exchange_merge(package_id);

      CREATE TABLE exchange_package_received (
        id TEXT PRIMARY KEY,
        centre_id TEXT NOT NULL,
        secret TEXT NOT NULL CHECK (length(secret) = 43),
        course_name TEXT NOT NULL,
        assistant_name TEXT NOT NULL,
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL,
        plans TEXT NOT NULL,
        term_ids TEXT NOT NULL DEFAULT '[]',
        received_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
    `);
  },
};
