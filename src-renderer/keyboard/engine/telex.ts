/**
 * Telex: aa ee oo → â ê ô, aw → ă, ow uw → ơ ư, uow / uo…w → ươ, dd → đ, w alone → ư,
 * tones s f r x j, z removes the tone; repeating a key undoes it (aaa → aa, ass → as, ddd → dd).
 */
import { circumflex, hornOrBreve, stroke } from './marks';
import type { MarkResult } from './marks';
import type { TonePlacement } from './tone-placement';
import type { Tone } from './vowels';
import { isVowel } from './vowels';
import { appendLetter } from './append';
import { composeWord, decodeWord, rawKeys, validSyllable } from './word';

const TONE_KEYS: Readonly<Record<string, Tone>> = { s: 'acute', f: 'grave', r: 'hook', x: 'tilde', j: 'dot' };

/** The current word after typing `key` (one character) at its end, in Telex. */
export function telexStep(text: string, key: string, style: TonePlacement): string {
  const word = decodeWord(text);
  const syl = text === '' ? undefined : validSyllable(word);
  const lower = key.toLowerCase();
  if (text !== '' && !syl) return text + key; // not Vietnamese: everything is literal
  const tone = TONE_KEYS[lower];
  if (tone && syl && syl.cluster !== '') {
    if (word.tone === tone) {
      // Undo by repeat. "Ross", "Boss", "Miss": a consonant, one vowel and a doubled tone letter keep both.
      if (syl.initial !== '' && syl.final === '') return rawKeys(text, 'telex') + key;
      return composeWord({ chars: word.chars, tone: 'none' }, style) + key;
    }
    const next = { chars: word.chars, tone };
    return validSyllable(next) ? composeWord(next, style) : text + key;
  }
  if (lower === 'z' && syl && word.tone !== 'none') return composeWord({ chars: word.chars, tone: 'none' }, style);
  if (lower === 'w' && word.chars.length === 1 && word.chars[0]?.toLowerCase() === 'ư' && word.tone === 'none') {
    return rawKeys(text, 'telex') + key; // "ww" → "ww" (www stays www)
  }
  let mark: MarkResult | undefined;
  if (lower === 'd' && syl) mark = stroke(word);
  else if (lower === 'a' || lower === 'e' || lower === 'o') mark = syl ? circumflex(word, lower) : undefined;
  else if (lower === 'w') {
    mark = hornOrBreve(word, { horn: true, breve: true, loneU: true, upperKey: key !== lower });
  }
  if (mark) {
    const composed = composeWord({ chars: mark.chars, tone: word.tone }, style);
    return mark.undo ? composed + key : composed;
  }
  // A vowel after a toned open syllable: the tone key was a letter (taxi, Mary, Lisa).
  if (syl && word.tone !== 'none' && syl.final === '' && isVowel(lower)) return rawKeys(text, 'telex') + key;
  return appendLetter(text, key, 'telex', style);
}
