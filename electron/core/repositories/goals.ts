import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Goal, GoalDraft } from '../../../shared/domain/goals';
import { ApiFailure, invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { stripUndefined } from '../db/json';

export interface GoalRow {
  id: string;
  source: Goal['source'];
  catalogue_version: string | null;
  level: Goal['level'];
  skill: Goal['skill'];
  domain: Goal['domain'];
  trade: Goal['trade'];
  text_nb: string;
  text_en: string;
  status: Goal['status'];
  grep_code: string | null;
  grep_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function toGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    source: row.source,
    catalogueVersion: row.catalogue_version,
    level: row.level,
    skill: row.skill,
    domain: row.domain,
    trade: row.trade,
    textNb: row.text_nb,
    textEn: row.text_en,
    status: row.status,
    grepCode: row.grep_code,
    grepId: row.grep_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/**
 * One goal, also when retired: a lesson that links to it must still show its text.
 * Tombstoned goals are found only with `includeDeleted` (restore needs them).
 */
export function getGoal(db: Database, id: string, includeDeleted = false): Goal {
  const row = db.prepare('SELECT * FROM goal WHERE id = ?').get(id) as GoalRow | undefined;
  if (!row || (row.deleted_at !== null && !includeDeleted)) throw notFound();
  return toGoal(row);
}

/** Catalogue goals are ours and shared by every centre; only teacher and imported goals change. */
function editableGoal(db: Database, id: string, includeDeleted = false): Goal {
  const goal = getGoal(db, id, includeDeleted);
  if (goal.source === 'catalogue') throw invalidField('id', 'readOnly');
  return goal;
}

export function insertGoal(db: Database, source: 'teacher' | 'import', draft: GoalDraft, stamp = now()): string {
  const id = newId();
  db.prepare(
    `INSERT INTO goal (id, source, level, skill, domain, trade, text_nb, text_en, status, grep_code, grep_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, source, draft.level, draft.skill, draft.domain, draft.trade, draft.textNb, draft.textEn,
    draft.status, draft.grepCode, draft.grepId, stamp, stamp);
  return id;
}

export function createGoal(db: Database, input: ParsedInput<'goals.create'>): Goal {
  const id = insertGoal(db, 'teacher', { ...input, grepCode: null, grepId: null, status: 'active' });
  return getGoal(db, id);
}

export function updateGoal(db: Database, input: ParsedInput<'goals.update'>): Goal {
  const current = editableGoal(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  db.prepare(
    `UPDATE goal SET level = ?, skill = ?, domain = ?, trade = ?, text_nb = ?, text_en = ?, updated_at = ?
     WHERE id = ?`,
  ).run(next.level, next.skill, next.domain, next.trade, next.textNb, next.textEn, now(), input.id);
  return getGoal(db, input.id);
}

/** Bin or restore a teacher or imported goal; the row stays, so an undo is exact. */
export function setGoalDeleted(db: Database, id: string, deleted: boolean): void {
  const goal = editableGoal(db, id, true);
  if (!deleted && goal.grepId !== null) {
    // The same Grep goal may have been imported again while this one sat in the bin.
    const twin = db.prepare('SELECT 1 FROM goal WHERE grep_id = ? AND deleted_at IS NULL AND id <> ?').get(goal.grepId, id);
    if (twin) throw new ApiFailure('conflict');
  }
  const stamp = now();
  const result = db
    .prepare('UPDATE goal SET deleted_at = ?, updated_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?')
    .run(deleted ? stamp : null, stamp, id, deleted ? 1 : 0);
  if (result.changes === 0) throw notFound();
}
