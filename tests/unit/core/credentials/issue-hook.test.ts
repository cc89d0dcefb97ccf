import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { CredentialService } from '../../../../electron/core/services/credentials/service';
import { keyFileProvider } from '../../../../electron/core/services/sensitive-notes/key-file';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/result';
import { courseInput, participantInput } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/temp-dir';

/** The certificates' issue step with the credentials hook, as open-api.ts wires it. */
let db: Database;
let service: CredentialService;
let api: Api;

function value<M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M> {
  const result = api.call(method, input, { role: 'admin' }) as Result<MethodOutput<M>>;
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

beforeEach(() => {
  const dir = tempDir();
  db = openDatabase(join(dir, 'sprakbro.db'));
  service = new CredentialService({ db, issuerSeed: keyFileProvider(join(dir, 'credential-issuer.key')) });
  api = createApi({ db, mode: 'test', version: '0.0.0-test', credentialService: service, credentials: service }, { checkOutputs: true });
});
afterEach(() => db.close());

describe('credentials for issued documents', () => {
  it('gives every issued document a QR code and a signed Open Badges credential that verifies', async () => {
    value('documents.centre.update', { name: 'Fjordby læringssenter' });
    const course = value('courses.create', courseInput({ name: 'Norsk A2 kveld', startDate: '2026-08-17', endDate: '2026-12-18' }));
    const people = ['هدى', 'Selam'].map((givenName) => value('participants.create', participantInput({ givenName, familyName: 'Fiktiv' })));
    for (const person of people) value('courses.enrol', { courseId: course.id, participantId: person.id });
    const issued = value('documents.issue', { kind: 'diploma', language: 'nb', courseId: course.id, documents: people.map((person) => ({ participantId: person.id })) });
    expect(issued).toHaveLength(2);

    // The verification section is printed with the QR code.
    const html = value('print.documents', { ids: issued.map((document) => document.id) }).html;
    expect(html.match(/data:image\/png;base64,/gu)).toHaveLength(2);

    await service.signWaiting();
    const [first] = issued;
    const credential = JSON.parse(value('credentials.export', { documentId: first!.id }).json) as {
      id: string;
      issuer: { name: string };
      credentialSubject: { identifier: Array<{ identityHash: string }>; activityStartDate: string; achievement: { achievementType: string; name: string } };
    };
    expect(credential.id).toBe(`urn:sprakbro:document:${first!.serial}`);
    expect(credential.issuer.name).toBe('Fjordby læringssenter');
    expect(credential.credentialSubject.identifier[0]!.identityHash).toBe(first!.participantName);
    expect(credential.credentialSubject.achievement).toMatchObject({ achievementType: 'Diploma', name: 'Diplom: Norsk A2 kveld' });
    expect(credential.credentialSubject.activityStartDate).toBe('2026-08-17T00:00:00Z');

    const check = value('credentials.verify', { source: 'json', text: JSON.stringify(credential) });
    const result = check.state === 'done' ? check.result : await service.settle(check.checkId);
    expect(result).toMatchObject({ verdict: 'valid', reasons: ['signatureValid', 'issuedHere', 'inRegister'] });

    value('documents.revoke', { id: first!.id, reason: 'Feil kurs' });
    const again = value('credentials.verify', { source: 'json', text: JSON.stringify(credential) });
    const revoked = again.state === 'done' ? again.result : await service.settle(again.checkId);
    expect(revoked).toMatchObject({ verdict: 'revoked', revokedReason: 'Feil kurs' });
  });
});
