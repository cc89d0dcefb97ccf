import type { Result } from '../result';
import type { PrintOutcome } from '../domain/printing';
import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { PrintMethod } from './print-names';

/** What the preload exposes as `window.api` and what the browser-mode client implements. */
export interface SprakbroApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /**
   * Prints a document to PDF and hands it to the user: Electron asks where to save it,
   * browser mode downloads it. The renderer code is the same in both.
   */
  print<M extends PrintMethod>(method: M, input: MethodInput<M>): Promise<Result<PrintOutcome>>;
}
