import type { Database } from 'better-sqlite3';
import type { StaffRole } from '../../../../shared/domain/staff';
import { ApiFailure } from '../../db/errors';

/**
 * A signed-in assistant works with the tasks and plans of their own classes only (the
 * classes they are an assistant in). Teachers, admins and the open mode see every class.
 */
export const assistantLimit = (caller: { role: StaffRole; staffId?: string } | undefined): string | undefined =>
  caller?.role === 'assistant' ? caller.staffId : undefined;

export function isOwnCourse(db: Database, staffId: string, courseId: string): boolean {
  return db
    .prepare(`SELECT 1 FROM course_staff WHERE staff_id = ? AND course_id = ? AND role = 'assistant'`)
    .pluck()
    .get(staffId, courseId) !== undefined;
}

/** `forbidden` when a limited caller reaches a class that is not theirs. */
export function requireOwnCourse(db: Database, limit: string | undefined, courseId: string): void {
  if (limit && !isOwnCourse(db, limit, courseId)) throw new ApiFailure('forbidden');
}
