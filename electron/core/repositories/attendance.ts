import type { Database } from 'better-sqlite3';
import type { AttendanceRecord, AttendanceStatus } from '../../../shared/domain/attendance';
import { newId, now } from '../db/ids';

interface AttendanceDbRow {
  id: string;
  lesson_id: string;
  participant_id: string;
  status: AttendanceStatus;
  minutes_attended: number | null;
  note: string;
  recorded_by: string | null;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: AttendanceDbRow): AttendanceRecord => ({
  id: row.id,
  lessonId: row.lesson_id,
  participantId: row.participant_id,
  status: row.status,
  minutesAttended: row.minutes_attended,
  note: row.note,
  recordedBy: row.recorded_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The live records of one lesson, by participant id. */
export function recordsOfLesson(db: Database, lessonId: string): Map<string, AttendanceRecord> {
  const rows = db
    .prepare('SELECT * FROM attendance WHERE lesson_id = ? AND deleted_at IS NULL')
    .all(lessonId) as AttendanceDbRow[];
  return new Map(rows.map((row) => [row.participant_id, toRecord(row)]));
}

export interface AttendanceWrite {
  lessonId: string;
  participantId: string;
  status: AttendanceStatus;
  minutesAttended: number | null;
  /** Undefined keeps the stored note. */
  note?: string;
}

/**
 * Stores one record, reviving a cleared one (the row id stays, so a sync sees one row).
 * An unchanged record is left alone, so updated_at tells when something really changed.
 */
export function upsertAttendance(db: Database, write: AttendanceWrite, stamp = now()): void {
  db.prepare(
    `INSERT INTO attendance (id, lesson_id, participant_id, status, minutes_attended, note, created_at, updated_at)
     VALUES (@id, @lessonId, @participantId, @status, @minutes, coalesce(@note, ''), @stamp, @stamp)
     ON CONFLICT (lesson_id, participant_id) DO UPDATE SET
       status = excluded.status,
       minutes_attended = excluded.minutes_attended,
       note = coalesce(@note, attendance.note),
       updated_at = excluded.updated_at,
       deleted_at = NULL
     WHERE attendance.deleted_at IS NOT NULL
       OR attendance.status IS NOT excluded.status
       OR attendance.minutes_attended IS NOT excluded.minutes_attended
       OR attendance.note IS NOT coalesce(@note, attendance.note)`,
  ).run({
    id: newId(),
    lessonId: write.lessonId,
    participantId: write.participantId,
    status: write.status,
    minutes: write.minutesAttended,
    note: write.note ?? null,
    stamp,
  });
}

/** Removes a record, leaving a tombstone. */
export function clearAttendance(db: Database, lessonId: string, participantId: string, stamp = now()): void {
  db.prepare(
    'UPDATE attendance SET deleted_at = ?, updated_at = ? WHERE lesson_id = ? AND participant_id = ? AND deleted_at IS NULL',
  ).run(stamp, stamp, lessonId, participantId);
}
