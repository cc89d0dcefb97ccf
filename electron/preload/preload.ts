/**
 * Preload (bundled to dist/electron/preload.cjs). It runs sandboxed, so the bundle may
 * require only 'electron'. It exposes exactly one object, `window.api`, whose only method
 * sends a contract call over the API channel (and `print`, over the print channel); main
 * checks the sender and the input.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { SprakbroApi } from '../../shared/api/client';
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
};

contextBridge.exposeInMainWorld('api', api);
