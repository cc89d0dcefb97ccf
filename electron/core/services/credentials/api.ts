import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { ApiFailure } from '../../db/errors';
import type { CredentialService } from './service';

/** What the credential methods need from the handler context. */
export interface CredentialContext {
  db: Database;
  /** Set by the shells (open-api.ts); a bare test API has none. */
  credentialService?: CredentialService | undefined;
}

function serviceOf(context: CredentialContext): CredentialService {
  if (!context.credentialService) throw new ApiFailure('conflict', undefined, { reason: 'credentialsUnavailable' });
  return context.credentialService;
}

export const credentialIssuer = (context: CredentialContext) => serviceOf(context).issuer();

export const exportCredential = (input: ParsedInput<'credentials.export'>, context: CredentialContext) =>
  serviceOf(context).exportFor(context.db, input.documentId);

export const startVerification = (input: ParsedInput<'credentials.verify'>, context: CredentialContext) =>
  serviceOf(context).startCheck(context.db, input);

export const verificationState = (input: ParsedInput<'credentials.check'>, context: CredentialContext) => serviceOf(context).check(input.checkId);
