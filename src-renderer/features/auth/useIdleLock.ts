import { useEffect, useRef } from 'react';
import { api } from '../../api/api';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Locks the desk after `minutes` without keyboard, mouse or touch input (the server enforces the same
 * limit on calls). While the user is active but not calling the server — reading a page — a light
 * heartbeat (auth.me) keeps the server-side session from locking underneath them.
 */
export function useIdleLock(minutes: number, active: boolean, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!active || !(minutes > 0)) return;
    const limit = minutes * 60_000;
    const heartbeatEvery = Math.min(60_000, limit / 3);
    let last = Date.now();
    let lastBeat = Date.now();
    let activeSinceBeat = false;
    const mark = (): void => {
      last = Date.now();
      activeSinceBeat = true;
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, mark, { passive: true, capture: true });
    const check = (): void => {
      const now = Date.now();
      if (now - last >= limit) {
        onIdleRef.current();
        return;
      }
      if (activeSinceBeat && now - lastBeat >= heartbeatEvery) {
        activeSinceBeat = false;
        lastBeat = now;
        api.auth.me().catch(() => undefined); // a SESSION_LOCKED answer reaches the lock screen via onAuthProblem
      }
    };
    const timer = setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, mark, { capture: true });
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [minutes, active]);
}
