import { setDeleted } from '../db/tombstone';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import {
  levelAllowedForSource,
  subTestProblem,
  skillPart,
  type AssessmentSkill,
  type AssessmentSource,
  type Level,
  type LevelPair,
  type NorskprovenTest,
} from '../../../shared/domain/assessment-levels';
import type { Assessment } from '../../../shared/domain/assessments';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray } from '../db/json';
import { localToday } from '../services/attendance/today';
import { writeAudit } from './assessment-audit';
import { checkParticipant } from './participants';

interface AssessmentRow {
  id: string;
  participant_id: string;
  skill: AssessmentSkill;
  level: Level;
  source: AssessmentSource;
  date: string;
  sitting_id: string | null;
  level_pair: LevelPair | null;
  checklist: string;
  comment: string;
  recorded_by: string | null;
  recorded_by_name: string | null;
  corrected: number;
  created_at: string;
  updated_at: string;
}

interface EvidenceRow {
  assessment_id: string;
  id: string;
  title: string;
  date: string;
}

// The sitting must be live too: a deleted sitting takes its results out of sight with it.
const assessmentSelect = `
  SELECT a.*, s.name AS recorded_by_name
  FROM assessment a
  LEFT JOIN staff s ON s.id = a.recorded_by
  LEFT JOIN norskproven_sitting ns ON ns.id = a.sitting_id
  WHERE a.deleted_at IS NULL AND (a.sitting_id IS NULL OR ns.deleted_at IS NULL)`;

function toAssessment(row: AssessmentRow, lessons: EvidenceRow[], materialIds: string[]): Assessment {
  return {
    id: row.id,
    participantId: row.participant_id,
    skill: row.skill,
    level: row.level,
    source: row.source,
    date: row.date,
    comment: row.comment,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    sittingId: row.sitting_id,
    levelPair: row.level_pair,
    checklist: parseStringArray(row.checklist),
    lessons: lessons.map(({ id, title, date }) => ({ id, title, date })),
    materialIds,
    corrected: row.corrected === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const groupBy = <T extends { assessment_id: string }>(rows: T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.assessment_id, [...(map.get(row.assessment_id) ?? []), row]);
  return map;
};

/** Every live level of a participant, oldest first, with its evidence. */
export function listAssessments(db: Database, participantId: string): Assessment[] {
  const rows = db
    .prepare(`${assessmentSelect} AND a.participant_id = ? ORDER BY a.date, a.created_at, a.id`)
    .all(participantId) as AssessmentRow[];
  const lessons = groupBy(
    db
      .prepare(
        `SELECT al.assessment_id, l.id, l.title, l.date FROM assessment_lesson al
         JOIN assessment a ON a.id = al.assessment_id AND a.participant_id = ?
         JOIN lesson l ON l.id = al.lesson_id AND l.deleted_at IS NULL
         ORDER BY l.date, l.id`,
      )
      .all(participantId) as EvidenceRow[],
  );
  const materials = groupBy(
    db
      .prepare(
        `SELECT am.assessment_id, am.material_id FROM assessment_material am
         JOIN assessment a ON a.id = am.assessment_id AND a.participant_id = ?
         JOIN material m ON m.id = am.material_id AND m.deleted_at IS NULL
         ORDER BY am.created_at, am.material_id`,
      )
      .all(participantId) as { assessment_id: string; material_id: string }[],
  );
  return rows.map((row) =>
    toAssessment(row, lessons.get(row.id) ?? [], (materials.get(row.id) ?? []).map((item) => item.material_id)),
  );
}

export function getAssessment(db: Database, id: string): Assessment {
  const row = db.prepare(`${assessmentSelect} AND a.id = ?`).get(id) as AssessmentRow | undefined;
  if (!row) throw notFound();
  const lessons = db
    .prepare(
      `SELECT al.assessment_id, l.id, l.title, l.date FROM assessment_lesson al
       JOIN lesson l ON l.id = al.lesson_id AND l.deleted_at IS NULL WHERE al.assessment_id = ? ORDER BY l.date, l.id`,
    )
    .all(id) as EvidenceRow[];
  const materialIds = db
    .prepare(
      `SELECT am.material_id FROM assessment_material am JOIN material m ON m.id = am.material_id AND m.deleted_at IS NULL
       WHERE am.assessment_id = ? ORDER BY am.created_at, am.material_id`,
    )
    .pluck()
    .all(id) as string[];
  return toAssessment(row, lessons, materialIds);
}

/** A level cannot be judged on a day that has not come yet. */
export function checkNotFuture(date: string, path = 'date', today = localToday()): void {
  if (date > today) throw invalidField(path, 'futureDate');
}

function checkStaff(db: Database, id: string | null): void {
  if (id === null) return;
  const found = db.prepare('SELECT 1 FROM staff WHERE id = ? AND deleted_at IS NULL').get(id);
  if (!found) throw invalidField('recordedBy', 'unknownStaff');
}

function setEvidence(db: Database, assessmentId: string, lessonIds: readonly string[] | undefined, materialIds: readonly string[] | undefined): void {
  const stamp = now();
  if (lessonIds) {
    const find = db.prepare('SELECT 1 FROM lesson WHERE id = ? AND deleted_at IS NULL');
    lessonIds.forEach((id, index) => {
      if (!find.get(id)) throw invalidField(`lessonIds.${index}`, 'invalidValue');
    });
    db.prepare('DELETE FROM assessment_lesson WHERE assessment_id = ?').run(assessmentId);
    const insert = db.prepare('INSERT INTO assessment_lesson (assessment_id, lesson_id, created_at) VALUES (?, ?, ?)');
    for (const id of lessonIds) insert.run(assessmentId, id, stamp);
  }
  if (materialIds) {
    const find = db.prepare('SELECT 1 FROM material WHERE id = ? AND deleted_at IS NULL');
    materialIds.forEach((id, index) => {
      if (!find.get(id)) throw invalidField(`materialIds.${index}`, 'invalidValue');
    });
    db.prepare('DELETE FROM assessment_material WHERE assessment_id = ?').run(assessmentId);
    const insert = db.prepare('INSERT INTO assessment_material (assessment_id, material_id, created_at) VALUES (?, ?, ?)');
    for (const id of materialIds) insert.run(assessmentId, id, stamp);
  }
}

export interface NewLevel {
  participantId: string;
  skill: AssessmentSkill;
  level: Level;
  source: AssessmentSource;
  date: string;
  comment?: string;
  recordedBy?: string | null;
  sittingId?: string | null;
  levelPair?: LevelPair | null;
  checklist?: readonly string[];
}

/** Stores one level and its "created" line in the audit trail. Checks are the caller's. */
export function insertLevel(db: Database, level: NewLevel): string {
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO assessment (id, participant_id, skill, level, source, date, sitting_id, level_pair, checklist, comment,
       recorded_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, level.participantId, level.skill, level.level, level.source, level.date, level.sittingId ?? null, level.levelPair ?? null,
    JSON.stringify(level.checklist ?? []), level.comment ?? '', level.recordedBy ?? null, stamp, stamp,
  );
  writeAudit(db, { assessmentId: id, participantId: level.participantId, action: 'create', newLevel: level.level, newDate: level.date, changedBy: level.recordedBy ?? null });
  return id;
}

export function createAssessment(db: Database, input: ParsedInput<'assessments.create'>, today = localToday()): Assessment {
  checkParticipant(db, input.participantId);
  checkNotFuture(input.date, 'date', today);
  checkStaff(db, input.recordedBy);
  const id = insertLevel(db, input);
  setEvidence(db, id, input.lessonIds, input.materialIds);
  return getAssessment(db, id);
}

/**
 * Corrects a level. The old value stays in the audit trail; an official result is never
 * changed silently: it needs a reason, may only take official values and keeps the
 * writing ceiling of its level pair.
 */
export function updateAssessment(db: Database, input: ParsedInput<'assessments.update'>, today = localToday()): Assessment {
  const current = getAssessment(db, input.id);
  const level = input.level ?? current.level;
  const date = input.date ?? current.date;
  const levelChanged = level !== current.level || date !== current.date;
  if (input.date) checkNotFuture(input.date, 'date', today);
  if (!levelAllowedForSource(current.source, level)) throw invalidField('level', 'invalidValue');
  if (current.source === 'official') {
    if (levelChanged && !input.reason) throw invalidField('reason', 'reasonRequired');
    const test = db.prepare('SELECT test FROM norskproven_sitting WHERE id = ?').pluck().get(current.sittingId) as NorskprovenTest;
    const problem = subTestProblem(test, skillPart[current.skill], level, current.levelPair);
    if (problem === 'aboveLevelPair') throw invalidField('level', 'aboveLevelPair');
    if (problem) throw invalidField('level', 'invalidValue');
    // The date of an official result is the sitting's date.
    if (input.date && input.date !== current.date) throw invalidField('date', 'sittingDate');
  }
  if (current.source === 'self' && input.level && input.level !== current.level) {
    // A self-assessment is the participant's own; it follows the ticked lines, not the teacher.
    throw invalidField('level', 'selfAssessmentOwn');
  }
  db.prepare(
    `UPDATE assessment SET level = ?, date = ?, comment = ?, corrected = corrected OR ?, updated_at = ? WHERE id = ?`,
  ).run(level, date, input.comment ?? current.comment, levelChanged ? 1 : 0, now(), input.id);
  setEvidence(db, input.id, input.lessonIds, input.materialIds);
  if (levelChanged) {
    writeAudit(db, {
      assessmentId: input.id, participantId: current.participantId, action: 'correct',
      oldLevel: current.level, newLevel: level, oldDate: current.date, newDate: date, reason: input.reason ?? '', changedBy: null,
    });
  }
  return getAssessment(db, input.id);
}

/** To the bin and back, each written to the audit trail. Official results go with their sitting. */
export function setAssessmentDeleted(db: Database, id: string, deleted: boolean): void {
  const row = db.prepare('SELECT participant_id, level, date, source FROM assessment WHERE id = ?').get(id) as
    | { participant_id: string; level: Level; date: string; source: AssessmentSource }
    | undefined;
  if (!row) throw notFound();
  setDeleted(db, 'assessment', id, deleted);
  writeAudit(db, {
    assessmentId: id, participantId: row.participant_id, action: deleted ? 'delete' : 'restore',
    oldLevel: deleted ? row.level : null, newLevel: deleted ? null : row.level,
    oldDate: deleted ? row.date : null, newDate: deleted ? null : row.date, changedBy: null,
  });
}

export function restoreAssessment(db: Database, id: string): Assessment {
  const row = db.prepare('SELECT sitting_id, skill FROM assessment WHERE id = ?').get(id) as
    | { sitting_id: string | null; skill: AssessmentSkill }
    | undefined;
  if (row?.sitting_id) {
    // Another result for the same part may have been entered meanwhile.
    const taken = db
      .prepare('SELECT 1 FROM assessment WHERE sitting_id = ? AND skill = ? AND deleted_at IS NULL AND id <> ?')
      .get(row.sitting_id, row.skill, id);
    if (taken) throw invalidField('part', 'subTestTaken');
  }
  setAssessmentDeleted(db, id, false);
  return getAssessment(db, id);
}
