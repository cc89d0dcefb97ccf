import type { Result } from '../result';
import type { PrintOutcome } from '../domain/printing';
import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { PrintMethod } from './print-names';
import type { MaterialImportMetadata, MaterialImportOutcome } from '../domain/materials';

/**
 * A file the user dropped or picked, as the renderer holds it (a DOM `File`). Described by
 * shape because shared code has no DOM types; the shells pass the real object through.
 */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  readonly lastModified: number;
}

/** Bytes sent so far of the file being imported, for a progress bar. */
export type ImportProgress = (sentBytes: number, totalBytes: number) => void;

/** What the preload exposes as `window.api` and what the browser-mode client implements. */
export interface SprakbroApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /**
   * Prints a document to PDF and hands it to the user: Electron asks where to save it,
   * browser mode downloads it. The renderer code is the same in both.
   */
  print<M extends PrintMethod>(method: M, input: MethodInput<M>): Promise<Result<PrintOutcome>>;
  /**
   * Imports one captured file into the material store (hashed, checked, thumbnail made) and
   * records it with the given metadata. Electron passes the file's path to core; browser
   * mode streams the bytes to the local server. The same bytes twice give `duplicate`.
   */
  importMaterial(
    file: PickedFile,
    metadata: MaterialImportMetadata,
    onProgress?: ImportProgress,
  ): Promise<Result<MaterialImportOutcome>>;
  /**
   * Saves a copy of a material for use outside the app, with location data stripped.
   * Refused (`consent_missing`) while other people appear in it without consent.
   */
  exportMaterial(id: string): Promise<Result<PrintOutcome>>;
}
