import type { Result } from '../result';
import type { MethodInput, MethodName, MethodOutput } from './contract';

/** What the preload exposes as `window.api` and what the browser-mode client implements. */
export interface SprakbroApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
}
