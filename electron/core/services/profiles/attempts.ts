/**
 * Wrong PINs: the first few tries are free, then each further wrong try makes the next one
 * wait a little longer (2, 4, 8 … up to 60 seconds). Nothing is ever locked out for good and
 * nothing is lost: the session and its unsaved work stay as they are while the user waits.
 * Kept in memory per profile; a right PIN clears it.
 */
const freeTries = 3;
const maxWaitSeconds = 60;

export interface PinAttempts {
  /** Seconds left before the next try is allowed for this profile; 0 when it may try now. */
  waitSeconds(staffId: string): number;
  /** Records a wrong try; answers the wait the next try must respect (0 for none). */
  failed(staffId: string): number;
  succeeded(staffId: string): void;
}

export function createPinAttempts(clock: () => number = Date.now): PinAttempts {
  const state = new Map<string, { failures: number; notBefore: number }>();
  return {
    waitSeconds(staffId) {
      const entry = state.get(staffId);
      if (!entry) return 0;
      return Math.max(0, Math.ceil((entry.notBefore - clock()) / 1000));
    },
    failed(staffId) {
      const failures = (state.get(staffId)?.failures ?? 0) + 1;
      const wait = failures < freeTries ? 0 : Math.min(maxWaitSeconds, 2 ** (failures - freeTries + 1));
      state.set(staffId, { failures, notBefore: clock() + wait * 1000 });
      return wait;
    },
    succeeded(staffId) {
      state.delete(staffId);
    },
  };
}
