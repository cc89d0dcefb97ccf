import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { Goal } from '../../../../shared/domain/goals';
import { toGoal, type GoalRow } from '../../repositories/goals';
import { toFtsQuery } from './fts-query';

/**
 * Goal search: FTS5 for the words (ranked by bm25, the Norwegian text weighted above the
 * English and the code), plain columns for the filters. Tombstoned goals never show;
 * retired ones only when asked for, since old lessons may still point at them.
 */
export function searchGoals(db: Database, input: ParsedInput<'goals.search'>): Goal[] {
  const where = ['g.deleted_at IS NULL'];
  const params: (string | number)[] = [];
  const match = toFtsQuery(input.query);
  if (!input.includeRetired) where.push("g.status = 'active'");
  for (const [column, value] of [
    ['level', input.level],
    ['skill', input.skill],
    ['domain', input.domain],
    ['trade', input.trade],
  ] as const) {
    if (value === undefined) continue;
    where.push(`g.${column} = ?`);
    params.push(value);
  }
  if (match === undefined) {
    const rows = db
      .prepare(`SELECT g.* FROM goal g WHERE ${where.join(' AND ')} ORDER BY g.level, g.skill, g.domain, g.text_nb LIMIT ?`)
      .all(...params, input.limit) as GoalRow[];
    return rows.map(toGoal);
  }
  const rows = db
    .prepare(
      `SELECT g.* FROM goal_fts f
       JOIN goal_search_key k ON k.rowid = f.rowid
       JOIN goal g ON g.id = k.goal_id
       WHERE goal_fts MATCH ? AND ${where.join(' AND ')}
       ORDER BY bm25(goal_fts, 10.0, 4.0, 2.0), g.level, g.id
       LIMIT ?`,
    )
    .all(match, ...params, input.limit) as GoalRow[];
  return rows.map(toGoal);
}
