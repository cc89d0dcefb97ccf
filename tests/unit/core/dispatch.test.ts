import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../electron/core/api/dispatch';
import { openDatabase } from '../../../electron/core/db/connection';
import { hashDatabase } from '../helpers/db-dump';
import { staffInput } from '../helpers/fixtures';

const teacher = { role: 'teacher' as const };
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function plainApi(onInternalError?: (method: string, error: unknown) => void) {
  const db = openDatabase(':memory:');
  opened.push(db);
  return { db, api: createApi({ db, mode: 'test', version: '1.2.3' }, onInternalError ? { onInternalError } : {}) };
}

describe('dispatch', () => {
  it.each([
    ['', 'empty'],
    ['staff', 'a namespace'],
    ['staff.drop', 'a made-up method'],
    ['STAFF.LIST', 'wrong case'],
    [' staff.list', 'leading space'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['hasOwnProperty', 'hasOwnProperty'],
    [42, 'a number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ method: 'staff.list' }, 'an object'],
    [['staff.list'], 'an array'],
  ])('answers unknown_method to %j (%s)', (method, _label) => {
    const { api } = plainApi();
    expect(api.call(method, {}, teacher)).toEqual({ ok: false, error: { code: 'unknown_method' } });
  });

  it('treats missing input as an empty object', () => {
    const { api } = plainApi();
    expect(api.call('staff.list', undefined, teacher)).toEqual({ ok: true, value: [] });
    expect(api.call('app.info', null, teacher)).toMatchObject({ ok: true, value: { version: '1.2.3' } });
  });

  it("turns an unexpected failure into 'internal', reports it, and rolls the whole call back", () => {
    const onInternalError = vi.fn();
    const { api, db } = plainApi(onInternalError);
    // Fail half-way through the example centre: staff, class and some participants exist by then.
    db.exec(`CREATE TEMP TRIGGER fail_late AFTER INSERT ON enrolment
      WHEN (SELECT count(*) FROM enrolment) >= 5 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const before = hashDatabase(db);
    expect(api.call('exampleCentre.create', {}, teacher)).toEqual({ ok: false, error: { code: 'internal' } });
    expect(onInternalError).toHaveBeenCalledTimes(1);
    expect(onInternalError.mock.calls[0]![0]).toBe('exampleCentre.create');
    expect(String(onInternalError.mock.calls[0]![1])).toMatch(/disk trouble/);
    expect(hashDatabase(db)).toBe(before);
    expect(db.prepare('SELECT count(*) FROM participant').pluck().get()).toBe(0);
    expect(db.inTransaction).toBe(false);
  });

  it('never throws, even without an error callback', () => {
    const { api, db } = plainApi();
    db.exec("CREATE TEMP TRIGGER always_fail BEFORE INSERT ON staff BEGIN SELECT RAISE(ABORT, 'nope'); END");
    expect(api.call('staff.create', staffInput(), teacher)).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
