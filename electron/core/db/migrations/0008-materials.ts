import type { Migration } from './types';

/**
 * Captured material (photos, audio, video, documents). The bytes live once in the
 * content-addressed store (materials/<aa>/<sha256>), so sha256 is unique: the same file
 * imported twice is the same row. A material belongs to a participant (gone with them when a
 * participant is purged); its placement and site are context that may be cleared.
 * `others_appear` / `others_consent` record whether other people can be seen or heard and
 * whether they agreed; core refuses printing and export while they appear without consent.
 * `search_text` holds the folded caption, transcript, tags and file name for the list search.
 * `lesson_material` says which lessons use which material; core keeps it in step with the
 * lesson text whenever that is saved.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'materials',
  up(db) {
    db.exec(`
      CREATE TABLE material (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        kind TEXT NOT NULL CHECK (kind IN ('image', 'audio', 'video', 'pdf', 'document')),
        media_type TEXT NOT NULL CHECK (length(media_type) BETWEEN 3 AND 100),
        original_name TEXT NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
        size INTEGER NOT NULL CHECK (size > 0),
        width INTEGER CHECK (width IS NULL OR width > 0),
        height INTEGER CHECK (height IS NULL OR height > 0),
        date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        date_from_exif INTEGER NOT NULL DEFAULT 0 CHECK (date_from_exif IN (0, 1)),
        participant_id TEXT REFERENCES participant(id) ON DELETE CASCADE,
        placement_id TEXT REFERENCES placement(id) ON DELETE SET NULL,
        site_id TEXT REFERENCES practice_site(id) ON DELETE SET NULL,
        caption TEXT NOT NULL DEFAULT '',
        transcript TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        others_appear INTEGER NOT NULL DEFAULT 0 CHECK (others_appear IN (0, 1)),
        others_consent INTEGER NOT NULL DEFAULT 0 CHECK (others_consent IN (0, 1)),
        has_thumbnail INTEGER NOT NULL DEFAULT 0 CHECK (has_thumbnail IN (0, 1)),
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX material_by_sha256 ON material(sha256);
      -- The gallery's order (newest first by capture date, then import time), live items only.
      CREATE INDEX material_by_newest ON material(coalesce(date, substr(created_at, 1, 10)) DESC, created_at DESC, id DESC)
        WHERE deleted_at IS NULL;
      CREATE INDEX material_by_participant ON material(participant_id, date);
      CREATE INDEX material_by_placement ON material(placement_id);
      CREATE INDEX material_by_site ON material(site_id);
      CREATE INDEX material_by_kind ON material(kind);

      CREATE TABLE material_goal (
        material_id TEXT NOT NULL REFERENCES material(id) ON DELETE CASCADE,
        goal_id TEXT NOT NULL REFERENCES goal(id),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (material_id, goal_id)
      ) STRICT;
      CREATE INDEX material_goal_by_goal ON material_goal(goal_id);

      CREATE TABLE lesson_material (
        lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
        material_id TEXT NOT NULL REFERENCES material(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (lesson_id, material_id)
      ) STRICT;
      CREATE INDEX lesson_material_by_material ON lesson_material(material_id);
    `);
  },
};
