/**
 * VNI: a6 e6 o6 → â ê ô, a8 → ă, o7 u7 → ơ ư, u7o7 / uo7 → ươ, d9 → đ, tones 1–5, 0 removes the tone;
 * repeating the digit undoes it (a66 → a6).
 *
 * Digits are only VNI keys when they can act on the letters of a Vietnamese word right before them.
 * Otherwise they are typed as digits, and a digit that does not fit a word that already took a digit
 * turns that word back into what was typed: "A12" stays "A12", "Nguyen123" stays "Nguyen123".
 */
import { appendLetter } from './append';
import { circumflex, hornOrBreve, stroke } from './marks';
import type { MarkResult } from './marks';
import type { TonePlacement } from './tone-placement';
import type { Tone } from './vowels';
import { composeWord, decodeWord, rawKeys, validSyllable } from './word';

const TONE_DIGITS: Readonly<Record<string, Tone>> = { '1': 'acute', '2': 'grave', '3': 'hook', '4': 'tilde', '5': 'dot' };

/** The current word after typing `key` (one character) at its end, in VNI. */
export function vniStep(text: string, key: string, style: TonePlacement): string {
  const word = decodeWord(text);
  const syl = text === '' ? undefined : validSyllable(word);
  if (!/^[0-9]$/.test(key)) return syl || text === '' ? appendLetter(text, key, 'vni', style) : text + key;
  if (!syl || syl.cluster === '' && key !== '9') return text + key; // 0912…, "P12", "abc123": plain digits
  const tone = TONE_DIGITS[key];
  if (tone) {
    if (word.tone === tone) return composeWord({ chars: word.chars, tone: 'none' }, style) + key;
    if (word.tone !== 'none') return rawKeys(text, 'vni') + key;
    const next = { chars: word.chars, tone };
    return validSyllable(next) ? composeWord(next, style) : text + key;
  }
  if (key === '0') {
    return word.tone === 'none' ? text + key : composeWord({ chars: word.chars, tone: 'none' }, style);
  }
  let mark: MarkResult | undefined;
  if (key === '6') mark = circumflex(word, 'aeo');
  else if (key === '7') mark = hornOrBreve(word, { horn: true, breve: false, loneU: false });
  else if (key === '8') mark = hornOrBreve(word, { horn: false, breve: true, loneU: false });
  else if (key === '9') mark = stroke(word);
  if (!mark) return rawKeys(text, 'vni') + key;
  const composed = composeWord({ chars: mark.chars, tone: word.tone }, style);
  return mark.undo ? composed + key : composed;
}
