/**
 * Shared clean-up for number fields typed on the kiosk's numeric pad or pasted (ID, phone): digits may
 * be split into groups by spaces, dots or dashes, and may be full-width (０９１２).
 */
import { stripControlCharacters, toAsciiDigits } from '../text/normalize';

// White space (incl. no-break and ideographic), dots, hyphens and dashes, incl. full-width forms.
const GROUP_SEPARATORS = /[\s\u00A0\u3000.\-\u2010-\u2015\u2212\uFF0D\uFF0E]/gu;
const PARENTHESES = /[()\uFF08\uFF09]/g;

/**
 * The input with control characters, group separators (and parentheses, when allowed) removed and
 * full-width digits and plus signs turned into ASCII. Anything else is kept for the caller to reject.
 */
export function compactDigitInput(text: string, options: { parentheses?: boolean } = {}): string {
  let out = toAsciiDigits(stripControlCharacters(text)).replace(/\uFF0B/g, '+').replace(GROUP_SEPARATORS, '');
  if (options.parentheses) out = out.replace(PARENTHESES, '');
  return out;
}

/**
 * Longest input read in full. Number fields are short: a longer paste is judged on its first characters
 * (and its digit count) so a huge paste costs no more than a normal one.
 */
export const MAX_NUMBER_INPUT = 100;

/** True when the text holds any letter, in any script. */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Number of digits (ASCII or full-width) in the text. */
export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) n++;
  }
  return n;
}
