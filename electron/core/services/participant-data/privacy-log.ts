import type { Database } from 'better-sqlite3';
import type { PrivacyLogEntry } from '../../../../shared/domain/participant-data';
import { newId, now } from '../../db/ids';

type Action = PrivacyLogEntry['action'];

/** Writes one privacy event. A deletion is written without the participant id (the table refuses one). */
export function logPrivacyEvent(db: Database, action: Action, participantId: string | null, role: string, detail: Record<string, number> = {}): void {
  db.prepare('INSERT INTO privacy_log (id, action, participant_id, detail, role, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    newId(), action, action === 'delete' ? null : participantId, JSON.stringify(detail), role, now(),
  );
}

/** The latest privacy events, newest first. */
export function privacyLog(db: Database, limit = 200): PrivacyLogEntry[] {
  const rows = db
    .prepare('SELECT action, participant_id, role, at FROM privacy_log ORDER BY at DESC, id DESC LIMIT ?')
    .all(limit) as { action: Action; participant_id: string | null; role: string; at: string }[];
  return rows.map((row) => ({ action: row.action, participantId: row.participant_id, role: row.role, at: row.at }));
}
