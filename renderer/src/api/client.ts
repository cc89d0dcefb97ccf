import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/result';
import { transport } from './transport';

/** An API call that answered with an error envelope; `error` is translated where shown. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
    this.name = 'ApiCallError';
  }
}

/** How long a call waits while a restore puts a backup back (the backend answers `maintenance` meanwhile). */
const maintenanceWaitMs = 120_000;
const maintenanceRetryMs = 400;

/**
 * Calls one contract method and returns its value, throwing ApiCallError for an error
 * envelope. With `waitDuringRestore` (reads: the queries behind screens) a call answered
 * `maintenance` waits and tries again, so a screen shows its data a moment later instead of
 * an error. Changes are never retried: an edit made before a restore must not land on the
 * restored data; it fails with the translated `maintenance` message instead.
 */
export async function request<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  { waitDuringRestore = false }: { waitDuringRestore?: boolean } = {},
): Promise<MethodOutput<M>> {
  const giveUpAt = Date.now() + maintenanceWaitMs;
  let result = await transport.call(method, input);
  while (waitDuringRestore && !result.ok && result.error.code === 'maintenance' && Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, maintenanceRetryMs));
    result = await transport.call(method, input);
  }
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export const apiErrorOf = (error: unknown): ApiError =>
  error instanceof ApiCallError ? error.error : { code: 'internal' };
