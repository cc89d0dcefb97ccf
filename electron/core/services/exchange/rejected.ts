import type { PackageRejectReason } from '../../../../shared/domain/exchange';
import { ApiFailure } from '../../db/errors';

/** A package refused before anything is written; the reason picks the message. */
export const rejected = (reason: PackageRejectReason, params: Record<string, number | string> = {}): ApiFailure =>
  new ApiFailure('package_rejected', undefined, { reason, ...params });
