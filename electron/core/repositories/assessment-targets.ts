import { setDeleted } from '../db/tombstone';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { targetStatus, type AssessmentSkill, type Level } from '../../../shared/domain/assessment-levels';
import type { LevelTarget } from '../../../shared/domain/assessments';
import { notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { stripUndefined } from '../db/json';
import { localToday } from '../services/attendance/today';
import { listAssessments } from './assessments';
import { checkParticipant } from './participants';
import { skillStandings, standingForTarget } from '../../../shared/domain/assessment-standings';

interface TargetRow {
  id: string;
  participant_id: string;
  skill: AssessmentSkill;
  level: LevelTarget['level'];
  due_date: string;
  note: string;
  dropped: number;
  created_at: string;
  updated_at: string;
}

const toTarget = (row: TargetRow, standing: Level | null, today: string): LevelTarget => {
  const target = { level: row.level, dueDate: row.due_date, dropped: row.dropped === 1 };
  return {
    id: row.id,
    participantId: row.participant_id,
    skill: row.skill,
    level: row.level,
    dueDate: row.due_date,
    note: row.note,
    dropped: target.dropped,
    status: targetStatus(target, standing, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

/** A participant's live targets by due date, each with its status worked out from the levels. */
export function listTargets(
  db: Database,
  participantId: string,
  standings = skillStandings(listAssessments(db, participantId)),
  today = localToday(),
): LevelTarget[] {
  const rows = db
    .prepare('SELECT * FROM level_target WHERE participant_id = ? AND deleted_at IS NULL ORDER BY due_date, id')
    .all(participantId) as TargetRow[];
  return rows.map((row) => toTarget(row, standingForTarget(standings, row.skill), today));
}

export function getTarget(db: Database, id: string, today = localToday()): LevelTarget {
  const row = db.prepare('SELECT * FROM level_target WHERE id = ? AND deleted_at IS NULL').get(id) as TargetRow | undefined;
  if (!row) throw notFound();
  const standings = skillStandings(listAssessments(db, row.participant_id));
  return toTarget(row, standingForTarget(standings, row.skill), today);
}

export function createTarget(db: Database, input: ParsedInput<'levelTargets.create'>): LevelTarget {
  checkParticipant(db, input.participantId);
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO level_target (id, participant_id, skill, level, due_date, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.participantId, input.skill, input.level, input.dueDate, input.note, stamp, stamp);
  return getTarget(db, id);
}

export function updateTarget(db: Database, input: ParsedInput<'levelTargets.update'>): LevelTarget {
  const current = getTarget(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  db.prepare('UPDATE level_target SET level = ?, due_date = ?, note = ?, dropped = ?, updated_at = ? WHERE id = ?').run(
    next.level, next.dueDate, next.note, next.dropped ? 1 : 0, now(), input.id,
  );
  return getTarget(db, input.id);
}

export const setTargetDeleted = (db: Database, id: string, deleted: boolean): void => setDeleted(db, 'level_target', id, deleted);
