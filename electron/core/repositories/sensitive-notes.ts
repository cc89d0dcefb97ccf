import { setDeleted } from '../db/tombstone';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type {
  SensitiveNote,
  SensitiveNoteCategory,
  SensitiveNoteLogEntry,
  SensitiveNoteSummary,
} from '../../../shared/domain/sensitive-notes';
import { ApiFailure, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { checkParticipant } from './participants';
import type { SensitiveKeyProvider } from '../services/sensitive-notes/key-file';
import { SensitiveKeyError, decryptNote, encryptNote } from '../services/sensitive-notes/note-cipher';

interface NoteRow {
  id: string;
  participant_id: string;
  category: SensitiveNoteCategory;
  ciphertext: Buffer;
  created_at: string;
  updated_at: string;
}

type Action = SensitiveNoteLogEntry['action'];

const summary = (row: NoteRow): SensitiveNoteSummary => ({
  id: row.id,
  participantId: row.participant_id,
  category: row.category,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const keyMissing = (): ApiFailure => new ApiFailure('conflict', undefined, { reason: 'sensitiveKeyMissing' });

/** A note that does not open with the key at hand (a key file lost or replaced) is the same answer as no key. */
function decrypt(key: SensitiveKeyProvider | undefined, row: NoteRow): string {
  try {
    return decryptNote(keyOf(key), row.id, row.participant_id, row.ciphertext);
  } catch (error) {
    if (error instanceof SensitiveKeyError) throw keyMissing();
    throw error;
  }
}

function keyOf(provider: SensitiveKeyProvider | undefined): Buffer {
  if (!provider) throw keyMissing();
  try {
    return provider();
  } catch (error) {
    if (error instanceof SensitiveKeyError) throw keyMissing();
    throw error;
  }
}

function log(db: Database, row: { id: string; participant_id: string }, action: Action, role: string): void {
  db.prepare('INSERT INTO sensitive_note_log (id, note_id, participant_id, action, role, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    newId(), row.id, row.participant_id, action, role, now(),
  );
}

function noteRow(db: Database, id: string, deleted = false): NoteRow {
  const row = db
    .prepare(`SELECT * FROM sensitive_note WHERE id = ? AND (deleted_at IS NOT NULL) = ?`)
    .get(id, deleted ? 1 : 0) as NoteRow | undefined;
  if (!row) throw notFound();
  return row;
}

/** That notes exist, their kind and date: the list never carries text and is not logged. */
export function listSensitiveNotes(db: Database, participantId: string): SensitiveNoteSummary[] {
  const rows = db
    .prepare('SELECT * FROM sensitive_note WHERE participant_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC')
    .all(participantId) as NoteRow[];
  return rows.map(summary);
}

/** Decrypts one note for the person who asked, and writes that down. */
export function openSensitiveNote(db: Database, key: SensitiveKeyProvider | undefined, id: string, role: string): SensitiveNote {
  const row = noteRow(db, id);
  const text = decrypt(key, row);
  log(db, row, 'open', role);
  return { ...summary(row), text };
}

export function createSensitiveNote(
  db: Database,
  key: SensitiveKeyProvider | undefined,
  input: ParsedInput<'sensitiveNotes.create'>,
  role: string,
): SensitiveNote {
  checkParticipant(db, input.participantId);
  const id = newId();
  const stamp = now();
  db.prepare(
    'INSERT INTO sensitive_note (id, participant_id, category, ciphertext, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, input.participantId, input.category, encryptNote(keyOf(key), id, input.participantId, input.text), stamp, stamp);
  const row = noteRow(db, id);
  log(db, row, 'create', role);
  return { ...summary(row), text: input.text };
}

export function updateSensitiveNote(
  db: Database,
  key: SensitiveKeyProvider | undefined,
  input: ParsedInput<'sensitiveNotes.update'>,
  role: string,
): SensitiveNote {
  const current = noteRow(db, input.id);
  const secret = keyOf(key);
  const text = input.text ?? decrypt(key, current);
  db.prepare('UPDATE sensitive_note SET category = ?, ciphertext = ?, updated_at = ? WHERE id = ?').run(
    input.category ?? current.category, encryptNote(secret, current.id, current.participant_id, text), now(), current.id,
  );
  const row = noteRow(db, current.id);
  log(db, row, 'update', role);
  return { ...summary(row), text };
}

export function setSensitiveNoteDeleted(db: Database, id: string, deleted: boolean, role: string): SensitiveNoteSummary {
  setDeleted(db, 'sensitive_note', id, deleted);
  const row = noteRow(db, id, deleted);
  log(db, row, deleted ? 'delete' : 'restore', role);
  return summary(row);
}

/** Who opened or changed a participant's notes, newest first. */
export function sensitiveNoteLog(db: Database, participantId: string): SensitiveNoteLogEntry[] {
  return (
    db
      .prepare('SELECT note_id, action, role, at FROM sensitive_note_log WHERE participant_id = ? ORDER BY at DESC, id DESC')
      .all(participantId) as { note_id: string; action: Action; role: string; at: string }[]
  ).map((row) => ({ noteId: row.note_id, action: row.action, role: row.role, at: row.at }));
}
