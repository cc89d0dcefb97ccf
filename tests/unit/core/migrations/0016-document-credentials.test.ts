import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { tempDir } from '../../helpers/temp-dir';

/**
 * 0016 adds the signed credential of each issued document. The test builds version 15 with
 * a participant and an issued document, migrates, and checks the register is untouched and
 * the credential table keeps its rules (one per document, JSON only, a did:key issuer, gone
 * with its document).
 */
const stamp = '2026-12-18T10:00:00.000Z';
const did = 'did:key:z6MkjgsfE5uLMkSFyveAjzrtJTQsW5qZegaySupLK9Lc5rYu';
let db: Database;

beforeEach(() => {
  const file = join(tempDir(), 'sprakbro.db');
  const old = openDatabase(file, { targetVersion: 15 });
  expect(old.pragma('user_version', { simple: true })).toBe(15);
  old.prepare(`INSERT INTO participant (id, given_name, programme, created_at, updated_at) VALUES ('p1', 'Hodan', 'introduction', ?, ?)`).run(stamp, stamp);
  old
    .prepare(
      `INSERT INTO issued_document (id, seq, serial, kind, language, participant_id, participant_name, snapshot, issued_on, created_at, updated_at)
       VALUES ('d1', 1, 'SB-2026-000001', 'diploma', 'nb', 'p1', 'Hodan', '{}', '2026-12-18', ?, ?)`,
    )
    .run(stamp, stamp);
  old.close();
  db = openDatabase(file, { targetVersion: 16 });
});
afterEach(() => db.close());

const credential = (extra: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO document_credential (document_id, serial, issuer_did, unsigned, signed, created_at, updated_at)
       VALUES (@documentId, @serial, @did, @unsigned, @signed, @stamp, @stamp)`,
    )
    .run({ documentId: 'd1', serial: 'SB-2026-000001', did, unsigned: '{"id":"urn:sprakbro:document:SB-2026-000001"}', signed: null, stamp, ...extra });

describe('migration 0016: document credentials', () => {
  it('keeps the register and stores a credential waiting for its signature, then signed', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(16);
    expect(db.prepare('SELECT serial FROM issued_document').pluck().all()).toEqual(['SB-2026-000001']);
    credential();
    expect(db.prepare('SELECT count(*) FROM document_credential WHERE signed IS NULL').pluck().get()).toBe(1);
    db.prepare(`UPDATE document_credential SET signed = '{"proof":{}}' WHERE document_id = 'd1'`).run();
    expect(db.prepare('SELECT count(*) FROM document_credential WHERE signed IS NULL').pluck().get()).toBe(0);
  });

  it('refuses a second credential for a document, non-JSON, another DID method and unknown documents', () => {
    credential();
    expect(() => credential({ serial: 'SB-2026-000002' })).toThrow(/UNIQUE/u);
    db.prepare('DELETE FROM document_credential').run();
    expect(() => credential({ unsigned: 'not json' })).toThrow(/CHECK/u);
    expect(() => credential({ unsigned: '[1]' })).toThrow(/CHECK/u);
    expect(() => credential({ signed: '{' })).toThrow(/CHECK/u);
    expect(() => credential({ did: 'did:web:example.org' })).toThrow(/CHECK/u);
    expect(() => credential({ documentId: 'nothing' })).toThrow(/FOREIGN KEY/u);
  });

  it('goes with its document when the participant is purged', () => {
    credential();
    db.prepare(`DELETE FROM participant WHERE id = 'p1'`).run();
    expect(db.prepare('SELECT count(*) FROM document_credential').pluck().get()).toBe(0);
  });
});
