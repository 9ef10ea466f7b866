import { useRef, useState } from 'react';

export type ShiftState = 'off' | 'once' | 'caps';
export const DOUBLE_TAP_MS = 400;

/**
 * Shift for one letter; Caps (all capitals) by a double tap or a long press; a tap in Caps turns it off.
 */
export function useShift() {
  const [shift, setShift] = useState<ShiftState>('off');
  const lastTap = useRef(-Infinity);

  const tap = () => {
    const now = performance.now();
    const quick = now - lastTap.current < DOUBLE_TAP_MS;
    lastTap.current = now;
    setShift((current) => {
      if (current === 'caps') return 'off';
      if (current === 'once') return quick ? 'caps' : 'off';
      return 'once';
    });
  };
  const lock = () => setShift('caps');
  /** After a letter: a one-letter shift ends. */
  const used = () => setShift((current) => (current === 'once' ? 'off' : current));
  const reset = () => setShift('off');
  return { shift, tap, lock, used, reset };
}
