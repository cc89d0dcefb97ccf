import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinAttempts } from '../../../../electron/core/services/profiles/attempts';
import { hashDatabase } from '../../helpers/db-dump';
import { courseInput, errorOf, staffInput } from '../../helpers/fixtures';
import { createSessionApi, type SessionApi } from './session-api';

let app: SessionApi;
let teacherId: string;
let assistantId: string;
let adminId: string;

beforeEach(() => {
  app = createSessionApi();
  teacherId = app.value('staff.create', staffInput({ name: 'Ingrid Haugland', role: 'teacher' })).id;
  assistantId = app.value('staff.create', staffInput({ name: 'نادية كريم', role: 'assistant', languages: ['ar'] })).id;
  adminId = app.value('staff.create', staffInput({ name: 'Kari Kontor', role: 'admin' })).id;
});
afterEach(() => app.db.close());

/** Signs in as the assistant and gives the profile a PIN. */
function assistantWithPin(pin = '2468'): void {
  app.value('profiles.signIn', { staffId: assistantId });
  app.value('profiles.setPin', { pin });
}

describe('profile session', () => {
  it('acts as the centre’s teacher until anyone chooses a profile (a database from before profiles keeps working)', () => {
    expect(app.value('profiles.current', {})).toEqual({ mode: 'open', locked: false, profile: null, signInSetUp: false });
    expect(app.call('courses.create', courseInput()).ok).toBe(true);
    expect(app.restart().value('profiles.current', {}).mode).toBe('open');
  });

  it('lists every profile with its role and whether it has a PIN, never a hash', () => {
    assistantWithPin();
    const list = app.value('profiles.list', {});
    expect(list.map((profile) => [profile.name, profile.role, profile.hasPin, profile.lastUsed])).toEqual([
      ['Ingrid Haugland', 'teacher', false, false],
      ['Kari Kontor', 'admin', false, false],
      ['نادية كريم', 'assistant', true, true],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/hash|salt/u);
  });

  it('runs calls with the signed-in profile’s role', () => {
    app.value('profiles.signIn', { staffId: assistantId });
    expect(app.value('profiles.current', {}).profile).toEqual({ staffId: assistantId, name: 'نادية كريم', role: 'assistant', hasPin: false });
    expect(errorOf(app.call('courses.create', courseInput())).code).toBe('forbidden');
    app.value('profiles.signIn', { staffId: teacherId });
    expect(app.call('courses.create', courseInput()).ok).toBe(true);
  });

  it('remembers a profile without a PIN across a restart', () => {
    app.value('profiles.signIn', { staffId: teacherId });
    expect(app.restart().value('profiles.current', {}).profile?.staffId).toBe(teacherId);
  });

  it('stores the PIN as an scrypt hash with its own salt, never the PIN', () => {
    assistantWithPin('2468');
    const row = app.db.prepare('SELECT hash, salt, cost FROM staff_pin WHERE staff_id = ?').get(assistantId) as { hash: Buffer; salt: Buffer; cost: number };
    expect(row.hash).toHaveLength(32);
    expect(row.salt).toHaveLength(16);
    expect(row.cost).toBeGreaterThanOrEqual(16384);
    expect(row.hash.toString('latin1')).not.toContain('2468');
    app.value('profiles.signIn', { staffId: teacherId });
    app.value('profiles.setPin', { pin: '2468' });
    const other = app.db.prepare('SELECT hash FROM staff_pin WHERE staff_id = ?').pluck().get(teacherId) as Buffer;
    expect(other.equals(row.hash)).toBe(false);
  });

  it('starts at «Hvem er du?» once anyone has a PIN, refusing everything but the start screen', () => {
    assistantWithPin();
    const fresh = app.restart();
    expect(fresh.value('profiles.current', {})).toEqual({ mode: 'signedOut', locked: false, profile: null, signInSetUp: true });
    const before = hashDatabase(app.db);
    for (const method of ['courses.list', 'participants.list', 'staff.list', 'glossary.overview'] as const) {
      expect(errorOf(fresh.call(method, {})).code, method).toBe('signed_out');
    }
    expect(errorOf(fresh.call('courses.create', courseInput())).code).toBe('signed_out');
    expect(hashDatabase(app.db)).toBe(before);
    expect(fresh.call('profiles.list', {}).ok).toBe(true);
    expect(fresh.call('settings.get', {}).ok).toBe(true);
    // A profile without a PIN is open to whoever sits at the PC; one with a PIN needs it.
    expect(fresh.value('profiles.signIn', { staffId: teacherId }).mode).toBe('signedIn');
    fresh.value('profiles.signOut', {});
    expect(errorOf(fresh.call('profiles.signIn', { staffId: assistantId })).issues).toEqual([{ path: 'pin', code: 'required' }]);
    expect(errorOf(fresh.call('profiles.signIn', { staffId: assistantId, pin: '1111' })).code).toBe('pin_wrong');
    expect(fresh.value('profiles.signIn', { staffId: assistantId, pin: '2468' }).profile?.role).toBe('assistant');
    expect(fresh.call('courses.list', {}).ok).toBe(true);
  });

  it('locks: everything but the lock screen is refused until the PIN is given, and the session is kept', () => {
    assistantWithPin();
    expect(app.value('profiles.lock', {}).locked).toBe(true);
    expect(errorOf(app.call('courses.list', {})).code).toBe('locked');
    expect(errorOf(app.call('glossary.create', { term: 'bleie' })).code).toBe('locked');
    expect(errorOf(app.call('profiles.signIn', { staffId: teacherId })).code).toBe('locked');
    expect(app.value('profiles.current', {}).profile?.staffId).toBe(assistantId);
    expect(errorOf(app.call('profiles.unlock', { pin: '0000' })).code).toBe('pin_wrong');
    expect(app.value('profiles.unlock', { pin: '2468' })).toMatchObject({ mode: 'signedIn', locked: false });
    expect(app.call('courses.list', {}).ok).toBe(true);
  });

  it('offers no lock to a profile without a PIN', () => {
    app.value('profiles.signIn', { staffId: teacherId });
    expect(errorOf(app.call('profiles.lock', {})).code).toBe('pin_missing');
    expect(app.call('courses.list', {}).ok).toBe(true);
  });

  it('refuses malformed PINs with a field error', () => {
    app.value('profiles.signIn', { staffId: teacherId });
    for (const pin of ['12', '123456789', 'abcd', '12 34', '١٢٣٤']) {
      expect(errorOf(app.call('profiles.setPin', { pin })).issues?.[0]?.path, pin).toBe('pin');
    }
    expect(app.value('profiles.current', {}).profile?.hasPin).toBe(false);
  });

  it('changes and removes the own PIN only with the current one', () => {
    assistantWithPin('2468');
    expect(errorOf(app.call('profiles.setPin', { pin: '1357' })).issues).toEqual([{ path: 'currentPin', code: 'required' }]);
    expect(errorOf(app.call('profiles.setPin', { pin: '1357', currentPin: '9999' })).code).toBe('pin_wrong');
    expect(app.value('profiles.setPin', { pin: '1357', currentPin: '2468' }).hasPin).toBe(true);
    app.value('profiles.lock', {});
    expect(errorOf(app.call('profiles.unlock', { pin: '2468' })).code).toBe('pin_wrong');
    app.value('profiles.unlock', { pin: '1357' });
    expect(app.value('profiles.clearPin', { currentPin: '1357' }).hasPin).toBe(false);
    expect(app.value('profiles.current', {}).signInSetUp).toBe(false);
  });

  it('lets an admin remove another profile’s forgotten PIN, and nobody else', () => {
    assistantWithPin();
    app.value('profiles.signIn', { staffId: teacherId });
    expect(errorOf(app.call('profiles.clearPin', { staffId: assistantId })).code).toBe('forbidden');
    app.value('profiles.signIn', { staffId: adminId });
    expect(app.value('profiles.clearPin', { staffId: assistantId })).toMatchObject({ staffId: assistantId, hasPin: false });
    expect(app.db.prepare('SELECT count(*) FROM staff_pin').pluck().get()).toBe(0);
  });

  it('has no own PIN to set before a profile is chosen', () => {
    expect(errorOf(app.call('profiles.setPin', { pin: '2468' })).code).toBe('signed_out');
  });

  it('signs out when the signed-in staff member is deleted', () => {
    assistantWithPin();
    app.value('profiles.signIn', { staffId: adminId });
    app.value('staff.delete', { id: adminId });
    expect(errorOf(app.call('courses.list', {})).code).toBe('signed_out');
    expect(app.value('profiles.current', {}).mode).toBe('signedOut');
  });

  it('refuses unknown profiles', () => {
    expect(errorOf(app.call('profiles.signIn', { staffId: '01900000-0000-7000-8000-000000000000' })).issues).toEqual([{ path: 'staffId', code: 'unknownStaff' }]);
  });

  it('makes a wrong PIN wait longer each time after three tries, never locking out for good', () => {
    assistantWithPin();
    app.value('profiles.signOut', {});
    const codes = [1, 2, 3].map(() => errorOf(app.call('profiles.signIn', { staffId: assistantId, pin: '0000' })));
    expect(codes.map((error) => error.code)).toEqual(['pin_wrong', 'pin_wrong', 'pin_wrong']);
    expect(codes[2]?.params).toEqual({ waitSeconds: 2 });
    // Even the right PIN waits until the time is up.
    expect(errorOf(app.call('profiles.signIn', { staffId: assistantId, pin: '2468' }))).toMatchObject({ code: 'pin_wait' });
    // Another profile is not held up.
    expect(app.call('profiles.signIn', { staffId: teacherId }).ok).toBe(true);
  });
});

describe('PIN attempts', () => {
  it('grows the wait 2, 4, 8 … seconds up to a minute, and clears it on success', () => {
    let time = 0;
    const attempts = createPinAttempts(() => time);
    const waits = Array.from({ length: 9 }, () => {
      const wait = attempts.failed('a');
      time += wait * 1000;
      return wait;
    });
    expect(waits).toEqual([0, 0, 2, 4, 8, 16, 32, 60, 60]);
    attempts.failed('a');
    expect(attempts.waitSeconds('a')).toBe(60);
    time += 30_000;
    expect(attempts.waitSeconds('a')).toBe(30);
    attempts.succeeded('a');
    expect(attempts.waitSeconds('a')).toBe(0);
    expect(attempts.failed('a')).toBe(0);
  });
});
