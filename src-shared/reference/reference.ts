/**
 * The provisional receipt reference a resident leaves with (GOV.UK Forms style): 8 characters from
 * the 30-character alphabet `ABCDEFGHJKLMNPRSTUVWXY23456789` (no I, O, Q, Z, 0, 1), shown as "ABCD-EFGH".
 *
 * ## Check character: weighted sum modulo the prime 31
 *
 * With v(c) the index of c in the alphabet (0–29) and weights w = 8, 7, 6, 5, 4, 3, 2, 1 for positions
 * 1–8, a reference is valid when  Σ wᵢ·v(cᵢ) ≡ 0 (mod 31).  The 8th character is chosen to make it so:
 * v(c₈) = −Σ₁⁷ wᵢ·v(cᵢ) mod 31.
 *
 * Why 31 with a 30-character alphabet: any check over 30 = 2·3·5 symbols that is a plain weighted sum
 * misses some transpositions (a weight difference is never a unit mod 30), and Luhn mod 30 misses one
 * transposition pair. Modulo a prime every rule is simple to prove:
 *  - one character changed at position i: the sum changes by wᵢ·(v − v′); 0 < |v − v′| ≤ 29 < 31 and
 *    1 ≤ wᵢ ≤ 8, so the change is not a multiple of 31 → detected;
 *  - two characters swapped at positions i, j (adjacent or not): change (wᵢ − wⱼ)·(vᵢ − vⱼ), both factors
 *    non-zero and smaller than 31 → detected.
 * The price: when the check value would be 30 (no character has it) the body is not used and a new one is
 * drawn, so 1 body in 31 is never issued (30⁷·30/31 ≈ 2.1·10¹⁰ references remain). Keeping the alphabet at
 * 30 characters keeps every lookalike out; a 29- or 31-character alphabet would drop a good character or
 * add a confusable one.
 *
 * ## Typed input
 *
 * `normalizeReference` takes what a resident or clerk types: Unicode compatibility forms are folded
 * (NFKC: full-width "ＡＢ" → "AB"), letters are upper-cased, spaces, dashes of any kind, dots and underscores are removed.
 * Lookalikes are NOT mapped: no reference contains I, O, Q, Z, 0 or 1, so a typed "0" or "O" may have
 * been a D, a C, a G, a U or an 8 — guessing would turn a typo into someone else's reference. They are
 * refused with `reason: 'character'` and the character, so the screen can say which one is not used.
 * Vietnamese letters made by an input method (Telex "aa" → "â") are refused the same way; the kiosk's
 * reference field should switch the keyboard to plain Latin.
 */

export const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXY23456789';
export const REFERENCE_LENGTH = 8;
/** The prime modulus of the check (see above). */
export const CHECK_MODULUS = 31;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1] as const;
/** Longest typed input looked at (spaces and dashes included). */
export const MAX_REFERENCE_INPUT = 64;

const INDEX = new Map<string, number>([...REFERENCE_ALPHABET].map((c, i) => [c, i]));
const ALPHABET_SIZE = REFERENCE_ALPHABET.length; // 30
/** Largest multiple of 30 that fits a byte: bytes at or above it are rejected, so each index is equally likely. */
const BYTE_LIMIT = 256 - (256 % ALPHABET_SIZE); // 240

function weightedSum(values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += WEIGHTS[i]! * values[i]!;
  return sum % CHECK_MODULUS;
}

/** The check character for a 7-character body, or null when the body has none (check value 30) or is not in the alphabet. */
export function checkCharacter(body: string): string | null {
  if (body.length !== REFERENCE_LENGTH - 1) return null;
  const values: number[] = [];
  for (const c of body) {
    const v = INDEX.get(c);
    if (v === undefined) return null;
    values.push(v);
  }
  // The last weight is 1, so the check value is minus the body's weighted sum.
  const check = (CHECK_MODULUS - weightedSum(values)) % CHECK_MODULUS;
  return check < ALPHABET_SIZE ? REFERENCE_ALPHABET[check]! : null;
}

/** True for exactly 8 alphabet characters (no spaces, no dashes, upper case) with a correct check character. */
export function isValidReference(text: unknown): text is string {
  if (typeof text !== 'string' || text.length !== REFERENCE_LENGTH) return false;
  const values: number[] = [];
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return false;
    values.push(v);
  }
  return weightedSum(values) === 0;
}

/**
 * A new random reference. `randomBytes(n)` must return n uniformly random bytes (e.g.
 * `n => crypto.getRandomValues(new Uint8Array(n))`). Unbiased: bytes ≥ 240 are discarded (rejection
 * sampling) and bodies without a check character are redrawn whole, so every valid reference is equally likely.
 */
export function generateReference(randomBytes: (n: number) => Uint8Array): string {
  for (;;) {
    let body = '';
    while (body.length < REFERENCE_LENGTH - 1) {
      const bytes = randomBytes(REFERENCE_LENGTH);
      for (const byte of bytes) {
        if (byte >= BYTE_LIMIT) continue;
        body += REFERENCE_ALPHABET[byte % ALPHABET_SIZE]!;
        if (body.length === REFERENCE_LENGTH - 1) break;
      }
    }
    const check = checkCharacter(body);
    if (check !== null) return body + check;
  }
}

export type NormalizeReferenceResult =
  | { ok: true; code: string }
  | { ok: false; reason: 'empty' | 'too-long' | 'length' | 'check' }
  | { ok: false; reason: 'character'; character: string };

// Spaces (incl. no-break and ideographic) and hyphens/dashes/minus signs of every kind.
const SEPARATORS = /[\s\u00a0\u2000-\u200b\u3000\u002d\u2010-\u2015\u2212\ufe58\ufe63\uff0d_.]/gu;

/** Typed input → the canonical 8-character reference, or why it is not one (see the header). Never throws. */
export function normalizeReference(input: unknown): NormalizeReferenceResult {
  if (typeof input !== 'string') return { ok: false, reason: 'empty' };
  if (input.length > MAX_REFERENCE_INPUT) return { ok: false, reason: 'too-long' };
  const compact = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (compact.length === 0) return { ok: false, reason: 'empty' };
  for (const c of compact) {
    if (!INDEX.has(c)) return { ok: false, reason: 'character', character: c };
  }
  if (compact.length !== REFERENCE_LENGTH) return { ok: false, reason: 'length' };
  return isValidReference(compact) ? { ok: true, code: compact } : { ok: false, reason: 'check' };
}

/** "ABCDEFGH" → "ABCD-EFGH" for display (large print, QR caption). Anything else is returned unchanged. */
export function formatReference(code: string): string {
  return code.length === REFERENCE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
