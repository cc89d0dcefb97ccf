import type { Readable } from 'node:stream';
import type { Database } from 'better-sqlite3';
import type { MaterialFileVariant, MaterialImportOutcome } from '../../../../shared/domain/materials';
import type { StaffRole } from '../../../../shared/domain/staff';
import { fail, type ErrorCode, type Result } from '../../../../shared/result';
import { exportMaterial, materialFile, type MaterialExport, type MaterialFile } from './files';
import { checkImport, importMaterial, importMaterialFromPath, importSizeLimitBytes, type ImportMetadata } from './import';
import type { MaterialStore } from './store';

/**
 * The file side of materials, for the shells: importing a file (streamed by browser mode,
 * from a path in Electron), finding a stored file to serve, and making a copy to export.
 * These are asynchronous (hashing, sharp), so they sit beside the synchronous contract calls
 * rather than among them; each answers with the same result envelope.
 */
export interface MaterialService {
  /** The largest file an import takes now (from the settings, so it follows a change at once). */
  sizeLimitBytes(): number;
  /** Role and metadata, before any byte of the file is read. */
  checkImport(role: StaffRole, metadata: unknown): Result<ImportMetadata>;
  /** Imports checked metadata with the bytes from `source`. */
  importStream(source: Readable, metadata: ImportMetadata): Promise<Result<MaterialImportOutcome>>;
  /** Checks, then imports the file at `file`. */
  importPath(role: StaffRole, file: string, metadata: unknown): Promise<Result<MaterialImportOutcome>>;
  file(id: string, variant: MaterialFileVariant): Result<MaterialFile>;
  exportCopy(id: string): Promise<Result<MaterialExport>>;
}

export function createMaterialService(db: Database, store: MaterialStore): MaterialService {
  const importStream = (source: Readable, metadata: ImportMetadata) => importMaterial({ db, store }, source, metadata);
  return {
    sizeLimitBytes: () => importSizeLimitBytes(db, store),
    checkImport: (role, metadata) => checkImport(db, role, metadata),
    importStream,
    async importPath(role, file, metadata) {
      const checked = checkImport(db, role, metadata);
      if (!checked.ok) return checked;
      return importMaterialFromPath({ db, store }, file, checked.value);
    },
    file: (id, variant) => materialFile(db, store, id, variant),
    exportCopy: (id) => exportMaterial(db, store, id),
  };
}

/** Stands in when the database could not be opened: every operation answers the reason. */
export function unavailableMaterialService(code: ErrorCode, params?: Record<string, number | string>): MaterialService {
  const refuse = () => fail(code, undefined, params);
  return {
    // Nothing is imported anyway; the answer is the refusal, whatever the size.
    sizeLimitBytes: () => Number.MAX_SAFE_INTEGER,
    checkImport: refuse,
    importStream: (source) => {
      source.resume();
      return Promise.resolve(refuse());
    },
    importPath: () => Promise.resolve(refuse()),
    file: refuse,
    exportCopy: () => Promise.resolve(refuse()),
  };
}
