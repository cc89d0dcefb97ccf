import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import type { VerificationReason, VerificationResult, VerificationVerdict } from '../../../../shared/domain/credentials';
import { serialOfUrn } from './credential';
import { documentLoader, RefusedUrlError } from './document-loader';
import { ed25519KeyOfDid } from './issuer-key';

/** What the register knows about a serial (H5's issued documents). */
export interface RegisterEntry {
  serial: string;
  /** YYYY-MM-DD or an ISO timestamp */
  revokedAt: string | null;
  revokedReason: string | null;
}
export type RegisterLookup = (serial: string) => RegisterEntry | undefined;

export interface VerifyOptions {
  /** This centre's did:key; a genuine signature from any other key is "issued elsewhere". */
  ourDid: string | undefined;
  lookup: RegisterLookup;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 300) : null);
const day = (value: unknown): string | null => {
  const found = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/u.exec(value)?.[0] : undefined;
  return found ?? null;
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** What the credential says, read defensively (any of it may be missing or odd). */
export function credentialSummary(credential: Json): Omit<VerificationResult, 'verdict' | 'reasons' | 'revokedOn' | 'revokedReason'> {
  const subject = list(credential.credentialSubject).find(isObject);
  const issuer = credential.issuer;
  const nameObject = list(subject?.identifier).filter(isObject).find((identity) => identity.identityType === 'name' && identity.hashed !== true);
  const achievement = isObject(subject?.achievement) ? subject.achievement : undefined;
  return {
    subjectName: text(nameObject?.identityHash) ?? text(subject?.name),
    documentName: text(credential.name) ?? text(achievement?.name),
    serial: typeof credential.id === 'string' ? (serialOfUrn(credential.id) ?? null) : null,
    issuerName: isObject(issuer) ? text(issuer.name) : null,
    issuerDid: text(isObject(issuer) ? issuer.id : issuer),
    issuedOn: day(credential.validFrom) ?? day(credential.issuanceDate),
    periodStart: day(subject?.activityStartDate),
    periodEnd: day(subject?.activityEndDate),
  };
}

export const emptyResult = (verdict: VerificationVerdict, reasons: VerificationReason[]): VerificationResult => ({
  verdict,
  reasons,
  subjectName: null,
  documentName: null,
  serial: null,
  issuerName: null,
  issuerDid: null,
  issuedOn: null,
  periodStart: null,
  periodEnd: null,
  revokedOn: null,
  revokedReason: null,
});

/** Looks through the libraries' nested errors (cause, details, errors, results) for one kind. */
function containsError(error: unknown, test: (candidate: Json) => boolean, depth = 0): boolean {
  if (!isObject(error) || depth > 6) return false;
  if (test(error)) return true;
  const nested = [error.error, error.cause, error.details, ...list(error.errors), ...list(error.results), isObject(error.details) ? error.details.cause : undefined];
  return nested.some((inner) => containsError(inner, test, depth + 1));
}
const refusedUrl = (candidate: Json): boolean => candidate instanceof RefusedUrlError || candidate.name === 'RefusedUrlError';

/**
 * Checks one credential offline: the Data Integrity signature (through the libraries and the
 * bundled-only loader), that the issuer is an Ed25519 did:key, and, for this centre's own
 * documents, whether the register has revoked it.
 */
export async function verifyCredentialDocument(value: unknown, options: VerifyOptions): Promise<VerificationResult> {
  if (!isObject(value)) return emptyResult('invalid', ['notACredential']);
  const types = list(value.type);
  if (!types.includes('VerifiableCredential') || !isObject(list(value.credentialSubject)[0])) return emptyResult('invalid', ['notACredential']);
  const facts = credentialSummary(value);
  const result = (verdict: VerificationVerdict, reasons: VerificationReason[], revoked?: RegisterEntry): VerificationResult => ({
    ...facts,
    verdict,
    reasons,
    revokedOn: day(revoked?.revokedAt) ?? null,
    revokedReason: revoked?.revokedReason ?? null,
  });
  if (!value.proof) return result('invalid', ['noProof']);
  if (!facts.issuerDid || !ed25519KeyOfDid(facts.issuerDid)) return result('invalid', ['issuerNotDidKey']);

  const suite = new DataIntegrityProof({ cryptosuite });
  const outcome = await verifyCredential({ credential: value, suite, documentLoader });
  if (!outcome.verified) {
    return result('invalid', [containsError(outcome, refusedUrl) ? 'unknownContext' : 'signatureInvalid']);
  }
  if (facts.issuerDid !== options.ourDid) return result('validElsewhere', ['signatureValid', 'issuedElsewhere']);
  const entry = facts.serial ? options.lookup(facts.serial) : undefined;
  if (!entry) return result('valid', ['signatureValid', 'issuedHere', 'notInRegister']);
  if (entry.revokedAt) return result('revoked', ['signatureValid', 'issuedHere', 'revoked'], entry);
  return result('valid', ['signatureValid', 'issuedHere', 'inRegister']);
}
