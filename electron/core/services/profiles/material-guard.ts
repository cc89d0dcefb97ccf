import type { Database } from 'better-sqlite3';
import type { StaffRole } from '../../../../shared/domain/staff';
import { fail, type Result } from '../../../../shared/result';
import { ApiFailure } from '../../db/errors';
import type { MaterialService } from '../materials/service';
import { AssistantScope } from './assistant-scope';
import type { ProfileSession } from './session';

/**
 * Material files (import, serving, export) go around dispatch, so they get its profile rules
 * here: nothing while signed out or locked, the signed-in profile's role for imports (never
 * more than the shell asked for), and an assistant only reaches files of their own classes.
 */
export function guardedBySession(materials: MaterialService, session: ProfileSession | undefined, db: Database): MaterialService {
  if (!session) return materials;
  const allowed = (method: string, materialId?: string): Result<{ role: StaffRole }> => {
    const caller = session.callerFor(method);
    if (typeof caller === 'string') return fail(caller);
    if (materialId && caller.role === 'assistant' && caller.staffId) {
      try {
        new AssistantScope(db, caller.staffId).require('material', materialId);
      } catch (error) {
        if (error instanceof ApiFailure) return fail(error.code);
        throw error;
      }
    }
    return { ok: true, value: { role: caller.role } };
  };
  // An assistant never gets more rights than the shell asked for, and never more than their own.
  const narrower = (asked: StaffRole, own: StaffRole): StaffRole => (own === 'assistant' ? own : asked);
  return {
    sizeLimitBytes: () => materials.sizeLimitBytes(),
    checkImport(role, metadata) {
      const gate = allowed('materials.update');
      return gate.ok ? materials.checkImport(narrower(role, gate.value.role), metadata) : gate;
    },
    importStream: (source, metadata) => materials.importStream(source, metadata),
    importPath(role, file, metadata) {
      const gate = allowed('materials.update');
      return gate.ok ? materials.importPath(narrower(role, gate.value.role), file, metadata) : Promise.resolve(gate);
    },
    file(id, variant) {
      const gate = allowed('materials.get', id);
      return gate.ok ? materials.file(id, variant) : gate;
    },
    exportCopy(id) {
      const gate = allowed('materials.get', id);
      return gate.ok ? materials.exportCopy(id) : Promise.resolve(gate);
    },
  };
}
