import { useEffect, useRef, useState, type MouseEvent, type PointerEvent, type ReactNode } from 'react';

export const REPEAT_DELAY_MS = 500;
export const REPEAT_INTERVAL_MS = 80;
export const LONG_PRESS_MS = 600;

export interface KeyProps {
  /** Accessible name when the face is a symbol ("Dấu sắc", "Xoá lùi"); the face text otherwise. */
  name?: string;
  children: ReactNode;
  /** `viaPointer` is true for a touch or mouse tap (the field gets its focus back), false for Enter/Space on the key. */
  onPress: (viaPointer: boolean) => void;
  /** Press again and again while held (backspace). */
  repeat?: boolean;
  onLongPress?: () => void;
  /** aria-pressed, for toggles (shift, input method). */
  pressed?: boolean;
  /** Visible and audible feedback when touched. */
  onFeedback?: () => void;
  className?: string;
}

/**
 * One on-screen key: a real button that never takes the focus from the field (pointer/mouse down are
 * cancelled), shows a pressed state while touched, and can repeat or react to a long press.
 */
export function Key({ name, children, onPress, repeat = false, onLongPress, pressed, onFeedback, className }: KeyProps) {
  const [active, setActive] = useState(false);
  const timers = useRef<{ delay?: ReturnType<typeof setTimeout>; interval?: ReturnType<typeof setInterval> }>({});
  const handled = useRef(false);

  const stop = () => {
    clearTimeout(timers.current.delay);
    clearInterval(timers.current.interval);
    timers.current = {};
    setActive(false);
  };
  useEffect(() => stop, []);

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    event.preventDefault();
    if (event.button !== undefined && event.button > 0) return;
    stop();
    setActive(true);
    onFeedback?.();
    handled.current = false;
    if (repeat) {
      handled.current = true;
      onPress(true);
      timers.current.delay = setTimeout(() => {
        timers.current.interval = setInterval(() => onPress(true), REPEAT_INTERVAL_MS);
        onPress(true);
      }, REPEAT_DELAY_MS);
    } else if (onLongPress) {
      timers.current.delay = setTimeout(() => {
        handled.current = true;
        onLongPress();
      }, LONG_PRESS_MS);
    }
  };

  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (handled.current) {
      handled.current = false;
      return;
    }
    onPress(event.detail > 0);
  };

  const classes = ['k-key', active && 'k-key--active', className].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes}
      aria-label={name}
      aria-pressed={pressed}
      onPointerDown={onPointerDown}
      onPointerUp={stop}
      onPointerCancel={stop}
      onPointerLeave={stop}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
