import { describe, expect, it } from 'vitest';
import { shouldBlockInput, type KeyInput } from '../../src-main/input-filter';

const key = (k: string, mods: Partial<KeyInput> = {}, code?: string): KeyInput => ({
  type: 'keyDown',
  key: k,
  code: code ?? (/^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : /^\d$/.test(k) ? `Digit${k}` : k),
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});
const ctrl = (k: string, more: Partial<KeyInput> = {}, code?: string) => key(k, { control: true, ...more }, code);
const kiosk = { kioskMode: true };
const windowed = { kioskMode: false };

const SHORTCUTS: [string, KeyInput][] = [
  ['F5', key('F5')],
  ['Ctrl+R', ctrl('r')],
  ['Cmd+R', key('r', { meta: true })],
  ['Ctrl+Shift+R', ctrl('R', { shift: true })],
  ['F12', key('F12')],
  ['Ctrl+Shift+I', ctrl('I', { shift: true })],
  ['Ctrl+Shift+J', ctrl('J', { shift: true })],
  ['Ctrl+Shift+C', ctrl('C', { shift: true })],
  ['Cmd+Alt+I', key('i', { meta: true, alt: true }, 'KeyI')],
  ['Ctrl+W', ctrl('w')],
  ['Ctrl+Q', ctrl('q')],
  ['Ctrl+F4', ctrl('F4')],
  ['Alt+F4', key('F4', { alt: true })],
  ['Ctrl+N', ctrl('n')],
  ['Ctrl+Shift+N', ctrl('N', { shift: true })],
  ['Ctrl+T', ctrl('t')],
  ['Ctrl+P', ctrl('p')],
  ['Ctrl+S', ctrl('s')],
  ['F11', key('F11')],
  ['Ctrl+U', ctrl('u')],
  ['Ctrl+F', ctrl('f')],
  ['Alt alone', key('Alt', { alt: true }, 'AltLeft')],
  ['Alt+Left (back)', key('ArrowLeft', { alt: true })],
  ['Alt+Right (forward)', key('ArrowRight', { alt: true })],
  ['BrowserBack key', key('BrowserBack')],
  ['BrowserRefresh key', key('BrowserRefresh')],
  ['Ctrl+R on a Cyrillic layout', ctrl('к', {}, 'KeyR')],
];

const ZOOM: [string, KeyInput][] = [
  ['Ctrl++', ctrl('+', { shift: true }, 'Equal')],
  ['Ctrl+=', ctrl('=', {}, 'Equal')],
  ['Ctrl+-', ctrl('-', {}, 'Minus')],
  ['Ctrl+0', ctrl('0')],
  ['Ctrl+Numpad+', ctrl('+', {}, 'NumpadAdd')],
  ['Cmd+=', key('=', { meta: true }, 'Equal')],
];

const TYPING: [string, KeyInput][] = [
  ...'aăâđêôơưzAZ'.split('').map((c): [string, KeyInput] => [c, key(c)]),
  ...'0123456789'.split('').map((c): [string, KeyInput] => [c, key(c)]),
  ['Shift+A', key('A', { shift: true })],
  ['Shift+2 (@)', key('@', { shift: true }, 'Digit2')],
  ['Backspace', key('Backspace')],
  ['Delete', key('Delete')],
  ['Tab', key('Tab')],
  ['Shift+Tab', key('Tab', { shift: true })],
  ['Enter', key('Enter')],
  ['Escape', key('Escape')],
  ['Space', key(' ', {}, 'Space')],
  ['ArrowLeft', key('ArrowLeft')],
  ['ArrowRight', key('ArrowRight')],
  ['ArrowUp', key('ArrowUp')],
  ['ArrowDown', key('ArrowDown')],
  ['Home', key('Home')],
  ['End', key('End')],
  ['Shift alone', key('Shift', { shift: true }, 'ShiftLeft')],
  ['Dead key (accent)', key('Dead', {}, 'Quote')],
  ['IME composition', key('Process', { isComposing: true }, 'KeyA')],
  ['AltGr key', key('AltGraph', {}, 'AltRight')],
  ['AltGr+Q = @ (German, as Ctrl+Alt)', key('@', { control: true, alt: true }, 'KeyQ')],
  ['AltGr+E = € (as Ctrl+Alt)', key('€', { control: true, alt: true }, 'KeyE')],
  ['AltGr+R (Polish, as Ctrl+Alt)', key('r', { control: true, alt: true }, 'KeyR')],
  ['AltGr+0 = } (as Ctrl+Alt)', key('}', { control: true, alt: true }, 'Digit0')],
  ['Ctrl+C copy', ctrl('c')],
  ['Ctrl+V paste', ctrl('v')],
  ['Ctrl+X cut', ctrl('x')],
  ['Ctrl+A select all', ctrl('a')],
  ['Ctrl+Z undo', ctrl('z')],
  ['Ctrl+Z on AZERTY (physical W)', ctrl('z', {}, 'KeyW')],
  ['Ctrl+Backspace', ctrl('Backspace')],
  ['Ctrl+ArrowLeft (word)', ctrl('ArrowLeft')],
];

describe('shouldBlockInput in kiosk mode', () => {
  it.each(SHORTCUTS)('blocks %s', (_name, input) => {
    expect(shouldBlockInput(input, kiosk)).toBe(true);
    expect(shouldBlockInput({ ...input, type: 'keyUp' }, kiosk)).toBe(true);
  });
  it.each(ZOOM)('blocks zoom %s', (_name, input) => expect(shouldBlockInput(input, kiosk)).toBe(true));
  it.each(TYPING)('lets typing through: %s', (_name, input) => expect(shouldBlockInput(input, kiosk)).toBe(false));
});

describe('shouldBlockInput in windowed (development) mode', () => {
  it.each(ZOOM)('still blocks zoom %s', (_name, input) => expect(shouldBlockInput(input, windowed)).toBe(true));
  it.each(SHORTCUTS)('lets %s through (reload, devtools for development)', (_name, input) =>
    expect(shouldBlockInput(input, windowed)).toBe(false),
  );
  it.each(TYPING)('lets typing through: %s', (_name, input) => expect(shouldBlockInput(input, windowed)).toBe(false));
});
