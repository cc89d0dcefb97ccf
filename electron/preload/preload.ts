/**
 * Preload (bundled to dist/electron/preload.cjs). It runs sandboxed, so the bundle may
 * require only 'electron'. It exposes exactly one object, `window.api`, whose only method
 * sends a contract call over the API channel (and `print`, over the print channel; material
 * import and export over theirs); main checks the sender and the input.
 */

/** The path of a file the user dropped or picked; empty when it has none (made in memory). */
function pathOf(file: PickedFile): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { PickedFile, SprakbroApi } from '../../shared/api/client';
import { materialExportChannel, materialImportBytesChannel, materialImportChannel, maxImportBytesOverBridge } from '../../shared/api/material-transport';
import type { MaterialImportOutcome } from '../../shared/domain/materials';
import type { MethodOutput } from '../../shared/api/contract';
import { apiChannel, isMethodName, type MethodName } from '../../shared/api/method-names';
import { isPrintMethod, printChannel } from '../../shared/api/print-names';
import type { PrintOutcome } from '../../shared/domain/printing';
import { fail, type Result } from '../../shared/result';

const api: SprakbroApi = {
  async call<M extends MethodName>(method: M, input: unknown): Promise<Result<MethodOutput<M>>> {
    // A typo in the renderer is answered here, without a round trip to main.
    if (!isMethodName(method)) return fail('unknown_method');
    try {
      return (await ipcRenderer.invoke(apiChannel, method, input)) as Result<MethodOutput<M>>;
    } catch {
      // invoke rejects only if main's handler is missing or threw; the renderer still gets an envelope.
      return fail('internal');
    }
  },
  // Main makes the PDF and shows the save dialog; the renderer only learns the outcome.
  async print(method: unknown, input: unknown): Promise<Result<PrintOutcome>> {
    if (!isPrintMethod(method)) return fail('unknown_method');
    try {
      return (await ipcRenderer.invoke(printChannel, method, input)) as Result<PrintOutcome>;
    } catch {
      return fail('internal');
    }
  },
  // Core reads the file from disk itself: only its path crosses the bridge, never 2 GB of bytes.
  async importMaterial(file, metadata, onProgress): Promise<Result<MaterialImportOutcome>> {
    const path = pathOf(file);
    // A recording made in the app has no path; it is small, so its bytes cross instead.
    const madeInApp = !path && file.size <= maxImportBytesOverBridge && 'arrayBuffer' in file;
    if (!path && !madeInApp) return fail('file_rejected', undefined, { reason: 'unreadable' });
    onProgress?.(0, file.size);
    try {
      const result = (
        path
          ? await ipcRenderer.invoke(materialImportChannel, path, metadata)
          : await ipcRenderer.invoke(materialImportBytesChannel, new Uint8Array(await (file as File).arrayBuffer()), metadata)
      ) as Result<MaterialImportOutcome>;
      if (result.ok) onProgress?.(file.size, file.size);
      return result;
    } catch {
      return fail('internal');
    }
  },
  async exportMaterial(id): Promise<Result<PrintOutcome>> {
    try {
      return (await ipcRenderer.invoke(materialExportChannel, id)) as Result<PrintOutcome>;
    } catch {
      return fail('internal');
    }
  },
};

contextBridge.exposeInMainWorld('api', api);
