import type { Database } from 'better-sqlite3';
import type { AssessmentSkill, AssessmentSource, Level } from '../../../shared/domain/assessment-levels';
import type { AuditEntry } from '../../../shared/domain/assessments';
import { newId, now } from '../db/ids';

export interface AuditLine {
  assessmentId: string;
  participantId: string;
  action: AuditEntry['action'];
  oldLevel?: Level | null;
  newLevel?: Level | null;
  oldDate?: string | null;
  newDate?: string | null;
  reason?: string;
  /** Staff id; null while there are no user profiles (everyone acts as teacher). */
  changedBy: string | null;
}

/** Appends one line to the level audit trail. Lines are never changed or removed. */
export function writeAudit(db: Database, line: AuditLine): void {
  db.prepare(
    `INSERT INTO level_audit (id, assessment_id, participant_id, action, old_level, new_level, old_date, new_date, reason,
       changed_by, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(), line.assessmentId, line.participantId, line.action, line.oldLevel ?? null, line.newLevel ?? null,
    line.oldDate ?? null, line.newDate ?? null, line.reason ?? '', line.changedBy, now(),
  );
}

interface AuditRow {
  id: string;
  assessment_id: string;
  skill: AssessmentSkill;
  source: AssessmentSource;
  action: AuditEntry['action'];
  old_level: Level | null;
  new_level: Level | null;
  old_date: string | null;
  new_date: string | null;
  reason: string;
  changed_by: string | null;
  changed_by_name: string | null;
  changed_at: string;
}

/** A participant's level audit trail, newest first. */
export function listAudit(db: Database, participantId: string): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT la.*, a.skill, a.source, s.name AS changed_by_name
       FROM level_audit la
       JOIN assessment a ON a.id = la.assessment_id
       LEFT JOIN staff s ON s.id = la.changed_by
       WHERE la.participant_id = ?
       ORDER BY la.changed_at DESC, la.id DESC`,
    )
    .all(participantId) as AuditRow[];
  return rows.map((row) => ({
    id: row.id,
    assessmentId: row.assessment_id,
    skill: row.skill,
    source: row.source,
    action: row.action,
    oldLevel: row.old_level,
    newLevel: row.new_level,
    oldDate: row.old_date,
    newDate: row.new_date,
    reason: row.reason,
    changedBy: row.changed_by,
    changedByName: row.changed_by_name,
    changedAt: row.changed_at,
  }));
}
