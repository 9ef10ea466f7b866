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
    if (!open || !field) return;
    if (typeof field.scrollIntoView === 'function') field.scrollIntoView({ block: 'center' });
  }, [field, open, layout]);
}
