import { useRef } from 'react';

/** Primary actions ignore a second activation within this many milliseconds (govuk-frontend behaviour). */
export const DEFAULT_GUARD_MS = 1000;

/**
 * Double-tap guard. Returns `allow()`: true for an activation that should go ahead, false for a repeat within
 * `guardMs` of the last accepted one. Ignored taps do not extend the window. Uses the monotonic clock, so a
 * wall-clock change (NTP sync on the kiosk) cannot lock the button.
 */
export function useTapGuard(guardMs: number): () => boolean {
  const lastAccepted = useRef<number | null>(null);
  return () => {
    if (guardMs <= 0) return true;
    const now = performance.now();
    if (lastAccepted.current !== null && now - lastAccepted.current < guardMs) return false;
    lastAccepted.current = now;
    return true;
  };
}
