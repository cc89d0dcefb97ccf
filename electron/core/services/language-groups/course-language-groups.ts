import type { Database } from 'better-sqlite3';
import type { LanguageGroups } from '../../../../shared/domain/courses';
import { getCourse } from '../../repositories/courses';
import { listParticipants } from '../../repositories/participants';
import { getStaff } from '../../repositories/staff';
import { groupByLanguage } from './language-groups';

export function courseLanguageGroups(db: Database, courseId: string): LanguageGroups {
  const course = getCourse(db, courseId);
  return groupByLanguage(
    listParticipants(db, { courseId, sort: 'name' }),
    course.assistantIds.map((id) => getStaff(db, id)),
  );
}
