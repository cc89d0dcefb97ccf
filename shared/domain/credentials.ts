import { z } from 'zod';
import { idSchema } from './common';

/**
 * Verifiable documents: every issued document can be exported as an Open Badges 3.0
 * credential signed by the centre's own did:key, and anyone with Språkbro can check a
 * credential file, a PDF that carries one, or a serial number, without any network.
 */

/** A serial as printed on a document, e.g. SB-2026-000123 (letters, digits and dashes). */
export const documentSerialSchema = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .transform((serial) => serial.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/u, { message: 'invalidValue' }));

/** A credential file is a few kilobytes; this is far above any real one. */
export const maxCredentialJsonChars = 256 * 1024;
/** Base64 of a PDF of about 3 MB: a one- or two-page document with a logo is far smaller. */
export const maxCredentialPdfBase64Chars = 4 * 1024 * 1024;

export const credentialVerifyInputSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('json'), text: z.string().min(1).max(maxCredentialJsonChars) }).strict(),
  z
    .object({
      source: z.literal('pdf'),
      base64: z.string().min(1).max(maxCredentialPdfBase64Chars).regex(/^[A-Za-z0-9+/]+={0,2}$/u, { message: 'badEncoding' }),
    })
    .strict(),
  z.object({ source: z.literal('serial'), serial: documentSerialSchema }).strict(),
]);
export type CredentialVerifyInput = z.input<typeof credentialVerifyInputSchema>;

export const credentialCheckInputSchema = z.object({ checkId: idSchema }).strict();
export const credentialExportInputSchema = z.object({ documentId: idSchema }).strict();

/**
 * The overall answer of a check:
 * - valid: signed by this centre's key and not revoked;
 * - validElsewhere: a genuine signature from another centre's key (their register is not here);
 * - revoked: genuine, but the centre has withdrawn it;
 * - invalid: the signature does not hold or the file is not a credential we can check;
 * - notFound: no document with that serial in this centre's register.
 */
export const verificationVerdicts = ['valid', 'validElsewhere', 'revoked', 'invalid', 'notFound'] as const;
export const verificationVerdictSchema = z.enum(verificationVerdicts);
export type VerificationVerdict = z.infer<typeof verificationVerdictSchema>;

/** Why a check came out as it did; each has a plain sentence in the UI (credentials.reasons.*). */
export const verificationReasons = [
  'signatureValid',
  'signatureInvalid',
  'issuedHere',
  'issuedElsewhere',
  'issuerNotDidKey',
  'notACredential',
  'notJson',
  'unknownContext',
  'noProof',
  'noCredentialInPdf',
  'notAPdf',
  'revoked',
  'inRegister',
  'notInRegister',
  'serialUnknown',
] as const;
export const verificationReasonSchema = z.enum(verificationReasons);
export type VerificationReason = z.infer<typeof verificationReasonSchema>;

export const verificationResultSchema = z.object({
  verdict: verificationVerdictSchema,
  reasons: z.array(verificationReasonSchema),
  /** What the document says, when it could be read (shown in the person's own script). */
  subjectName: z.string().nullable(),
  documentName: z.string().nullable(),
  serial: z.string().nullable(),
  issuerName: z.string().nullable(),
  issuerDid: z.string().nullable(),
  /** YYYY-MM-DD */
  issuedOn: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type VerificationResult = z.infer<typeof verificationResultSchema>;

/** Checking a signature takes a moment off the call path: poll with credentials.check until done. */
export const credentialCheckStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('checking'), checkId: z.string() }),
  z.object({ state: z.literal('done'), result: verificationResultSchema }),
]);
export type CredentialCheckState = z.infer<typeof credentialCheckStateSchema>;

export const credentialIssuerSchema = z.object({
  /** did:key:z6Mk… */
  did: z.string(),
  /** did:key:z6Mk…#z6Mk…, the key that signs */
  verificationMethod: z.string(),
  publicKeyMultibase: z.string(),
});
export type CredentialIssuer = z.infer<typeof credentialIssuerSchema>;

export const credentialExportSchema = z.object({
  fileName: z.string(),
  /** The signed credential, pretty-printed JSON. */
  json: z.string(),
});
export type CredentialExport = z.infer<typeof credentialExportSchema>;
