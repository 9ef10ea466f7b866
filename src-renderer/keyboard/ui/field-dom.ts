import type { TextState } from '../engine';

/** DOM helpers of the on-screen keyboard: which fields it serves, and reading/writing them like a user would. */

export type TextField = HTMLInputElement | HTMLTextAreaElement;
export type KeyboardLayout = 'letters' | 'numeric' | 'email';

const TEXT_TYPES = new Set(['text', 'search', 'tel', 'email', 'number']);
const NUMERIC_MODES = new Set(['numeric', 'tel', 'decimal']);

/** A text-like input or a textarea that can be typed into (not read-only, not disabled, not inputmode="none"). */
export function isTextField(target: EventTarget | null): target is TextField {
  if (!(target instanceof HTMLInputElement) && !(target instanceof HTMLTextAreaElement)) return false;
  if (target.disabled || target.readOnly) return false;
  if (target.getAttribute('inputmode') === 'none' || target.dataset.keyboard === 'off') return false;
  return target instanceof HTMLTextAreaElement || TEXT_TYPES.has(target.type);
}

export function layoutFor(field: TextField): KeyboardLayout {
  const mode = (field.getAttribute('inputmode') ?? '').toLowerCase();
  const type = field instanceof HTMLInputElement ? field.type : 'textarea';
  if (NUMERIC_MODES.has(mode) || type === 'tel' || type === 'number') return 'numeric';
  if (mode === 'email' || type === 'email') return 'email';
  return 'letters';
}

/** Selection offsets; email and number inputs have none in browsers, so the caret is at the end there. */
function selection(field: TextField): { start: number; end: number } {
  const length = field.value.length;
  try {
    const start = field.selectionStart ?? length;
    const end = field.selectionEnd ?? start;
    return { start: Math.min(start, end), end: Math.max(start, end) };
  } catch {
    return { start: length, end: length };
  }
}

/** The field's text and caret; a selection is removed first, as typing over it would. */
export function readState(field: TextField): TextState {
  const { start, end } = selection(field);
  const text = field.value;
  return { text: text.slice(0, start) + text.slice(end), caret: start };
}

export function hasSelection(field: TextField): boolean {
  const { start, end } = selection(field);
  return end > start;
}

/** Removes the character (code point) before the caret. */
export function deleteBackward(state: TextState): TextState {
  if (state.caret <= 0) return state;
  const head = Array.from(state.text.slice(0, state.caret));
  head.pop();
  const before = head.join('');
  return { text: before + state.text.slice(state.caret), caret: before.length };
}

/**
 * Writes through the native value setter and fires a bubbling `input` event, so React's onChange runs for a
 * controlled field; then puts the caret back. Returns false when the text would pass the field's maxLength.
 */
export function writeState(field: TextField, next: TextState): boolean {
  if (field.maxLength >= 0 && next.text.length > field.maxLength && next.text.length > field.value.length) return false;
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, next.text);
  else field.value = next.text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  const caret = Math.min(next.caret, field.value.length);
  try {
    field.setSelectionRange(caret, caret);
  } catch {
    // email and number inputs have no selection API: the caret stays at the end
  }
  return true;
}

const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
const CONTINUE = '[data-keyboard-continue], .k-page__continue, button[type="submit"]';

function usable(el: Element): el is HTMLElement {
  return el instanceof HTMLElement && !el.closest('[inert], [hidden], [aria-hidden="true"]');
}

/** "Tiếp": the next field after `field` in DOM order within main, else the page's Continue button. */
export function nextTarget(field: TextField): HTMLElement | null {
  const scope = field.closest('main') ?? document.body;
  const after = Array.from(scope.querySelectorAll(FIELDS)).filter(
    (el) => usable(el) && Boolean(field.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  // Radios of one group count once: the tab stop is the checked one, or the first.
  const next = after[0];
  if (next instanceof HTMLInputElement && next.type === 'radio' && next.name) {
    const group = after.filter((el) => el instanceof HTMLInputElement && el.type === 'radio' && el.name === next.name);
    return (group.find((el) => (el as HTMLInputElement).checked) as HTMLElement | undefined) ?? next;
  }
  if (next && usable(next)) return next;
  const button = Array.from(document.querySelectorAll(CONTINUE)).find(usable);
  return button ?? null;
}
