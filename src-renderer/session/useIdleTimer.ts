import { useCallback, useEffect, useRef, useState } from 'react';

export interface IdleTimerOptions {
  /** Only counts while true (a session is in progress); switching it on starts a fresh idle period. */
  active: boolean;
  /** Seconds without a touch before the warning. */
  warningSeconds: number;
  /** Seconds the warning lasts before `onTimeout`. */
  countdownSeconds: number;
  onTimeout: () => void;
}

export type IdleTimerState =
  | { phase: 'idle' }
  | { phase: 'warning'; secondsLeft: number };

export interface IdleTimer {
  state: IdleTimerState;
  /** The resident is still here: a full idle period again. */
  extend: () => void;
}

/** What counts as the resident being there. */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'input'] as const;

/**
 * Idle detection for a public kiosk. Everything is computed from `Date.now()` deadlines, never by
 * counting ticks, so a throttled tab or a late timer cannot stretch the time a session stays open.
 * While the warning is showing, only `extend()` (the big button) keeps the session.
 */
export function useIdleTimer({ active, warningSeconds, countdownSeconds, onTimeout }: IdleTimerOptions): IdleTimer {
  const [state, setState] = useState<IdleTimerState>({ phase: 'idle' });
  const lastActivity = useRef(0); // set when the timer starts
  const warning = useRef(false);
  const [epoch, setEpoch] = useState(0); // bumped by extend(): restarts the scheduling effect
  const timeoutRef = useRef(onTimeout);
  useEffect(() => {
    timeoutRef.current = onTimeout;
  }, [onTimeout]);

  useEffect(() => {
    if (!active) return;
    const onActivity = () => {
      if (!warning.current) lastActivity.current = Date.now();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [active]);

  useEffect(() => {
    if (!active) return;
    const warningMs = warningSeconds * 1000;
    const countdownMs = countdownSeconds * 1000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    lastActivity.current = Date.now();
    warning.current = false;

    const check = () => {
      if (cancelled) return;
      const now = Date.now();
      const warnAt = lastActivity.current + warningMs;
      if (now < warnAt) {
        timer = setTimeout(check, warnAt - now);
        return;
      }
      const endAt = warnAt + countdownMs;
      if (now >= endAt) {
        warning.current = false;
        setState({ phase: 'idle' });
        timeoutRef.current();
        return;
      }
      warning.current = true;
      const msLeft = endAt - now;
      setState({ phase: 'warning', secondsLeft: Math.ceil(msLeft / 1000) });
      // Wake at the next whole second of the countdown (or the end).
      timer = setTimeout(check, msLeft % 1000 || 1000);
    };
    timer = setTimeout(check, warningMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      warning.current = false;
      setState({ phase: 'idle' });
    };
  }, [active, warningSeconds, countdownSeconds, epoch]);

  const extend = useCallback(() => {
    warning.current = false;
    lastActivity.current = Date.now();
    setEpoch((n) => n + 1);
  }, []);

  return { state: active ? state : { phase: 'idle' }, extend };
}
