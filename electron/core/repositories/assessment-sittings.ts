import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import {
  partSkill,
  skillPart,
  subTestProblem,
  type AssessmentSkill,
  type Level,
  type LevelPair,
  type NorskprovenTest,
} from '../../../shared/domain/assessment-levels';
import type { Sitting } from '../../../shared/domain/assessments';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { localToday } from '../services/attendance/today';
import { writeAudit } from './assessment-audit';
import { checkNotFuture, insertLevel } from './assessments';
import { checkParticipant } from './participants';

interface SittingRow {
  id: string;
  participant_id: string;
  date: string;
  test: NorskprovenTest;
  note: string;
  created_at: string;
  updated_at: string;
}

interface ResultRow {
  id: string;
  sitting_id: string;
  skill: AssessmentSkill;
  level: Level;
  level_pair: LevelPair | null;
  corrected: number;
}

function toSittings(sittings: SittingRow[], results: ResultRow[]): Sitting[] {
  return sittings.map((row) => ({
    id: row.id,
    participantId: row.participant_id,
    date: row.date,
    test: row.test,
    note: row.note,
    results: results
      .filter((result) => result.sitting_id === row.id)
      .map((result) => ({
        assessmentId: result.id,
        part: skillPart[result.skill],
        level: result.level,
        levelPair: result.level_pair,
        corrected: result.corrected === 1,
      })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

const partOrder = (skill: AssessmentSkill) => ['lese', 'lytte', 'skrive', 'muntlig'].indexOf(skill);

/** A participant's live sittings, oldest first, each with its live sub-test results. */
/** Live sub-test results in part order (lese, lytte, skrive, muntlig), of a participant's sittings or of one. */
function sittingResults(db: Database, where: 'participant_id' | 'sitting_id', id: string): ResultRow[] {
  const rows = db
    .prepare(
      `SELECT id, sitting_id, skill, level, level_pair, corrected FROM assessment
       WHERE ${where} = ? AND sitting_id IS NOT NULL AND deleted_at IS NULL`,
    )
    .all(id) as ResultRow[];
  return rows.sort((a, b) => partOrder(a.skill) - partOrder(b.skill));
}

export function listSittings(db: Database, participantId: string): Sitting[] {
  const sittings = db
    .prepare('SELECT * FROM norskproven_sitting WHERE participant_id = ? AND deleted_at IS NULL ORDER BY date, id')
    .all(participantId) as SittingRow[];
  return toSittings(sittings, sittingResults(db, 'participant_id', participantId));
}

export function getSitting(db: Database, id: string): Sitting {
  const row = db.prepare('SELECT * FROM norskproven_sitting WHERE id = ? AND deleted_at IS NULL').get(id) as SittingRow | undefined;
  if (!row) throw notFound();
  return toSittings([row], sittingResults(db, 'sitting_id', id))[0]!;
}

export function createSitting(db: Database, input: ParsedInput<'norskproven.create'>, today = localToday()): Sitting {
  checkParticipant(db, input.participantId);
  checkNotFuture(input.date, 'date', today);
  const id = newId();
  const stamp = now();
  db.prepare(
    'INSERT INTO norskproven_sitting (id, participant_id, date, test, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, input.participantId, input.date, input.test, input.note, stamp, stamp);
  for (const result of input.results) {
    insertLevel(db, {
      participantId: input.participantId, skill: partSkill[result.part], level: result.result, source: 'official',
      date: input.date, sittingId: id, levelPair: result.levelPair,
    });
  }
  return getSitting(db, id);
}

/** A sub-test added to a sitting afterwards; the same rules as when the sitting was entered. */
export function addSittingResult(db: Database, input: ParsedInput<'norskproven.addResult'>): Sitting {
  const sitting = getSitting(db, input.sittingId);
  const problem = subTestProblem(sitting.test, input.part, input.result, input.levelPair);
  if (problem === 'aboveLevelPair') throw invalidField('result', 'aboveLevelPair');
  if (problem === 'levelPairRequired') throw invalidField('levelPair', 'required');
  if (problem === 'levelPairNotUsed') throw invalidField('levelPair', 'invalidValue');
  if (problem) throw invalidField('result', 'invalidValue');
  if (sitting.results.some((result) => result.part === input.part)) throw invalidField('part', 'subTestTaken');
  insertLevel(db, {
    participantId: sitting.participantId, skill: partSkill[input.part], level: input.result, source: 'official',
    date: sitting.date, sittingId: sitting.id, levelPair: input.levelPair,
  });
  return getSitting(db, sitting.id);
}

/**
 * A sitting to the bin and back. Its results go out of sight with it; each of them is
 * written to the audit trail, since the participant's levels change.
 */
export function setSittingDeleted(db: Database, id: string, deleted: boolean): void {
  const row = db.prepare('SELECT participant_id FROM norskproven_sitting WHERE id = ? AND (deleted_at IS NULL) = ?').get(id, deleted ? 1 : 0) as
    | { participant_id: string }
    | undefined;
  if (!row) throw notFound();
  const stamp = now();
  db.prepare('UPDATE norskproven_sitting SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deleted ? stamp : null, stamp, id);
  const results = db
    .prepare('SELECT id, level, date FROM assessment WHERE sitting_id = ? AND deleted_at IS NULL')
    .all(id) as { id: string; level: Level; date: string }[];
  for (const result of results) {
    writeAudit(db, {
      assessmentId: result.id, participantId: row.participant_id, action: deleted ? 'delete' : 'restore',
      oldLevel: deleted ? result.level : null, newLevel: deleted ? null : result.level,
      oldDate: deleted ? result.date : null, newDate: deleted ? null : result.date, changedBy: null,
    });
  }
}
