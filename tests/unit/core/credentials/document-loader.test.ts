import { generate } from '@digitalbazaar/ed25519-multikey';
import { describe, expect, it } from 'vitest';
import { base58Decode, base58Encode } from '../../../../electron/core/services/credentials/base58';
import { bundledContexts, documentLoader, RefusedUrlError, resolveDidKey } from '../../../../electron/core/services/credentials/document-loader';
import { ed25519KeyOfDid, issuerIdentity } from '../../../../electron/core/services/credentials/issuer-key';
import { testSeed } from './fixtures';

describe('the credential document loader', () => {
  it('serves the bundled credential, Open Badges 3.0.x, data integrity and multikey contexts', async () => {
    for (const url of [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://w3id.org/security/data-integrity/v2',
      'https://w3id.org/security/multikey/v1',
    ]) {
      const loaded = await documentLoader(url);
      expect(loaded.documentUrl).toBe(url);
      expect(loaded.document).toHaveProperty('@context');
    }
    // The Open Badges pre-release contexts are not accepted.
    expect(bundledContexts.has('https://imsglobal.github.io/openbadges-specification/ob_v3p0.html')).toBe(false);
  });

  it('refuses every other URL without fetching it', async () => {
    for (const url of ['https://example.org/context.jsonld', 'http://www.w3.org/ns/credentials/v2', 'did:web:example.org', 'file:///etc/passwd', 'did:key:z6Mkbogus']) {
      await expect(documentLoader(url)).rejects.toBeInstanceOf(RefusedUrlError);
    }
  });

  it('resolves an Ed25519 did:key locally into its DID document and its one verification method', async () => {
    const { did, verificationMethod, publicKeyMultibase } = issuerIdentity(testSeed('fjordby'));
    const document = (await documentLoader(did)).document as { id: string; assertionMethod: string[] };
    expect(document.id).toBe(did);
    expect(document.assertionMethod).toEqual([verificationMethod]);
    expect(resolveDidKey(verificationMethod)).toEqual({
      '@context': 'https://w3id.org/security/multikey/v1',
      id: verificationMethod,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase,
    });
    expect(resolveDidKey(`${did}#z6MkOther`)).toBeUndefined();
  });
});

describe('the issuer key', () => {
  it('derives the same did:key from the seed as the Multikey library does', async () => {
    const seed = testSeed('fjordby');
    const library = await generate({ seed: Uint8Array.from(seed) });
    const ours = issuerIdentity(seed);
    expect(ours.publicKeyMultibase).toBe(library.publicKeyMultibase);
    expect(ours.did).toBe(`did:key:${library.publicKeyMultibase}`);
    expect(ours.verificationMethod).toBe(`${ours.did}#${ours.publicKeyMultibase}`);
    expect(ed25519KeyOfDid(ours.did)).toHaveLength(32);
  });

  it('only accepts Ed25519 did:keys', () => {
    expect(ed25519KeyOfDid('did:web:example.org')).toBeUndefined();
    // A P-256 did:key (zDn…) is a did:key, but not an Ed25519 one.
    expect(ed25519KeyOfDid('did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169')).toBeUndefined();
    expect(() => issuerIdentity(Buffer.alloc(16))).toThrow(/32 bytes/u);
  });

  it('encodes base58 both ways, leading zeros included', () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 250, 255, 7]);
    expect(base58Decode(base58Encode(bytes))).toEqual(bytes);
    expect(base58Encode(new TextEncoder().encode('hello world'))).toBe('StV1DL6CwTryKyV');
    expect(base58Decode('0OIl')).toBeUndefined();
  });
});
