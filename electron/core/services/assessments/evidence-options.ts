import type { Database } from 'better-sqlite3';
import type { EvidenceOptions } from '../../../../shared/domain/assessments';
import { notFound } from '../../db/errors';
import { participantIsLive } from '../../repositories/participants';
import { localToday } from '../attendance/today';

const optionLimit = 200;

/**
 * The lessons (held in the participant's classes, newest first) and the participant's own
 * material that a teacher can attach to a level as evidence.
 */
export function evidenceOptions(db: Database, participantId: string, today = localToday()): EvidenceOptions {
  if (!participantIsLive(db, participantId)) throw notFound();
  const lessons = db
    .prepare(
      `SELECT l.id, l.title, l.date FROM enrolment e
       JOIN lesson l ON l.course_id = e.course_id AND l.deleted_at IS NULL AND l.status = 'planned' AND l.date <= ?
       WHERE e.participant_id = ? AND e.deleted_at IS NULL
       ORDER BY l.date DESC, l.start_time DESC LIMIT ${optionLimit}`,
    )
    .all(today, participantId) as { id: string; title: string; date: string }[];
  const materials = db
    .prepare(
      `SELECT id, CASE WHEN caption <> '' THEN caption ELSE original_name END AS name, date FROM material
       WHERE participant_id = ? AND deleted_at IS NULL ORDER BY coalesce(date, created_at) DESC LIMIT ${optionLimit}`,
    )
    .all(participantId) as { id: string; name: string; date: string | null }[];
  return { lessons, materials };
}
