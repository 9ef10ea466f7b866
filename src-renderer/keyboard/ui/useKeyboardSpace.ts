import { useLayoutEffect, type RefObject } from 'react';
import type { TextField } from './field-dom';

/**
 * While the docked keyboard is open, the page gets room below it (`--keyboard-height` on <html> and the same
 * padding at the bottom of <body>) and the field is scrolled to the middle of what is left, so the keyboard
 * never covers the field being typed into.
 */
/** `layout` re-centres the field when the keyboard changes shape (a numeric pad is shorter than letters). */
export function useKeyboardSpace(panel: RefObject<HTMLElement | null>, field: TextField | null, open: boolean, layout: string): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    const root = document.documentElement;
    const update = () => {
      root.style.setProperty('--keyboard-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    };
    update();
    document.body.style.paddingBottom = 'var(--keyboard-height)';
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--keyboard-height');
      document.body.style.removeProperty('padding-bottom');
    };
  }, [panel, open]);

  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !field) return;
    const place = () => keepAboveKeyboard(field, element);
    place();
    // The keyboard changes height with its layout (numeric pad, letters): place the field again then.
    const observer = element && typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
    if (element) observer?.observe(element);
    return () => observer?.disconnect();
  }, [panel, field, open, layout]);
}

const MARGIN_PX = 16;

/**
 * Scroll so that the field sits in the middle of the part of the window above the keyboard (centring in
 * the whole window would leave it under the keyboard). Without layout (no sizes), fall back to the
 * browser's own centring.
 */
export function keepAboveKeyboard(field: TextField, keyboard: HTMLElement | null): void {
  const rect = field.getBoundingClientRect();
  // From the keyboard's layout height, not its on-screen box: it slides in with a transform, and at this
  // moment its box is still below the window, which made every field look uncovered.
  const keyboardHeight = keyboard?.offsetHeight;
  const top = window.innerHeight - (keyboardHeight ?? 0);
  if (rect.height === 0 || keyboardHeight === 0 || top <= 0) {
    if (typeof field.scrollIntoView === 'function') field.scrollIntoView({ block: 'center' });
    return;
  }
  if (rect.top >= MARGIN_PX && rect.bottom <= top - MARGIN_PX) return;
  const wanted = Math.max(MARGIN_PX, (top - rect.height) / 2);
  window.scrollBy(0, rect.top - wanted);
}
