import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { keyFileProvider } from '../../../../electron/core/services/sensitive-notes/key-file';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract';
import type { StaffRole } from '../../../../shared/domain/staff';
import type { Result } from '../../../../shared/result';
import { hashDatabase } from '../../helpers/db-dump';
import { tempDir } from '../../helpers/temp-dir';
import type { Database } from 'better-sqlite3';

let db: Database;
let api: Api;
const key = randomBytes(32);
const call = <M extends MethodName>(method: M, input: MethodInput<M>, role: StaffRole = 'teacher') =>
  api.call(method, input, { role }) as Result<MethodOutput<M>>;
const value = <M extends MethodName>(method: M, input: MethodInput<M>, role: StaffRole = 'teacher'): MethodOutput<M> => {
  const result = call(method, input, role);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
};
const secret = 'Fiktiv opplysning: bekymring for negativ sosial kontroll hjemme.';

beforeEach(() => {
  db = openDatabase(':memory:');
  api = createApi({ db, mode: 'test', version: 'test', sensitiveKey: () => key }, { checkOutputs: true });
});
afterEach(() => db.close());

const participant = () =>
  value('participants.create', { givenName: 'Selam', familyName: 'Fiktiv', motherTongues: ['ti'], programme: 'introduction' });

describe('sensitive notes', () => {
  it('stores only ciphertext, lists without text, and logs every opening and change', () => {
    const person = participant();
    const created = value('sensitiveNotes.create', { participantId: person.id, category: 'social_control', text: secret });
    const stored = db.prepare('SELECT ciphertext FROM sensitive_note').pluck().get() as Buffer;
    expect(stored.includes(Buffer.from('sosial kontroll'))).toBe(false);
    expect(JSON.stringify(db.prepare('SELECT * FROM sensitive_note').all())).not.toContain('sosial');

    const listed = value('sensitiveNotes.list', { participantId: person.id });
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain('sosial');

    expect(value('sensitiveNotes.open', { id: created.id }).text).toBe(secret);
    value('sensitiveNotes.update', { id: created.id, category: 'family' });
    expect(value('sensitiveNotes.open', { id: created.id })).toMatchObject({ category: 'family', text: secret });
    expect(value('sensitiveNotes.log', { participantId: person.id }).map((entry) => entry.action).sort()).toEqual(
      ['create', 'open', 'open', 'update'].sort(),
    );
  });

  it('never appears in participant search or lists', () => {
    const person = participant();
    value('sensitiveNotes.create', { participantId: person.id, category: 'health', text: 'Diabetes (fiktiv)' });
    expect(value('participants.list', { search: 'diabetes' })).toEqual([]);
    expect(JSON.stringify(value('participants.get', { id: person.id }))).not.toContain('Diabetes');
  });

  it('refuses assistants everything, even seeing that a note exists, and changes nothing', () => {
    const person = participant();
    const created = value('sensitiveNotes.create', { participantId: person.id, category: 'health', text: secret });
    const before = hashDatabase(db);
    for (const [method, input] of [
      ['sensitiveNotes.list', { participantId: person.id }],
      ['sensitiveNotes.open', { id: created.id }],
      ['sensitiveNotes.log', { participantId: person.id }],
      ['sensitiveNotes.update', { id: created.id, text: 'x' }],
      ['sensitiveNotes.delete', { id: created.id }],
    ] as const) {
      expect(api.call(method, input, { role: 'assistant' }), method).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect(hashDatabase(db)).toBe(before);
  });

  it('deletes to the bin and restores, and refuses notes for unknown participants', () => {
    const person = participant();
    const created = value('sensitiveNotes.create', { participantId: person.id, category: 'other', text: secret });
    value('sensitiveNotes.delete', { id: created.id });
    expect(value('sensitiveNotes.list', { participantId: person.id })).toEqual([]);
    value('sensitiveNotes.restore', { id: created.id });
    expect(value('sensitiveNotes.list', { participantId: person.id })).toHaveLength(1);
    expect(call('sensitiveNotes.create', { participantId: '0198c3a6-2f4b-7cc1-9a55-3f1c2b8e4d10', category: 'other', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'participantId', code: 'unknownParticipant' }] },
    });
  });

  it('cannot read a note with another key, or a ciphertext moved to another note', () => {
    const person = participant();
    const first = value('sensitiveNotes.create', { participantId: person.id, category: 'health', text: 'Første' });
    const second = value('sensitiveNotes.create', { participantId: person.id, category: 'health', text: 'Andre' });
    db.prepare('UPDATE sensitive_note SET ciphertext = (SELECT ciphertext FROM sensitive_note WHERE id = ?) WHERE id = ?').run(first.id, second.id);
    expect(call('sensitiveNotes.open', { id: second.id }).ok).toBe(false);
    const otherKey = createApi({ db, mode: 'test', version: 'test', sensitiveKey: () => randomBytes(32) });
    expect(otherKey.call('sensitiveNotes.open', { id: first.id }, { role: 'teacher' }).ok).toBe(false);
    const noKey = createApi({ db, mode: 'test', version: 'test' });
    expect(noKey.call('sensitiveNotes.open', { id: first.id }, { role: 'teacher' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', params: { reason: 'sensitiveKeyMissing' } },
    });
  });

  it('makes the key file once, readable only by its owner, and reuses it', () => {
    const file = join(tempDir(), 'sensitive-notes.key');
    const first = keyFileProvider(file)();
    expect(first).toHaveLength(32);
    expect(keyFileProvider(file)().equals(first)).toBe(true);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('base64'));
  });
});
