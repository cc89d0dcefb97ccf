import { describe, expect, it } from 'vitest';
import { buildCredential } from '../../../../electron/core/services/credentials/credential';
import { issuerIdentity } from '../../../../electron/core/services/credentials/issuer-key';
import { signCredential } from '../../../../electron/core/services/credentials/sign';
import { verifyCredentialDocument, type RegisterEntry } from '../../../../electron/core/services/credentials/verify';
import { diploma, testSeed } from './fixtures';

const ourSeed = testSeed('fjordby');
const ours = issuerIdentity(ourSeed);
const noRegister = (): RegisterEntry | undefined => undefined;
const inRegister = (entry: Partial<RegisterEntry> = {}) => (serial: string): RegisterEntry => ({ serial, revokedAt: null, revokedReason: null, ...entry });

async function signedDiploma(seed = ourSeed, overrides = {}) {
  return signCredential(buildCredential(diploma(overrides), issuerIdentity(seed).did), seed);
}

describe('signing and verifying Open Badges credentials', () => {
  it('signs an OpenBadgeCredential with an eddsa-rdfc-2022 proof from the centre’s did:key', async () => {
    const signed = await signedDiploma();
    expect(signed['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(signed.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(signed.issuer).toEqual({ id: ours.did, type: ['Profile'], name: 'Fjordby voksenopplæring' });
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: ours.verificationMethod,
    });
    expect(ours.did).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/u);
  });

  it('verifies its own credential as valid and reads what it says', async () => {
    const result = await verifyCredentialDocument(await signedDiploma(), { ourDid: ours.did, lookup: inRegister() });
    expect(result).toMatchObject({
      verdict: 'valid',
      reasons: ['signatureValid', 'issuedHere', 'inRegister'],
      subjectName: 'Selam Tesfay',
      documentName: 'Diplom: Norsk A2 på kveld',
      serial: 'SB-2026-000123',
      issuerName: 'Fjordby voksenopplæring',
      issuedOn: '2026-06-19',
      periodStart: '2026-01-05',
      periodEnd: '2026-06-19',
    });
  });

  it('keeps a name in Arabic or Ethiopic script exactly as written', async () => {
    const signed = await signedDiploma(ourSeed, { subjectName: 'هدى علي' });
    const result = await verifyCredentialDocument(signed, { ourDid: ours.did, lookup: noRegister });
    expect(result.verdict).toBe('valid');
    expect(result.reasons).toContain('notInRegister');
    expect(result.subjectName).toBe('هدى علي');
  });

  it('fails a credential whose name was changed after signing', async () => {
    const signed = await signedDiploma();
    const tampered = structuredClone(signed) as { credentialSubject: { identifier: Array<{ identityHash: string }> } };
    tampered.credentialSubject.identifier[0]!.identityHash = 'Selam Tesfay Haile';
    const result = await verifyCredentialDocument(tampered, { ourDid: ours.did, lookup: inRegister() });
    expect(result.verdict).toBe('invalid');
    expect(result.reasons).toEqual(['signatureInvalid']);
  });

  it('fails a credential whose period or proof was changed', async () => {
    const signed = await signedDiploma();
    const period = structuredClone(signed) as { credentialSubject: { activityEndDate: string } };
    period.credentialSubject.activityEndDate = '2026-12-19T00:00:00Z';
    expect((await verifyCredentialDocument(period, { ourDid: ours.did, lookup: inRegister() })).verdict).toBe('invalid');

    const proof = structuredClone(signed) as { proof: { proofValue: string } };
    const value = proof.proof.proofValue;
    proof.proof.proofValue = value.slice(0, 10) + (value[10] === 'A' ? 'B' : 'A') + value.slice(11);
    const result = await verifyCredentialDocument(proof, { ourDid: ours.did, lookup: inRegister() });
    expect(result).toMatchObject({ verdict: 'invalid', reasons: ['signatureInvalid'] });
  });

  it('says when the issuer in the credential is not the key that signed it', async () => {
    const signed = await signedDiploma();
    const other = issuerIdentity(testSeed('someone-else'));
    const swapped = { ...signed, issuer: { id: other.did, type: ['Profile'], name: 'Fjordby voksenopplæring' } };
    expect((await verifyCredentialDocument(swapped, { ourDid: other.did, lookup: inRegister() })).verdict).toBe('invalid');
  });

  it('reports a revoked document with the date and the reason', async () => {
    const lookup = inRegister({ revokedAt: '2026-08-01T09:30:00.000Z', revokedReason: 'Feil kursperiode' });
    const result = await verifyCredentialDocument(await signedDiploma(), { ourDid: ours.did, lookup });
    expect(result).toMatchObject({
      verdict: 'revoked',
      reasons: ['signatureValid', 'issuedHere', 'revoked'],
      revokedOn: '2026-08-01',
      revokedReason: 'Feil kursperiode',
    });
  });

  it('accepts a genuine signature from another centre as issued elsewhere, without asking our register', async () => {
    const elsewhere = await signedDiploma(testSeed('another-centre'), { centreName: 'Nordvik læringssenter' });
    let asked = false;
    const result = await verifyCredentialDocument(elsewhere, {
      ourDid: ours.did,
      lookup: () => {
        asked = true;
        return undefined;
      },
    });
    expect(result).toMatchObject({ verdict: 'validElsewhere', reasons: ['signatureValid', 'issuedElsewhere'], issuerName: 'Nordvik læringssenter' });
    expect(asked).toBe(false);
  });

  it('refuses an issuer that is not a did:key, a missing proof and something that is not a credential', async () => {
    const signed = await signedDiploma();
    const web = { ...signed, issuer: { id: 'did:web:example.org', type: ['Profile'], name: 'X' } };
    expect((await verifyCredentialDocument(web, { ourDid: ours.did, lookup: noRegister })).reasons).toEqual(['issuerNotDidKey']);
    const { proof: _proof, ...unsigned } = signed;
    expect((await verifyCredentialDocument(unsigned, { ourDid: ours.did, lookup: noRegister })).reasons).toEqual(['noProof']);
    expect((await verifyCredentialDocument({ hello: 'world' }, { ourDid: ours.did, lookup: noRegister })).reasons).toEqual(['notACredential']);
    expect((await verifyCredentialDocument([1, 2], { ourDid: ours.did, lookup: noRegister })).verdict).toBe('invalid');
  });

  it('never fetches a context it does not bundle: the credential fails as an unknown context', async () => {
    const signed = await signedDiploma();
    const extra = { ...signed, '@context': [...(signed['@context'] as string[]), 'https://contexts.example.org/evil.jsonld'] };
    const result = await verifyCredentialDocument(extra, { ourDid: ours.did, lookup: inRegister() });
    expect(result).toMatchObject({ verdict: 'invalid', reasons: ['unknownContext'] });
  });
});
