import type { Migration } from './types';

/**
 * The signed Open Badges credential of each issued document, beside its register row.
 * `unsigned` is the credential as built in the issuing transaction; signing needs the
 * asynchronous credential libraries, so `signed` is filled a moment later (NULL until then;
 * the partial index finds the ones still waiting, also after a restart). A credential is
 * never edited or deleted on its own: revoking is the register's job, and the row goes with
 * its document (a participant's purge), so it has no tombstone.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'document-credentials',
  up(db) {
    db.exec(`
      CREATE TABLE document_credential (
        document_id TEXT PRIMARY KEY REFERENCES issued_document(id) ON DELETE CASCADE,
        serial TEXT NOT NULL UNIQUE,
        issuer_did TEXT NOT NULL CHECK (issuer_did GLOB 'did:key:z6Mk*'),
        unsigned TEXT NOT NULL CHECK (json_valid(unsigned) AND json_type(unsigned) = 'object'),
        signed TEXT CHECK (signed IS NULL OR (json_valid(signed) AND json_type(signed) = 'object')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX document_credential_waiting ON document_credential(created_at) WHERE signed IS NULL;
    `);
  },
};
