import type { Database } from 'better-sqlite3';
import type { DocumentKind, DocumentLanguage, IssuedDocument } from '../../../shared/domain/certificates';
import { normalizeForSearch } from '../../../shared/domain/search-text';
import { notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { documentSnapshotSchema, type DocumentSnapshot } from '../services/certificates/snapshot';

interface IssuedRow {
  id: string;
  serial: string;
  kind: DocumentKind;
  language: DocumentLanguage;
  participant_id: string | null;
  participant_name: string;
  course_id: string | null;
  course_name: string;
  issued_on: string;
  revoked_at: string | null;
  revoke_reason: string | null;
}

const columns = 'id, serial, kind, language, participant_id, participant_name, course_id, course_name, issued_on, revoked_at, revoke_reason';

const toIssued = (row: IssuedRow): IssuedDocument => ({
  id: row.id,
  serial: row.serial,
  kind: row.kind,
  language: row.language,
  participantId: row.participant_id,
  participantName: row.participant_name,
  courseId: row.course_id,
  courseName: row.course_name,
  issuedOn: row.issued_on,
  revokedAt: row.revoked_at,
  revokeReason: row.revoke_reason,
});

/** SB-2026-000123: the year it was issued and the running number, six digits or more. */
export const formatSerial = (year: string, seq: number): string => `SB-${year}-${String(seq).padStart(6, '0')}`;

export interface NewIssuedDocument {
  kind: DocumentKind;
  language: DocumentLanguage;
  participantId: string;
  participantName: string;
  courseId: string | null;
  courseName: string;
  issuedOn: string;
  snapshot: DocumentSnapshot;
}

/**
 * Records one issued document with the next running number. Called inside the API call's
 * transaction: SQLite lets one writer in at a time, and seq is UNIQUE, so two issues can
 * never take the same number, even from two windows at once.
 */
export function insertIssuedDocument(db: Database, input: NewIssuedDocument): IssuedDocument {
  const id = newId();
  const seq = ((db.prepare('SELECT max(seq) FROM issued_document').pluck().get() as number | null) ?? 0) + 1;
  const serial = formatSerial(input.issuedOn.slice(0, 4), seq);
  const stamp = now();
  db.prepare(
    `INSERT INTO issued_document (id, seq, serial, kind, language, participant_id, course_id, participant_name, course_name, search_text, snapshot, issued_on, created_at, updated_at)
     VALUES (@id, @seq, @serial, @kind, @language, @participantId, @courseId, @participantName, @courseName, @searchText, @snapshot, @issuedOn, @stamp, @stamp)`,
  ).run({
    id,
    seq,
    serial,
    kind: input.kind,
    language: input.language,
    participantId: input.participantId,
    courseId: input.courseId,
    participantName: input.participantName,
    courseName: input.courseName,
    searchText: normalizeForSearch(`${input.participantName} ${serial} ${input.courseName}`),
    snapshot: JSON.stringify(input.snapshot),
    issuedOn: input.issuedOn,
    stamp,
  });
  return getIssuedDocument(db, id);
}

export function getIssuedDocument(db: Database, id: string): IssuedDocument {
  const row = db.prepare(`SELECT ${columns} FROM issued_document WHERE id = ?`).get(id) as IssuedRow | undefined;
  if (!row) throw notFound();
  return toIssued(row);
}

export function getIssuedSnapshot(db: Database, id: string): DocumentSnapshot {
  const text = db.prepare('SELECT snapshot FROM issued_document WHERE id = ?').pluck().get(id) as string | undefined;
  if (text === undefined) throw notFound();
  return documentSnapshotSchema.parse(JSON.parse(text));
}

/** Stores what the credentials step added (the QR code) in the document's snapshot. */
export function setIssuedSnapshot(db: Database, id: string, snapshot: DocumentSnapshot): void {
  db.prepare('UPDATE issued_document SET snapshot = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(snapshot), now(), id);
}

export interface IssuedFilter {
  search?: string | undefined;
  kind?: DocumentKind | undefined;
  courseId?: string | undefined;
}

/** The register, newest first; search matches name, serial and class name. */
export function listIssuedDocuments(db: Database, filter: IssuedFilter): IssuedDocument[] {
  const search = filter.search ? normalizeForSearch(filter.search) : '';
  const rows = db
    .prepare(
      `SELECT ${columns} FROM issued_document
       WHERE (@kind IS NULL OR kind = @kind) AND (@courseId IS NULL OR course_id = @courseId)
         AND (@search = '' OR instr(search_text, @search) > 0)
       ORDER BY seq DESC LIMIT 2000`,
    )
    .all({ kind: filter.kind ?? null, courseId: filter.courseId ?? null, search }) as IssuedRow[];
  return rows.map(toIssued);
}

/** Revoking keeps the document in the register, marked with when and why; it cannot be undone by accident. */
export function revokeIssuedDocument(db: Database, id: string, reason: string): IssuedDocument {
  const stamp = now();
  const changed = db
    .prepare('UPDATE issued_document SET revoked_at = ?, revoke_reason = ?, updated_at = ? WHERE id = ? AND revoked_at IS NULL')
    .run(stamp, reason, stamp, id).changes;
  if (changed === 0) getIssuedDocument(db, id);
  return getIssuedDocument(db, id);
}
