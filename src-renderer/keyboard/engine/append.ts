/** Typing a plain letter at the end of a word: the tone moves to its new place, or the word is restored. */
import type { TonePlacement } from './tone-placement';
import { composeWord, decodeWord, rawKeys, validSyllable } from './word';

/**
 * Appends a letter (or digit). If the word is still Vietnamese the tone is re-placed (hoà + n → hoàn);
 * if it stops being Vietnamese, the word goes back to the keys that typed it (gô + g → goog, for google).
 */
export function appendLetter(text: string, key: string, method: 'telex' | 'vni', style: TonePlacement): string {
  const word = decodeWord(text);
  const next = decodeWord(text + key);
  const grown = { chars: next.chars, tone: next.tone };
  if (validSyllable(grown)) return composeWord(grown, style);
  if (text !== '' && validSyllable(word)) return rawKeys(text, method) + key;
  return text + key;
}
