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

/** Calls one contract method and returns its value, throwing ApiCallError for an error envelope. */
export async function request<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await transport.call(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export const apiErrorOf = (error: unknown): ApiError =>
  error instanceof ApiCallError ? error.error : { code: 'internal' };
