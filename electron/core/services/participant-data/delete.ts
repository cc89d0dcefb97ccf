import { rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { fullName, sameName, type ParticipantDeleteResult } from '../../../../shared/domain/participant-data';
import { invalidField, notFound } from '../../db/errors';
import { blobPath, thumbnailPath, type MaterialStore } from '../materials/store';
import { logPrivacyEvent } from './privacy-log';
import { deleteRows, rowsAbout } from './rows-about';

/** Removes the files of the given content addresses that no material row (live or in the bin) points to any more. */
export function removeUnusedFiles(db: Database, store: MaterialStore, addresses: readonly string[]): number {
  const used = db.prepare('SELECT 1 FROM material WHERE sha256 = ? LIMIT 1').pluck();
  let removed = 0;
  for (const sha256 of addresses) {
    if (used.get(sha256) !== undefined) continue;
    rmSync(blobPath(store, sha256), { force: true });
    rmSync(thumbnailPath(store, sha256), { force: true });
    removed += 1;
  }
  return removed;
}

/**
 * Deletes a participant completely: every row about them (no tombstone, so no undo), then
 * their material files that no other material uses, thumbnails included. The user confirms
 * by typing the participant's name. The privacy log keeps that a participant was deleted,
 * with counts and without who it was.
 *
 * SQLite's secure_delete overwrites the freed pages, and a checkpoint afterwards moves them
 * out of the write-ahead log, so the text does not linger in the database file. Files are
 * removed after the transaction has committed (a failed commit keeps rows and files
 * together) and only when, looked at again then, no row uses them.
 */
export function deleteParticipantCompletely(
  db: Database,
  store: MaterialStore | undefined,
  input: { participantId: string; confirmName: string },
  role: string,
): ParticipantDeleteResult {
  const person = db.prepare('SELECT given_name, family_name FROM participant WHERE id = ?').get(input.participantId) as
    | { given_name: string; family_name: string }
    | undefined;
  if (!person) throw notFound();
  if (!sameName(input.confirmName, fullName(person.given_name, person.family_name))) throw invalidField('confirmName', 'invalidValue');

  const found = rowsAbout(db, input.participantId);
  if (!found) throw notFound();
  const addresses = [...new Set((found.tables.get('material') ?? []).map((row) => String(row.sha256)))];

  const secureBefore = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  let rows: number;
  try {
    rows = deleteRows(db, found);
  } finally {
    db.pragma(`secure_delete = ${secureBefore}`);
  }

  const used = db.prepare('SELECT 1 FROM material WHERE sha256 = ? LIMIT 1').pluck();
  const files = store ? addresses.filter((sha256) => used.get(sha256) === undefined).length : 0;
  logPrivacyEvent(db, 'delete', null, role, { rows, files });

  // After the commit: the handler runs inside the call's transaction.
  setImmediate(() => {
    try {
      if (db.prepare('SELECT 1 FROM participant WHERE id = ?').get(input.participantId) !== undefined) return;
      if (store) removeUnusedFiles(db, store, addresses);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // The database was closed meanwhile (the app quitting): the rows are gone, and files no row points to are never shown.
    }
  });
  return { rows, files };
}
