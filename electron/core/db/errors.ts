import type { ErrorCode, FieldIssue } from '../../../shared/result';

/** A failure a handler reports on purpose; dispatch turns it into the error envelope. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues?: FieldIssue[],
    readonly params?: Record<string, number | string>,
  ) {
    super(code);
    this.name = 'ApiFailure';
  }
}

export const notFound = (): ApiFailure => new ApiFailure('not_found');
export const invalidField = (path: string, code: FieldIssue['code']): ApiFailure =>
  new ApiFailure('validation', [{ path, code }]);
