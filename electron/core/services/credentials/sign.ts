import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { generate } from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';
import { documentLoader } from './document-loader';
import { IssuerKeyError, issuerIdentity } from './issuer-key';

/**
 * Signs a credential with a Data Integrity proof (eddsa-rdfc-2022): the libraries
 * canonicalise the JSON-LD (RDFC-1.0) and sign with the centre's Ed25519 key. The issuer in
 * the credential must be the key's did:key.
 */
export async function signCredential(credential: Record<string, unknown>, seed: Buffer): Promise<Record<string, unknown>> {
  const identity = issuerIdentity(seed);
  const keyPair = await generate({ seed: Uint8Array.from(seed), controller: identity.did, id: identity.verificationMethod });
  // The library derives the key itself; it must agree with the did:key core derived.
  if (keyPair.publicKeyMultibase !== identity.publicKeyMultibase) throw new IssuerKeyError('Issuer key mismatch');
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
  return issue({ credential: structuredClone(credential), suite, documentLoader });
}
