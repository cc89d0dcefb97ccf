import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api/dispatch';
import { openDatabase } from '../../../electron/core/db/connection';
import { storageErrorCode } from '../../../electron/core/db/storage-errors';
import type { MethodInput } from '../../../shared/api/contract';
import { tempDir } from '../helpers/temp-dir';

const caller = { role: 'teacher' } as const;
const participant = (givenName: string): MethodInput<'participants.create'> => ({
  givenName,
  familyName: 'Diskfull',
  motherTongues: ['ar'],
  programme: 'introduction',
  note: 'x'.repeat(1900),
});

describe('storage failures', () => {
  it('names SQLite disk errors by family, and nothing else', () => {
    expect(storageErrorCode({ code: 'SQLITE_FULL' })).toBe('storage_full');
    expect(storageErrorCode({ code: 'SQLITE_READONLY_DIRECTORY' })).toBe('storage_readonly');
    expect(storageErrorCode({ code: 'SQLITE_IOERR_WRITE' })).toBe('storage_unavailable');
    expect(storageErrorCode({ code: 'SQLITE_CONSTRAINT_CHECK' })).toBeUndefined();
    expect(storageErrorCode(new Error('SQLITE_FULL'))).toBeUndefined();
  });

  it('answers storage_full when the disk fills up, keeps what was saved and stays usable', () => {
    const file = join(tempDir(), 'sprakbro.db');
    const db = openDatabase(file);
    const storageErrors: string[] = [];
    const api = createApi(
      { db, mode: 'test', version: '0.0.0-test' },
      {
        onInternalError: (method, error) => {
          throw new Error(`${method}: ${String(error)}`);
        },
        onStorageError: (method) => storageErrors.push(method),
      },
    );
    // A database that may not grow beyond its current size plus a little: the same answer
    // SQLite gives when the disk itself is full.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 8}`);

    const saved: string[] = [];
    let answer = api.call('participants.create', participant('p0'), caller);
    for (let index = 1; answer.ok && index < 500; index += 1) {
      saved.push(`p${index - 1}`);
      answer = api.call('participants.create', participant(`p${index}`), caller);
    }
    expect(answer).toEqual({ ok: false, error: { code: 'storage_full' } });
    expect(storageErrors).toEqual(['participants.create']);

    // Everything reported as saved is there, the failed write left nothing half-done.
    const names = db.prepare('SELECT given_name FROM participant ORDER BY given_name').pluck().all();
    expect(new Set(names)).toEqual(new Set(saved));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Reads still work, and once there is room again writes do too.
    expect(api.call('participants.list', {}, caller).ok).toBe(true);
    db.pragma('max_page_count = 1073741823');
    expect(api.call('participants.create', participant('after'), caller).ok).toBe(true);
    db.close();
  });

  it('answers storage_readonly for a database opened read-only and changes nothing', () => {
    const file = join(tempDir(), 'sprakbro.db');
    const writable = openDatabase(file);
    createApi({ db: writable, mode: 'test', version: '0.0.0-test' }).call('participants.create', participant('kept'), caller);
    writable.close();

    // What a write-protected folder or a file without write permission gives SQLite.
    const readonly = new BetterSqlite3(file, { readonly: true });
    const api = createApi({ db: readonly, mode: 'test', version: '0.0.0-test' });
    expect(api.call('participants.create', participant('new'), caller)).toEqual({
      ok: false,
      error: { code: 'storage_readonly' },
    });
    expect(readonly.prepare('SELECT given_name FROM participant').pluck().all()).toEqual(['kept']);
    readonly.close();
  });
});
