import { useEffect, useState, type RefObject } from 'react';
import { isTextField, type TextField } from './field-dom';

function initial(): TextField | null {
  return typeof document !== 'undefined' && isTextField(document.activeElement) ? document.activeElement : null;
}

/**
 * How long the keyboard stays after focus leaves a text field. A tap on a choice below the field first
 * blurs the field (pointerdown) and clicks only on pointerup: closing the keyboard at once would move the
 * page between the two, and the tap would land on something else (or nothing).
 */
export const CLOSE_DELAY_MS = 350;

/**
 * The text field that has the focus, from document focusin/focusout. Focus moving into the keyboard itself
 * (a keyboard user tabbing onto a key) keeps the field; a field removed from the page is dropped.
 */
export function useFocusedField(keyboardRoot: RefObject<HTMLElement | null>): TextField | null {
  const [field, setField] = useState<TextField | null>(initial);

  useEffect(() => {
    let closing: ReturnType<typeof setTimeout> | undefined;
    const cancelClose = () => {
      if (closing !== undefined) clearTimeout(closing);
      closing = undefined;
    };
    const closeSoon = () => {
      cancelClose();
      closing = setTimeout(() => {
        closing = undefined;
        if (!isTextField(document.activeElement)) setField(null);
      }, CLOSE_DELAY_MS);
    };
    const inKeyboard = (target: EventTarget | null) => target instanceof Node && Boolean(keyboardRoot.current?.contains(target));
    const onFocusIn = (event: FocusEvent) => {
      if (inKeyboard(event.target)) return;
      if (isTextField(event.target)) {
        cancelClose();
        setField(event.target);
      } else closeSoon();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (inKeyboard(event.relatedTarget) || isTextField(event.relatedTarget)) return;
      if (inKeyboard(event.target)) return;
      closeSoon();
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      cancelClose();
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [keyboardRoot]);

  useEffect(() => {
    if (!field) return;
    const observer = new MutationObserver(() => {
      if (!field.isConnected) setField(null);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [field]);

  return field;
}
