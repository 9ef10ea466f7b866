/**
 * Public API of the Vietnamese input engine (pure TypeScript, no DOM).
 *
 * Rules, exactly:
 * - Words: the run of letters (\p{L}\p{M}) and digits (\p{N}) ending at the caret. Space, punctuation,
 *   "@", ".", emoji … end a word. A key only ever changes that word; text after the caret is untouched.
 * - Not Vietnamese → literal: once the word before the caret is not a Vietnamese syllable (or the start
 *   of one) — letters f j w z, clusters like "sm", "bc", finals like "s", "ss", "ck" — every key is typed
 *   as is. A key that would make a transformed word non-Vietnamese restores the keys that typed it
 *   ("gô" + "g" → "goog", so www.google.com and Ross, Smith, John, taxi@gmail.com pass through).
 * - Telex "dd": an initial d becomes đ when a second d is typed anywhere later in the same word
 *   ("ddi" and "did" → "đi"); typing d again on a word starting with đ undoes it ("ddd" → "dd").
 * - Telex "w": with no vowel yet it types ư ("w" → "ư", "nhw" → "như"); "ww" → "ww" (so "www" stays).
 * - Telex tone keys s f r x j apply when the word has a vowel; repeating the same tone key removes the
 *   tone and types the letter ("ass" → "as"), except that a consonant + vowel + doubled letter keeps
 *   both letters ("Ross", "Boss", "Miss"). A vowel typed after a toned open syllable turns the tone key
 *   back into a letter ("taxi", "Mary", "Lisa"): type tones after the whole vowel cluster.
 * - Telex digits are always literal. A VNI digit is a VNI key only when the word before it is made of
 *   letters, is Vietnamese and has a vowel (or, for 9, an initial d) the digit can act on. Otherwise it is
 *   a plain digit: a word starting with a digit, a word with no vowel ("P12", "B5") or a non-Vietnamese
 *   word ("abc123") keep every digit. A tone digit on a word that already has a different tone, or a mark
 *   digit that fits nowhere, gives back the keys typed so far plus the digit ("A12", "Nguyen123",
 *   "hoa21"); to change a tone in VNI type 0 first. So phone and house numbers are never changed. (A
 *   lone "A1" still gives "Á": it is a Vietnamese word.) Repeating a digit undoes it ("a66" → "a6").
 * - A tone on "ie", "ye", "uye" before a final consonant or "u" adds the circumflex ("Nguyenx" → "Nguyễn").
 * - Output is NFC; input text may be NFD. Keys of more than one character (".com", emoji) and anything
 *   that is not a letter or digit are inserted as they are. Nothing here throws.
 */
import { circumflex, hornOrBreve, stroke } from './marks';
import type { MarkResult } from './marks';
import { telexStep } from './telex';
import type { TonePlacement } from './tone-placement';
import { vniStep } from './vni';
import type { Mark, Tone } from './vowels';
import { composeWord, decodeWord, validSyllable } from './word';

/** 'direct' types keys as they are (use applyTone / applyMark for the tone row and mark keys). */
export type InputMethod = 'telex' | 'vni' | 'direct';
export interface EngineOptions {
  method: InputMethod;
  tonePlacement?: TonePlacement;
}
export interface TextState {
  text: string;
  /** UTF-16 index into `text` (NFC). */
  caret: number;
}
export type { Tone, Mark, TonePlacement };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

interface Split {
  before: string;
  word: string;
  after: string;
}

/** NFC, caret clamped and kept off the middle of a surrogate pair; splits out the word before the caret. */
function split(state: TextState): Split {
  const text = typeof state.text === 'string' ? state.text : '';
  let caret = Number.isFinite(state.caret) ? Math.trunc(state.caret) : text.length;
  caret = Math.max(0, Math.min(text.length, caret));
  const code = text.charCodeAt(caret - 1);
  if (caret > 0 && caret < text.length && code >= 0xd800 && code <= 0xdbff) caret -= 1;
  const head = text.slice(0, caret).normalize('NFC');
  const after = text.slice(caret).normalize('NFC');
  const chars = [...head];
  let start = chars.length;
  while (start > 0 && WORD_CHAR.test(chars[start - 1] ?? '')) start--;
  return { before: chars.slice(0, start).join(''), word: chars.slice(start).join(''), after };
}

function join(before: string, word: string, after: string): TextState {
  const head = (before + word).normalize('NFC');
  const text = (head + after).normalize('NFC');
  return { text, caret: Math.min(head.length, text.length) };
}

/** Applies one typed key at the caret. */
export function typeKey(state: TextState, key: string, options: EngineOptions): TextState {
  const { before, word, after } = split(state);
  const k = typeof key === 'string' ? key.normalize('NFC') : '';
  if (k === '') return join(before, word, after);
  const style = options.tonePlacement ?? 'new';
  const single = [...k].length === 1 && WORD_CHAR.test(k);
  if (!single || options.method === 'direct') return join(before, word + k, after);
  try {
    const next = options.method === 'vni' ? vniStep(word, k, style) : telexStep(word, k, style);
    return join(before, next, after);
  } catch {
    return join(before, word + k, after);
  }
}

/** Types a whole key sequence (one key per code point) into an empty field; returns the text. */
export function typeSequence(keys: string, options: EngineOptions): string {
  let state: TextState = { text: '', caret: 0 };
  for (const key of keys) state = typeKey(state, key, options);
  return state.text;
}

/** Direct mode: sets the tone of the word before the caret ('none' removes it). Same tone twice: no change. */
export function applyTone(state: TextState, tone: Tone, options?: Partial<EngineOptions>): TextState {
  const { before, word, after } = split(state);
  const decoded = decodeWord(word);
  if (!decoded.chars.some((c) => /[aăâeêioôơuưy]/i.test(c))) return join(before, word, after);
  return join(before, composeWord({ chars: decoded.chars, tone }, options?.tonePlacement ?? 'new'), after);
}

/** Direct mode: puts â ê ô / ă / ơ ư (ươ) / đ on the word before the caret. Nothing fits: no change. */
export function applyMark(state: TextState, mark: Mark, options?: Partial<EngineOptions>): TextState {
  const { before, word, after } = split(state);
  const decoded = decodeWord(word);
  let result: MarkResult | undefined;
  if (validSyllable(decoded)) {
    if (mark === 'circumflex') result = circumflex(decoded, 'aeo');
    else if (mark === 'stroke') result = stroke(decoded);
    else result = hornOrBreve(decoded, { horn: mark === 'horn', breve: mark === 'breve', loneU: false });
  }
  if (!result || result.undo) return join(before, word, after);
  return join(before, composeWord({ chars: result.chars, tone: decoded.tone }, options?.tonePlacement ?? 'new'), after);
}
