import type { Migration } from './types';

/**
 * Practice sites (praksisplasser) and placements (praksisperioder). A site's contact people,
 * the buddy among them, are a JSON array on the site: they are only ever read and edited with
 * it. org_number holds the 9 digits without spaces, checked in core (mod 11). A placement's
 * weekdays are a JSON array of 'mon'..'fri'; that a participant's placements do not share a
 * weekday in overlapping periods is checked in core, where tombstones can be left out.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'practice-sites',
  up(db) {
    db.exec(`
      CREATE TABLE practice_site (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        org_number TEXT CHECK (org_number IS NULL OR (length(org_number) = 9 AND org_number NOT GLOB '*[^0-9]*')),
        address TEXT NOT NULL DEFAULT '',
        trade TEXT,
        contacts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts) AND json_type(contacts) = 'array'),
        note TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE TABLE placement (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        site_id TEXT NOT NULL REFERENCES practice_site(id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL CHECK (end_date >= start_date),
        weekdays TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(weekdays) AND json_type(weekdays) = 'array'),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX placement_by_participant ON placement(participant_id, start_date);
      CREATE INDEX placement_by_site ON placement(site_id, start_date);
    `);
  },
};
