import type { Migration } from './types';

/**
 * The register of issued documents (certificates, diplomas, practice confirmations, end
 * letters) and the centre's own wording of each document's text blocks.
 *
 * Each issued document keeps a JSON snapshot of exactly what was printed (filled data,
 * template, texts, centre details), so a reprint is the same document after the data has
 * changed. `seq` is the running number behind the serial (SB-2026-000123): unique, given
 * out inside the issuing transaction, so two issues never share one. Revoking keeps the row
 * and records when and why. Purging a participant removes their documents with them.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'issued-documents',
  up(db) {
    db.exec(`
      CREATE TABLE issued_document (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE CHECK (seq > 0),
        serial TEXT NOT NULL UNIQUE CHECK (serial GLOB 'SB-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]*'),
        kind TEXT NOT NULL CHECK (kind IN ('course', 'diploma', 'practice', 'endLetter')),
        language TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
        participant_id TEXT REFERENCES participant(id) ON DELETE CASCADE,
        course_id TEXT REFERENCES course(id) ON DELETE SET NULL,
        participant_name TEXT NOT NULL,
        course_name TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        issued_on TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        revoked_at TEXT,
        revoke_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      ) STRICT;
      CREATE INDEX issued_document_by_participant ON issued_document(participant_id);
      CREATE INDEX issued_document_by_course ON issued_document(course_id, kind);

      CREATE TABLE document_text (
        kind TEXT NOT NULL CHECK (kind IN ('course', 'diploma', 'practice', 'endLetter')),
        language TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
        texts TEXT NOT NULL CHECK (json_valid(texts) AND json_type(texts) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, language)
      ) STRICT;
    `);
  },
};
