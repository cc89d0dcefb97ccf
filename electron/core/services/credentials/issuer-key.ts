import { createPrivateKey, createPublicKey } from 'node:crypto';
import { base58Decode, base58Encode } from './base58';

/** The issuer key's file in the data folder, beside the database (never inside it). */
export const issuerKeyFileName = 'credential-issuer.key';

/**
 * Gives the centre's 32-byte Ed25519 seed, made on first use. Same shape as the
 * sensitive-notes key provider, so a shell can keep both in one key store (the 0600 file in
 * browser mode; the OS keychain through safeStorage in Electron).
 */
export type IssuerSeedProvider = () => Buffer;

/** The public side of the centre's key, as documents and the verify screen name it. */
export interface IssuerIdentity {
  /** did:key:z6Mk… */
  did: string;
  /** did:key:z6Mk…#z6Mk…: the key that signs (did:key has exactly one). */
  verificationMethod: string;
  publicKeyMultibase: string;
}

/** Multicodec prefix of an Ed25519 public key (0xed, varint-encoded). */
const ed25519PublicHeader = Uint8Array.from([0xed, 0x01]);
/** PKCS#8 DER prefix that turns 32 seed bytes into a Node private key. */
const pkcs8Ed25519Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

export class IssuerKeyError extends Error {
  override name = 'IssuerKeyError';
}

/** Derives the public key and its did:key from the seed (synchronously, with Node's crypto). */
export function issuerIdentity(seed: Buffer): IssuerIdentity {
  if (seed.length !== 32) throw new IssuerKeyError('The issuer key must be 32 bytes');
  const privateKey = createPrivateKey({ key: Buffer.concat([pkcs8Ed25519Prefix, seed]), format: 'der', type: 'pkcs8' });
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new IssuerKeyError('Could not derive the issuer public key');
  const publicKey = Buffer.from(jwk.x, 'base64url');
  const publicKeyMultibase = `z${base58Encode(Uint8Array.from([...ed25519PublicHeader, ...publicKey]))}`;
  const did = `did:key:${publicKeyMultibase}`;
  return { did, verificationMethod: `${did}#${publicKeyMultibase}`, publicKeyMultibase };
}

/**
 * The 32 public-key bytes of an Ed25519 did:key (`did:key:z6Mk…`), or undefined for any
 * other DID or key type: only Ed25519 did:keys are resolved, and only locally.
 */
export function ed25519KeyOfDid(did: string): Uint8Array | undefined {
  const match = /^did:key:z([1-9A-HJ-NP-Za-km-z]{40,60})$/u.exec(did);
  if (!match?.[1]) return undefined;
  const bytes = base58Decode(match[1]);
  if (!bytes || bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return undefined;
  return bytes.subarray(2);
}
