import type { Database } from 'better-sqlite3';
import type { MethodName } from '../../../../shared/api/method-names';
import {
  lockedMethods,
  signedOutMethods,
  type Profile,
  type ProfileCurrent,
} from '../../../../shared/domain/profiles';
import type { StaffRole } from '../../../../shared/domain/staff';
import { ApiFailure, invalidField } from '../../db/errors';
import { anyPinSet, deletePin, findProfile, lastProfileId, readPin, rememberLastProfile, writePin } from '../../repositories/profiles';
import { createPinAttempts, type PinAttempts } from './attempts';
import { hashPin, pinMatches } from './pin-hash';

/** Who makes a call: the role decides what is allowed; an assistant's staffId decides which classes. */
export interface SessionCaller {
  role: StaffRole;
  staffId?: string;
}

type State = { kind: 'open' } | { kind: 'signedOut' } | { kind: 'signedIn'; staffId: string; locked: boolean };

/** While nobody is signed in, the few calls that show the start screen run with the least rights. */
const startScreenCaller: SessionCaller = { role: 'assistant' };
/** Before anyone chose a profile (and nobody has a PIN) the app is the centre's teacher, as it always was. */
const openCaller: SessionCaller = { role: 'teacher' };

const allowedSignedOut = new Set<string>(signedOutMethods);
const allowedLocked = new Set<string>(lockedMethods);

/**
 * Who is signed in on this PC, kept in the backend process (one per running app), so every
 * transport (IPC, HTTP, printing, material files) takes the caller from the same place.
 *
 * Start rule: once any profile has a PIN, the app starts signed out («Hvem er du?»). Without
 * any PIN it starts as the profile used last, or, if none was ever chosen, in the open mode
 * where it acts as a teacher exactly as before profiles existed.
 */
export class ProfileSession {
  private state: State;
  private readonly attempts: PinAttempts;

  constructor(private readonly db: Database, clock: () => number = Date.now) {
    this.attempts = createPinAttempts(clock);
    this.state = this.startState();
  }

  /** The caller for a call that came through a shell, or the code that refuses it. */
  callerFor(method: MethodName | string): SessionCaller | 'signed_out' | 'locked' {
    if (this.state.kind === 'open' && anyPinSet(this.db)) this.state = { kind: 'signedOut' };
    if (this.state.kind === 'open') return openCaller;
    if (this.state.kind === 'signedIn') {
      const profile = findProfile(this.db, this.state.staffId);
      if (!profile) {
        // The staff member was deleted (or a restore brought back an older database).
        this.state = this.startState(true);
        return this.callerFor(method);
      }
      if (this.state.locked && !allowedLocked.has(method)) return 'locked';
      return { role: profile.role, staffId: profile.staffId };
    }
    return allowedSignedOut.has(method) ? startScreenCaller : 'signed_out';
  }

  current(): ProfileCurrent {
    const signInSetUp = anyPinSet(this.db);
    const profile = this.state.kind === 'signedIn' ? findProfile(this.db, this.state.staffId) ?? null : null;
    if (this.state.kind === 'signedIn' && profile) {
      return { mode: 'signedIn', locked: this.state.locked, profile, signInSetUp };
    }
    const mode = this.state.kind === 'open' && !signInSetUp ? 'open' : 'signedOut';
    return { mode, locked: false, profile: null, signInSetUp };
  }

  signIn(staffId: string, pin: string | undefined): ProfileCurrent {
    const profile = findProfile(this.db, staffId);
    if (!profile) throw invalidField('staffId', 'unknownStaff');
    if (profile.hasPin) this.checkPin(profile.staffId, pin);
    rememberLastProfile(this.db, profile.staffId);
    this.state = { kind: 'signedIn', staffId: profile.staffId, locked: false };
    return this.current();
  }

  signOut(): ProfileCurrent {
    this.state = { kind: 'signedOut' };
    return this.current();
  }

  lock(): ProfileCurrent {
    const profile = this.signedInProfile();
    if (!profile.hasPin) throw new ApiFailure('pin_missing');
    if (this.state.kind === 'signedIn') this.state = { ...this.state, locked: true };
    return this.current();
  }

  unlock(pin: string): ProfileCurrent {
    const profile = this.signedInProfile();
    if (this.state.kind === 'signedIn' && this.state.locked) {
      this.checkPin(profile.staffId, pin);
      this.state = { ...this.state, locked: false };
    }
    return this.current();
  }

  /** Sets or changes the signed-in profile's own PIN; a change needs the current PIN. */
  setPin(caller: SessionCaller, pin: string, currentPin: string | undefined): Profile {
    const profile = this.ownProfile(caller);
    if (profile.hasPin) this.checkPin(profile.staffId, currentPin, 'currentPin');
    writePin(this.db, profile.staffId, hashPin(pin));
    return { ...profile, hasPin: true };
  }

  /** Removes the own PIN (with the current PIN), or, for an admin, another profile's forgotten one. */
  clearPin(caller: SessionCaller, staffId: string | undefined, currentPin: string | undefined): Profile {
    const own = staffId === undefined || staffId === caller.staffId;
    if (own) {
      const profile = this.ownProfile(caller);
      if (profile.hasPin) this.checkPin(profile.staffId, currentPin, 'currentPin');
      deletePin(this.db, profile.staffId);
      return { ...profile, hasPin: false };
    }
    if (caller.role !== 'admin') throw new ApiFailure('forbidden');
    const target = findProfile(this.db, staffId);
    if (!target) throw invalidField('staffId', 'unknownStaff');
    deletePin(this.db, target.staffId);
    return { ...target, hasPin: false };
  }

  private startState(afterLoss = false): State {
    if (anyPinSet(this.db)) return { kind: 'signedOut' };
    const last = lastProfileId(this.db);
    if (!afterLoss && last && findProfile(this.db, last)) return { kind: 'signedIn', staffId: last, locked: false };
    return { kind: 'open' };
  }

  private signedInProfile(): Profile {
    const profile = this.state.kind === 'signedIn' ? findProfile(this.db, this.state.staffId) : undefined;
    if (!profile) throw new ApiFailure('signed_out');
    return profile;
  }

  /** A caller without a profile (the open mode) has no PIN of its own to set. */
  private ownProfile(caller: SessionCaller): Profile {
    const profile = caller.staffId ? findProfile(this.db, caller.staffId) : undefined;
    if (!profile) throw new ApiFailure('signed_out');
    return profile;
  }

  /** Throws unless `pin` is the profile's PIN; wrong tries make the next one wait a little. */
  private checkPin(staffId: string, pin: string | undefined, field = 'pin'): void {
    const wait = this.attempts.waitSeconds(staffId);
    if (wait > 0) throw new ApiFailure('pin_wait', undefined, { waitSeconds: wait });
    if (pin === undefined) throw invalidField(field, 'required');
    const stored = readPin(this.db, staffId);
    if (stored && pinMatches(pin, stored)) {
      this.attempts.succeeded(staffId);
      return;
    }
    const next = this.attempts.failed(staffId);
    throw new ApiFailure('pin_wrong', undefined, next > 0 ? { waitSeconds: next } : undefined);
  }
}
