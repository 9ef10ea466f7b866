/**
 * Full name ("Họ, chữ đệm và tên"), surname first, kept as typed but in NFC with single spaces.
 * Letters of any script with their marks, spaces, and the apostrophe or hyphen of foreign names
 * (O'Brien, Jean-Pierre). Anything else is refused, never silently removed (`<b>` stays an error).
 */
import { cleanSingleLine, searchKey } from '../text/normalize';
import { invalid, valid } from './result';
import type { Validation } from './result';

export const NAME_MIN_LETTERS = 2;
export const NAME_MAX_LETTERS = 100;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u{FE0F}|\u{20E3}/u;
const APOSTROPHES = "'\u2019\u02BC";
const HYPHENS = '-\u2010\u2011';
const JOINERS = new Set([...APOSTROPHES, ...HYPHENS]);
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const NUMBER = /^\p{N}$/u;
/** Combining marks in a row above this count are not a real letter (e.g. "zalgo" text). */
const MAX_MARKS_IN_A_ROW = 2;
const MAX_LISTED = 5;
/** Longest input read in full; a longer paste is judged on its start and is too long anyway. */
const MAX_RAW_LENGTH = 1000;

/** How an unwanted character is shown back to the person: marks on a dotted circle, unprintables as �. */
function printable(ch: string): string {
  if (MARK.test(ch)) return `\u25CC${ch}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? ch : '\uFFFD';
}

/** Characters that are neither letters, marks, digits, spaces nor well-placed apostrophes/hyphens. */
function findSymbols(name: string): string[] {
  const chars = [...name];
  const found = new Set<string>();
  let marks = 0;
  for (let i = 0; i < chars.length && found.size < MAX_LISTED; i++) {
    const ch = chars[i] ?? '';
    const prev = chars[i - 1] ?? ' ';
    if (MARK.test(ch)) {
      marks++;
      if (prev === ' ' || JOINERS.has(prev) || marks > MAX_MARKS_IN_A_ROW) found.add(printable(ch));
      continue;
    }
    marks = 0;
    if (ch === ' ' || LETTER.test(ch) || NUMBER.test(ch)) continue;
    if (JOINERS.has(ch)) {
      const next = chars[i + 1] ?? ' ';
      const betweenLetters = (LETTER.test(prev) || MARK.test(prev)) && LETTER.test(next);
      if (betweenLetters) continue;
    }
    found.add(printable(ch));
  }
  return [...found];
}

function countLetters(name: string): number {
  let n = 0;
  for (const ch of name) if (LETTER.test(ch)) n++;
  return n;
}

/** Checks a full name. Value: the name as typed, in NFC, without control characters, single-spaced. */
export function validateFullName(raw: string): Validation<string> {
  if (typeof raw !== 'string') return invalid('validation.name.empty');
  const truncated = raw.length > MAX_RAW_LENGTH;
  const name = cleanSingleLine(truncated ? raw.slice(0, MAX_RAW_LENGTH).replace(/[\uD800-\uDBFF]$/, '') : raw);
  if (name === '' && !truncated) return invalid('validation.name.empty');
  if (EMOJI.test(name)) return invalid('validation.name.emoji');
  const symbols = findSymbols(name);
  if (symbols.length > 0) return invalid('validation.name.symbols', { characters: symbols.join(' ') });
  if (/\p{N}/u.test(name)) return invalid('validation.name.digits');
  const letters = countLetters(name);
  if (truncated || letters > NAME_MAX_LETTERS) return invalid('validation.name.tooLong', { max: NAME_MAX_LETTERS });
  if (letters < NAME_MIN_LETTERS) return invalid('validation.name.tooShort', { min: NAME_MIN_LETTERS });
  return valid(name);
}

/**
 * Comparison key for names: case-, accent- and tone-placement-insensitive ("Thuỷ" = "thủy" = "Thuy"),
 * apostrophe and hyphen variants unified. For matching only: never store or show it.
 */
export function nameKey(name: string): string {
  if (typeof name !== 'string') return '';
  return searchKey(cleanSingleLine(name.slice(0, MAX_RAW_LENGTH)))
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
}
