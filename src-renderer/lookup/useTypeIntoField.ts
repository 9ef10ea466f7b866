import { useEffect } from 'react';

function isEditable(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

/**
 * While the screen is shown, a printable key pressed with no text field focused moves focus to the field
 * `fieldId` first, so the character (and the rest of what a USB barcode scanner "types") lands there.
 * Keys with Ctrl, Alt or Meta (shortcuts such as Ctrl+Alt+A) are left alone.
 */
export function useTypeIntoField(fieldId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isEditable(document.activeElement)) return;
      document.getElementById(fieldId)?.focus({ preventScroll: true });
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [fieldId]);
}
