import type { StaffRole } from '../../../../shared/domain/staff';
import type { AreaKey } from '../../app/navigation';

/**
 * Areas a role has no use for, left out of the menu. This is only tidiness: the API refuses
 * what the role may not do (electron/core/services/profiles/assistant-rules.ts).
 * Assistants keep plans, classes, participants of their classes, glossaries and their queue.
 */
const hiddenAreas: Readonly<Record<StaffRole, readonly string[]>> = {
  teacher: [],
  admin: [],
  assistant: ['practice', 'materials', 'assessment', 'documents', 'privacy'],
};

export const isAreaShown = (area: AreaKey, role: StaffRole | undefined): boolean =>
  role === undefined || !hiddenAreas[role].includes(area);
