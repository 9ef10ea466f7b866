/**
 * How ward IT and volunteers reach "Quản trị kiosk": a long press (3 s) on the kiosk and ward name in the
 * header — nothing a resident taps by chance — or Ctrl+Alt+A on a physical keyboard (the shell's input
 * filter lets Ctrl+Alt through: it is AltGr typing on some layouts, never a browser shortcut).
 */
import { useEffect, useRef, type PointerEvent } from 'react';
import { useScreenStore } from '../state/screen-store';

export const LONG_PRESS_MS = 3000;
/** A finger that slides this far is scrolling, not pressing. */
const MOVE_TOLERANCE_PX = 24;

export interface LongPressHandlers {
  onPointerDown(event: PointerEvent<HTMLElement>): void;
  onPointerUp(): void;
  onPointerLeave(): void;
  onPointerCancel(): void;
  onPointerMove(event: PointerEvent<HTMLElement>): void;
  onContextMenu(event: { preventDefault(): void }): void;
}

export function useLongPress(onLongPress: () => void, ms: number = LONG_PRESS_MS): LongPressHandlers {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const start = useRef<{ x: number; y: number } | null>(null);
  const latest = useRef(onLongPress);
  useEffect(() => {
    latest.current = onLongPress;
  });

  const cancel = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    start.current = null;
  };
  useEffect(() => cancel, []);

  return {
    onPointerDown: (event) => {
      cancel();
      start.current = { x: event.clientX, y: event.clientY };
      timer.current = setTimeout(() => {
        timer.current = undefined;
        start.current = null;
        latest.current();
      }, ms);
    },
    onPointerMove: (event) => {
      const from = start.current;
      if (from && Math.hypot(event.clientX - from.x, event.clientY - from.y) > MOVE_TOLERANCE_PX) cancel();
    },
    onPointerUp: cancel,
    onPointerLeave: cancel,
    onPointerCancel: cancel,
    // A long touch opens the context menu in Chromium: not here.
    onContextMenu: (event) => event.preventDefault(),
  };
}

/** True for Ctrl+Alt+A (the physical A key, whatever the layout types for it). */
export function isAdminShortcut(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey' | 'code' | 'key'>): boolean {
  if (!event.ctrlKey || !event.altKey || event.metaKey || event.shiftKey) return false;
  return event.code === 'KeyA' || event.key.toLowerCase() === 'a';
}

/** Ctrl+Alt+A anywhere opens the admin screen. */
export function useAdminShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isAdminShortcut(event)) return;
      event.preventDefault();
      useScreenStore.getState().openAdmin();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
