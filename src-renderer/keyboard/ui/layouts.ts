import type { Tone } from '../engine';
import type { KeyboardLayout } from './field-dom';

/** What each key does. Pure data: the rows of the three layouts. */
export type KeySpec =
  | { kind: 'char'; value: string; wide?: boolean }
  | { kind: 'tone'; tone: Tone }
  | { kind: 'backspace' }
  | { kind: 'shift' }
  | { kind: 'space' }
  | { kind: 'newline' }
  | { kind: 'next' };

export type KeyRow = readonly KeySpec[];

const chars = (letters: string): KeySpec[] => Array.from(letters, (value) => ({ kind: 'char', value }));

/** Direct mode: letters with their mark, typed as they are (ă â đ ê ô ơ ư). */
export const MARKED_LETTERS = 'ăâđêôơư';

export const TONES: readonly Tone[] = ['acute', 'grave', 'hook', 'tilde', 'dot', 'none'];

/** A sample letter showing each tone on the key face. */
export const TONE_SAMPLE: Record<Tone, string> = { acute: 'á', grave: 'à', hook: 'ả', tilde: 'ã', dot: 'ạ', none: 'a' };

const DIGITS = chars('1234567890');
const QWERTY = [chars('qwertyuiop'), chars('asdfghjkl'), [{ kind: 'shift' } as KeySpec, ...chars('zxcvbnm'), { kind: 'backspace' } as KeySpec]];

export function rowsFor(layout: KeyboardLayout, options: { direct: boolean; multiline: boolean; decimal: boolean }): KeyRow[] {
  if (layout === 'numeric') {
    const last: KeySpec[] = options.decimal ? [{ kind: 'char', value: ',' }, ...chars('0')] : chars('0');
    return [chars('123'), chars('456'), chars('789'), [{ kind: 'backspace' }, ...last, { kind: 'next' }]];
  }
  if (layout === 'email') {
    const symbols: KeySpec[] = [...chars('@.-_'), { kind: 'char', value: '.com', wide: true }, { kind: 'char', value: '.vn', wide: true }];
    return [DIGITS, ...QWERTY, [...symbols, { kind: 'next' }]];
  }
  const rows: KeySpec[][] = [DIGITS, ...QWERTY];
  if (options.direct) {
    rows.push(chars(MARKED_LETTERS));
    rows.push(TONES.map((tone) => ({ kind: 'tone', tone })));
  }
  const bottom: KeySpec[] = [...chars(',.'), { kind: 'space' }];
  if (options.multiline) bottom.push({ kind: 'newline' });
  bottom.push({ kind: 'next' });
  rows.push(bottom);
  return rows;
}
