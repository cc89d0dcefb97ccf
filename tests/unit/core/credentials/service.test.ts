import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { embedCredential } from '../../../../electron/core/services/credentials/embed';
import { attachCredential } from '../../../../electron/core/services/credentials/pdf-attachment';
import { CredentialService } from '../../../../electron/core/services/credentials/service';
import { keyFileProvider } from '../../../../electron/core/services/sensitive-notes/key-file';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract';
import type { CredentialCheckState, VerificationResult } from '../../../../shared/domain/credentials';
import type { StaffRole } from '../../../../shared/domain/staff';
import type { ApiError, Result } from '../../../../shared/result';
import { tempDir } from '../../helpers/temp-dir';
import { diploma } from './fixtures';

const stamp = '2026-06-19T12:00:00.000Z';
let db: Database;
let service: CredentialService;
let api: Api;
let keyFile: string;

function call<M extends MethodName>(method: M, input: MethodInput<M>, role: StaffRole = 'teacher'): Result<MethodOutput<M>> {
  return api.call(method, input, { role }) as Result<MethodOutput<M>>;
}
function value<M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M> {
  const result = call(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}
const errorOf = (result: Result<unknown>): ApiError => {
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

/** A register row as H5's issue step writes it, and its credential through the issue hook. */
function issue(id: string, serial: string, name = 'Selam Tesfay'): void {
  db.prepare(
    `INSERT INTO issued_document (id, seq, serial, kind, language, participant_id, participant_name, course_name, snapshot, issued_on, created_at, updated_at)
     VALUES (?, ?, ?, 'diploma', 'nb', 'p1', ?, 'Norsk A2 på kveld', '{}', '2026-06-19', ?, ?)`,
  ).run(id, Number(serial.slice(-6)), serial, name, stamp, stamp);
  db.transaction(() => service.prepareDocument(db, id, diploma({ serial, subjectName: name })))();
}

/** Follows a check to its result, as the screen does. */
async function result(state: CredentialCheckState): Promise<VerificationResult> {
  if (state.state === 'done') return state.result;
  await service.settle(state.checkId);
  const done = value('credentials.check', { checkId: state.checkId });
  if (done.state !== 'done') throw new Error('check not done');
  return done.result;
}

beforeEach(() => {
  const dir = tempDir();
  db = openDatabase(join(dir, 'sprakbro.db'));
  keyFile = join(dir, 'credential-issuer.key');
  db.prepare(`INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Selam', 'introduction', ?, ?)`).run(stamp, stamp);
  service = new CredentialService({ db, issuerSeed: keyFileProvider(keyFile) });
  api = createApi({ db, mode: 'test', version: '0.0.0-test', credentialService: service }, { checkOutputs: true, onInternalError: (method, error) => { throw new Error(`${method}: ${String(error)}`); } });
});
afterEach(() => db.close());

const documentId = '01900000-0000-7000-8000-0000000000d1';

describe('credentials through the API', () => {
  it('makes the centre’s key on first use, readable only by the user, and names its did:key', () => {
    const issuer = value('credentials.issuer', {});
    expect(issuer.did).toMatch(/^did:key:z6Mk/u);
    expect(issuer.verificationMethod).toBe(`${issuer.did}#${issuer.publicKeyMultibase}`);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    // The same key next time.
    expect(value('credentials.issuer', {})).toEqual(issuer);
  });

  it('stores the credential when a document is issued and signs it right after', async () => {
    issue(documentId, 'SB-2026-000001');
    expect(errorOf(call('credentials.export', { documentId }))).toEqual({ code: 'conflict', params: { reason: 'credentialNotSignedYet' } });
    expect(await service.signWaiting()).toBe(1);
    const exported = value('credentials.export', { documentId });
    expect(exported.fileName).toBe('SB-2026-000001.credential.json');
    const credential = JSON.parse(exported.json) as { id: string; proof: { cryptosuite: string }; issuer: { id: string } };
    expect(credential.id).toBe('urn:sprakbro:document:SB-2026-000001');
    expect(credential.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    expect(credential.issuer.id).toBe(value('credentials.issuer', {}).did);
    // Signed once: signing again changes nothing.
    expect(await service.signWaiting()).toBe(0);
    expect(value('credentials.export', { documentId }).json).toBe(exported.json);
  });

  it('checks an exported credential, a tampered copy and the same credential inside a PDF', async () => {
    issue(documentId, 'SB-2026-000001', 'هدى علي');
    await service.signWaiting();
    const json = value('credentials.export', { documentId }).json;

    const genuine = await result(value('credentials.verify', { source: 'json', text: json }));
    expect(genuine).toMatchObject({ verdict: 'valid', reasons: ['signatureValid', 'issuedHere', 'inRegister'], subjectName: 'هدى علي', serial: 'SB-2026-000001' });

    const tampered = await result(value('credentials.verify', { source: 'json', text: json.replace('هدى علي', 'هدى') }));
    expect(tampered).toMatchObject({ verdict: 'invalid', reasons: ['signatureInvalid'] });

    const page = await PDFDocument.create();
    page.addPage();
    const pdf = await attachCredential(await page.save(), JSON.parse(json) as object);
    const fromPdf = await result(value('credentials.verify', { source: 'pdf', base64: Buffer.from(pdf).toString('base64') }));
    expect(fromPdf.verdict).toBe('valid');

    const plainPdf = await result(value('credentials.verify', { source: 'pdf', base64: Buffer.from(await page.save()).toString('base64') }));
    expect(plainPdf.reasons).toEqual(['noCredentialInPdf']);
    const notPdf = await result(value('credentials.verify', { source: 'pdf', base64: Buffer.from('hello').toString('base64') }));
    expect(notPdf.reasons).toEqual(['notAPdf']);
    const notJson = await result(value('credentials.verify', { source: 'json', text: '{"broken"' }));
    expect(notJson.reasons).toEqual(['notJson']);
  });

  it('checks a serial against the register, revoked with its date and reason', async () => {
    issue(documentId, 'SB-2026-000001');
    await service.signWaiting();
    expect(value('credentials.verify', { source: 'serial', serial: ' sb-2026-000001 ' })).toMatchObject({
      state: 'done',
      result: { verdict: 'valid', reasons: ['inRegister'], subjectName: 'Selam Tesfay', issuedOn: '2026-06-19' },
    });
    expect(value('credentials.verify', { source: 'serial', serial: 'SB-2026-999999' })).toMatchObject({ state: 'done', result: { verdict: 'notFound', reasons: ['serialUnknown'] } });

    db.prepare(`UPDATE issued_document SET revoked_at = '2026-08-01T09:30:00.000Z', revoke_reason = 'Feil kursperiode' WHERE id = ?`).run(documentId);
    expect(value('credentials.verify', { source: 'serial', serial: 'SB-2026-000001' })).toMatchObject({
      state: 'done',
      result: { verdict: 'revoked', revokedOn: '2026-08-01', revokedReason: 'Feil kursperiode' },
    });
    const json = value('credentials.export', { documentId }).json;
    expect(await result(value('credentials.verify', { source: 'json', text: json }))).toMatchObject({ verdict: 'revoked', reasons: ['signatureValid', 'issuedHere', 'revoked'] });
  });

  it('refuses malformed input, unknown checks and documents, and keeps checking for editors', () => {
    expect(errorOf(call('credentials.verify', { source: 'serial', serial: 'SB/../1' })).code).toBe('validation');
    expect(errorOf(call('credentials.verify', { source: 'json', text: 'x'.repeat(300 * 1024) })).code).toBe('validation');
    expect(errorOf(call('credentials.verify', { source: 'pdf', base64: 'not base64!' })).code).toBe('validation');
    expect(errorOf(call('credentials.verify', { source: 'url', url: 'https://example.org' } as never)).code).toBe('validation');
    expect(errorOf(call('credentials.check', { checkId: '01900000-0000-7000-8000-0000000000ff' })).code).toBe('not_found');
    expect(errorOf(call('credentials.export', { documentId: '01900000-0000-7000-8000-0000000000ff' })).code).toBe('not_found');
    expect(errorOf(call('credentials.verify', { source: 'serial', serial: 'SB-2026-000001' }, 'assistant')).code).toBe('forbidden');
    expect(errorOf(call('credentials.issuer', {}, 'assistant')).code).toBe('forbidden');
  });

  it('answers a clear conflict where no credential service runs', () => {
    const bare = createApi({ db, mode: 'test', version: '0.0.0-test' });
    expect(errorOf(bare.call('credentials.issuer', {}, { role: 'teacher' }))).toEqual({ code: 'conflict', params: { reason: 'credentialsUnavailable' } });
  });

  it('says a document issued without a credential has none', () => {
    db.prepare(
      `INSERT INTO issued_document (id, seq, serial, kind, language, participant_id, participant_name, snapshot, issued_on, created_at, updated_at)
       VALUES (?, 7, 'SB-2026-000007', 'diploma', 'nb', 'p1', 'Selam', '{}', '2026-06-19', ?, ?)`,
    ).run(documentId, stamp, stamp);
    expect(errorOf(call('credentials.export', { documentId }))).toEqual({ code: 'conflict', params: { reason: 'noCredential' } });
  });
});

describe('embedding the credential in a printed PDF', () => {
  it('waits for a signature still on its way, then attaches it so the PDF verifies', async () => {
    issue(documentId, 'SB-2026-000001');
    const page = await PDFDocument.create();
    page.addPage();
    const printed = Buffer.from(await page.save());
    // Not signed yet: the shell asks again while the signer (scheduled after the issue) works.
    service.scheduleSigning();
    const pdf = await embedCredential(printed, documentId, (id) => call('credentials.export', { documentId: id }), { retryMs: 10 });
    expect(pdf.length).toBeGreaterThan(printed.length);
    const check = await result(value('credentials.verify', { source: 'pdf', base64: pdf.toString('base64') }));
    expect(check).toMatchObject({ verdict: 'valid', serial: 'SB-2026-000001' });
  });

  it('keeps the PDF as printed when there is no credential to add', async () => {
    const page = await PDFDocument.create();
    page.addPage();
    const printed = Buffer.from(await page.save());
    expect(await embedCredential(printed, undefined, () => call('credentials.export', { documentId }))).toBe(printed);
    expect(await embedCredential(printed, documentId, (id) => call('credentials.export', { documentId: id }))).toBe(printed);
    const forbidden = await embedCredential(printed, documentId, (id) => call('credentials.export', { documentId: id }, 'assistant'));
    expect(forbidden).toBe(printed);
  });
});
