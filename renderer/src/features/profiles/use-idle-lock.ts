import { useEffect, useRef } from 'react';

const activityEvents = ['keydown', 'mousemove', 'mousedown', 'wheel', 'touchstart', 'scroll'] as const;
/** Time for the forms' autosave to send what is pending before the backend refuses it. */
const saveGraceMs = 300;

/**
 * Locks after `minutes` without keyboard or mouse (0: never). Before locking it asks every
 * open form to save now (the same signal as leaving the page), so nothing typed is lost; the
 * forms stay open behind the lock screen anyway.
 */
export function useIdleLock(minutes: number, enabled: boolean, lock: () => void) {
  const lockRef = useRef(lock);
  useEffect(() => {
    lockRef.current = lock;
  }, [lock]);

  useEffect(() => {
    if (!enabled || minutes <= 0) return;
    let timer: ReturnType<typeof setTimeout>;
    const lockNow = () => {
      window.dispatchEvent(new Event('pagehide'));
      timer = setTimeout(() => lockRef.current(), saveGraceMs);
    };
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(lockNow, minutes * 60_000);
    };
    restart();
    for (const name of activityEvents) window.addEventListener(name, restart, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, restart, { capture: true });
    };
  }, [enabled, minutes]);
}
