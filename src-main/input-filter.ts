import type { Input } from 'electron';

/**
 * Which keyboard input `before-input-event` swallows. In kiosk mode: everything that reloads, opens
 * devtools, zooms, closes, opens windows/tabs, prints, saves, toggles fullscreen, views source, finds,
 * navigates back/forward, or opens the window menu. In windowed (development) mode: only zoom.
 * Typing is never blocked: letters, digits, editing keys, Shift, AltGr (reported as Ctrl+Alt), IME input.
 */

export type KeyInput = Pick<Input, 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'> &
  Partial<Pick<Input, 'type' | 'isComposing'>>;

export interface InputFilterOptions {
  kioskMode: boolean;
}

const ZOOM_KEYS = new Set(['+', '-', '=', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
/** Ctrl/Cmd + letter: reload, close, quit, new window/tab, print, save, view source, find, open, history,
 * downloads, find-next, address bar, bookmark. Copy/paste/cut/select-all/undo/redo stay. */
const CTRL_LETTERS = new Set(['r', 'w', 'q', 'n', 't', 'p', 's', 'u', 'f', 'o', 'h', 'j', 'g', 'l', 'd', 'e', 'k']);
/** Ctrl+Shift / Cmd+Alt + letter: devtools (I, J, C) and others above. */
const DEVTOOLS_LETTERS = new Set(['i', 'j', 'c']);
const ALT_NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', ' ', 'Escape', 'Tab']);
const BROWSER_KEYS = /^(Browser[A-Za-z]+|Zoom(In|Out|Toggle)|Close|New|Open|Print|Save|ContextMenu|Props)$/;
const FUNCTION_KEY = /^F([1-9]|1\d|2[0-4])$/;

/** The Latin letter a shortcut means: the typed key if it is a letter, else the physical key (so Ctrl+R
 * still counts on a Cyrillic layout), else null. */
function shortcutLetter(input: KeyInput): string | null {
  if (/^[a-z]$/i.test(input.key)) return input.key.toLowerCase();
  const m = /^Key([A-Z])$/.exec(input.code ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

function isZoom(input: KeyInput): boolean {
  const ctrl = (input.control || input.meta) && !input.alt;
  return ctrl && (ZOOM_KEYS.has(input.key) || ZOOM_CODES.has(input.code));
}

export function shouldBlockInput(input: KeyInput, { kioskMode }: InputFilterOptions): boolean {
  if (input.isComposing) return false;
  if (isZoom(input)) return true;
  if (!kioskMode) return false;

  // F1–F24 alone or with any modifier: F5 reload, F11 fullscreen, F12 devtools, Alt/Ctrl+F4 close, F7 caret…
  if (FUNCTION_KEY.test(input.key) || BROWSER_KEYS.test(input.key)) return true;
  const letter = shortcutLetter(input);
  // Ctrl+Alt together is AltGr on Windows keyboards: that is typing, not a shortcut.
  const ctrlOnly = (input.control || input.meta) && !input.alt;
  if (ctrlOnly && letter !== null) {
    if (CTRL_LETTERS.has(letter)) return true;
    if (input.shift && DEVTOOLS_LETTERS.has(letter)) return true;
  }
  if (input.meta && input.alt && !input.control && letter !== null && DEVTOOLS_LETTERS.has(letter)) return true;
  // Alt alone (menu bar) and Alt+arrows/Home/Space/Esc/Tab (back, forward, home, window menu, switching).
  if (input.alt && !input.control && !input.meta) {
    if (input.key === 'Alt' || ALT_NAV_KEYS.has(input.key)) return true;
  }
  return false;
}
