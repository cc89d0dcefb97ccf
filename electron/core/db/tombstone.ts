import type { Database } from 'better-sqlite3';
import { notFound } from './errors';
import { now } from './ids';

export type TombstoneTable =
  | 'staff' | 'course' | 'participant' | 'school_year' | 'closure' | 'theme' | 'lesson' | 'practice_site' | 'placement'
  | 'status_meeting' | 'site_visit' | 'buddy_task' | 'assessment' | 'level_target' | 'sensitive_note';

/**
 * Moves a row to the bin (deleted) or back (restored). The row stays in its table with
 * `deleted_at` set, so an undo is exact and a later sync can carry the deletion.
 */
export function setDeleted(db: Database, table: TombstoneTable, id: string, deleted: boolean): void {
  const stamp = now();
  const result = db
    .prepare(`UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?`)
    .run(deleted ? stamp : null, stamp, id, deleted ? 1 : 0);
  if (result.changes === 0) throw notFound();
}
