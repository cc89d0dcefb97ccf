import type { Database } from 'better-sqlite3';
import { now } from '../../db/ids';
import type { RegisterEntry } from './verify';

/** The credential rows (migration 0016) and the register facts a check needs (H5's issued_document). */

export interface StoredCredential {
  documentId: string;
  serial: string;
  issuerDid: string;
  unsigned: Record<string, unknown>;
  signed: Record<string, unknown> | null;
}

interface CredentialRow {
  document_id: string;
  serial: string;
  issuer_did: string;
  unsigned: string;
  signed: string | null;
}

const fromRow = (row: CredentialRow): StoredCredential => ({
  documentId: row.document_id,
  serial: row.serial,
  issuerDid: row.issuer_did,
  unsigned: JSON.parse(row.unsigned) as Record<string, unknown>,
  signed: row.signed === null ? null : (JSON.parse(row.signed) as Record<string, unknown>),
});

/** Stores a document's unsigned credential (or replaces one still waiting for its signature). */
export function saveUnsigned(db: Database, documentId: string, serial: string, issuerDid: string, credential: object): void {
  const stamp = now();
  db.prepare(
    `INSERT INTO document_credential (document_id, serial, issuer_did, unsigned, signed, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET unsigned = excluded.unsigned, issuer_did = excluded.issuer_did, updated_at = excluded.updated_at
     WHERE document_credential.signed IS NULL`,
  ).run(documentId, serial, issuerDid, JSON.stringify(credential), stamp, stamp);
}

/** Fills in the signature once; a credential already signed is never replaced. */
export function saveSigned(db: Database, documentId: string, credential: object): boolean {
  const changed = db
    .prepare(`UPDATE document_credential SET signed = ?, updated_at = ? WHERE document_id = ? AND signed IS NULL`)
    .run(JSON.stringify(credential), now(), documentId).changes;
  return changed > 0;
}

export function credentialOf(db: Database, documentId: string): StoredCredential | undefined {
  const row = db.prepare(`SELECT document_id, serial, issuer_did, unsigned, signed FROM document_credential WHERE document_id = ?`).get(documentId) as CredentialRow | undefined;
  return row ? fromRow(row) : undefined;
}

export function credentialOfSerial(db: Database, serial: string): StoredCredential | undefined {
  const row = db.prepare(`SELECT document_id, serial, issuer_did, unsigned, signed FROM document_credential WHERE serial = ?`).get(serial) as CredentialRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** Credentials still waiting for their signature, oldest first. */
export function waitingCredentials(db: Database, limit: number): StoredCredential[] {
  const rows = db
    .prepare(`SELECT document_id, serial, issuer_did, unsigned, signed FROM document_credential WHERE signed IS NULL ORDER BY created_at LIMIT ?`)
    .all(limit) as CredentialRow[];
  return rows.map(fromRow);
}

export interface RegisterDocument extends RegisterEntry {
  id: string;
  participantName: string;
  courseName: string;
  kind: string;
  issuedOn: string;
}

/** The register row of a serial, read from the issued documents (revoked ones included). */
export function registerDocument(db: Database, serial: string): RegisterDocument | undefined {
  const row = db
    .prepare(
      `SELECT id, serial, participant_name, course_name, kind, issued_on, revoked_at, revoke_reason FROM issued_document WHERE serial = ?`,
    )
    .get(serial) as
    | { id: string; serial: string; participant_name: string; course_name: string; kind: string; issued_on: string; revoked_at: string | null; revoke_reason: string | null }
    | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    serial: row.serial,
    participantName: row.participant_name,
    courseName: row.course_name,
    kind: row.kind,
    issuedOn: row.issued_on,
    revokedAt: row.revoked_at,
    revokedReason: row.revoke_reason,
  };
}
