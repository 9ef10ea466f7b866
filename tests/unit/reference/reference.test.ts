import { describe, expect, it } from 'vitest';
import {
  REFERENCE_ALPHABET,
  REFERENCE_LENGTH,
  checkCharacter,
  formatReference,
  generateReference,
  isValidReference,
  normalizeReference,
} from '../../../src-shared/reference';

/** A seeded PRNG (xorshift32) so the statistics below are reproducible. */
function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out[i] = state & 255;
    }
    return out;
  };
}

const sampleCodes = (count: number, seed = 42) => {
  const random = seededBytes(seed);
  return Array.from({ length: count }, () => generateReference(random));
};

describe('reference alphabet', () => {
  it('is the 30 characters A–Z and 2–9 without I, O, Q, Z, 0, 1', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(30);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(30);
    const expected = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].filter((c) => !'IOQZ01'.includes(c)).join('');
    expect(REFERENCE_ALPHABET).toBe(expected);
  });
});

describe('generateReference', () => {
  it('makes 8 alphabet characters whose check character is valid', () => {
    for (const code of sampleCodes(2000)) {
      expect(code).toHaveLength(REFERENCE_LENGTH);
      expect(code).toMatch(/^[ABCDEFGHJKLMNPRSTUVWXY2-9]{8}$/);
      expect(isValidReference(code)).toBe(true);
      expect(checkCharacter(code.slice(0, 7))).toBe(code[7]);
    }
  });

  it('works with the platform CSPRNG', () => {
    const code = generateReference((n) => crypto.getRandomValues(new Uint8Array(n)));
    expect(isValidReference(code)).toBe(true);
  });

  it('discards bytes 240–255 (rejection sampling) instead of folding them onto low characters', () => {
    const queue = [255, 240, 0, 241, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    const random = (n: number) => Uint8Array.from(queue.splice(0, n));
    const code = generateReference(random);
    // 255, 240 and 241 are skipped; 0..5 (and 6 if the body needs it) are used.
    expect(code.slice(0, 7)).toBe('ABCDEFG');
  });

  it('redraws a body that has no check character (check value 30)', () => {
    // Find a body whose check value would be 30, then feed it first.
    const bad = [...REFERENCE_ALPHABET].map((last) => `AAAAAA${last}`).find((body) => checkCharacter(body) === null) ?? '';
    expect(bad).not.toBe('');
    const first = [...bad].map((c) => REFERENCE_ALPHABET.indexOf(c));
    const queue = [...first, 0, ...[1, 2, 3, 4, 5, 6, 7], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const random = (n: number) => Uint8Array.from(queue.splice(0, n));
    const code = generateReference(random);
    expect(code.slice(0, 7)).not.toBe(bad);
    expect(isValidReference(code)).toBe(true);
  });

  it('is roughly uniform: chi-square per position over 30 000 codes stays within a loose bound', () => {
    const codes = sampleCodes(30_000, 7);
    for (let position = 0; position < REFERENCE_LENGTH; position++) {
      const counts = new Map<string, number>();
      for (const code of codes) counts.set(code[position]!, (counts.get(code[position]!) ?? 0) + 1);
      expect(counts.size).toBe(30);
      const expected = codes.length / 30;
      let chi = 0;
      for (const c of REFERENCE_ALPHABET) chi += ((counts.get(c) ?? 0) - expected) ** 2 / expected;
      // 29 degrees of freedom: mean 29, P(χ² > 80) ≈ 1e-6. A `byte % 30` generator scores about 100.
      expect(chi).toBeLessThan(80);
    }
  });

  it('a `byte % 30` generator would fail that bound (the test has teeth)', () => {
    const random = seededBytes(7);
    const counts = new Array<number>(30).fill(0);
    const draws = 30_000;
    for (let i = 0; i < draws; i++) counts[random(1)[0]! % 30]! += 1;
    const expected = draws / 30;
    const chi = counts.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(chi).toBeGreaterThan(80);
  });
});

describe('check character', () => {
  const codes = sampleCodes(500, 1234);

  it('detects every single-character substitution (exhaustive over 500 codes × 8 positions × 29 characters)', () => {
    let mutants = 0;
    const undetected: string[] = [];
    for (const code of codes) {
      for (let i = 0; i < REFERENCE_LENGTH; i++) {
        for (const c of REFERENCE_ALPHABET) {
          if (c === code[i]) continue;
          const mutant = code.slice(0, i) + c + code.slice(i + 1);
          if (isValidReference(mutant)) undetected.push(`${code} → ${mutant}`);
          mutants++;
        }
      }
    }
    expect(undetected).toEqual([]);
    expect(mutants).toBe(500 * 8 * 29);
  });

  it('detects every adjacent transposition of two different characters', () => {
    for (const code of codes) {
      for (let i = 0; i + 1 < REFERENCE_LENGTH; i++) {
        if (code[i] === code[i + 1]) continue;
        const mutant = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(isValidReference(mutant), `${code} → ${mutant}`).toBe(false);
      }
    }
  });

  it('detects every jump transposition too (all weights differ)', () => {
    for (const code of codes.slice(0, 100)) {
      for (let i = 0; i < REFERENCE_LENGTH; i++) {
        for (let j = i + 2; j < REFERENCE_LENGTH; j++) {
          if (code[i] === code[j]) continue;
          const chars = [...code];
          [chars[i], chars[j]] = [chars[j]!, chars[i]!];
          expect(isValidReference(chars.join(''))).toBe(false);
        }
      }
    }
  });

  it('detects every substitution and adjacent transposition for ALL pairs of characters at every position', () => {
    // Exhaustive over the alphabet rather than sampled codes: build valid codes around each pair.
    for (let i = 0; i + 1 < REFERENCE_LENGTH - 1; i++) {
      for (const a of REFERENCE_ALPHABET) {
        for (const b of REFERENCE_ALPHABET) {
          if (a === b) continue;
          const body = 'KKKKKKK'.slice(0, i) + a + b + 'KKKKKKK'.slice(i + 2);
          const check = checkCharacter(body);
          if (check === null) continue;
          const swapped = body.slice(0, i) + b + a + body.slice(i + 2);
          expect(isValidReference(swapped + check)).toBe(false);
        }
      }
    }
  });

  it('refuses wrong shapes', () => {
    const [code] = codes;
    for (const bad of ['', code!.slice(0, 7), `${code}A`, code!.toLowerCase(), formatReference(code!), null, 12345678, undefined]) {
      expect(isValidReference(bad)).toBe(false);
    }
    expect(checkCharacter('ABC')).toBeNull();
    expect(checkCharacter('ABCDEF0')).toBeNull();
  });
});

describe('formatReference', () => {
  it('shows ABCD-EFGH', () => {
    expect(formatReference('ABCDEFGH')).toBe('ABCD-EFGH');
    expect(formatReference('ABC')).toBe('ABC');
  });
});

describe('normalizeReference (what a resident or clerk types)', () => {
  const code = sampleCodes(1, 99)[0]!;
  const pretty = formatReference(code);

  it('accepts lower case, spaces, dashes of any kind and full-width forms', () => {
    const variants = [
      code,
      code.toLowerCase(),
      pretty,
      pretty.toLowerCase(),
      ` ${code.slice(0, 4)} ${code.slice(4)} `,
      `${code.slice(0, 4)}\u2013${code.slice(4)}`, // en dash
      `${code.slice(0, 4)}\u2212${code.slice(4)}`, // minus sign
      `${code.slice(0, 4)}\u00a0${code.slice(4)}`, // no-break space
      [...code].join(' '),
      [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''), // full-width
      `${code.slice(0, 2)}.${code.slice(2, 4)}_${code.slice(4)}\t\n`,
    ];
    for (const input of variants) expect(normalizeReference(input), JSON.stringify(input)).toEqual({ ok: true, code });
  });

  it('does not guess lookalikes: 0, O, Q, I, 1, Z are refused and named', () => {
    for (const c of ['0', 'O', 'o', 'Q', 'I', 'i', '1', 'Z']) {
      const input = c + code.slice(1);
      expect(normalizeReference(input)).toEqual({ ok: false, reason: 'character', character: c.toUpperCase() });
    }
  });

  it('refuses Vietnamese letters from an input method, emoji and markup', () => {
    expect(normalizeReference(`Â${code.slice(1)}`)).toEqual({ ok: false, reason: 'character', character: 'Â' });
    expect(normalizeReference(`đ${code.slice(1)}`)).toEqual({ ok: false, reason: 'character', character: 'Đ' });
    expect(normalizeReference(`${code.slice(0, 7)}😀`)).toEqual({ ok: false, reason: 'character', character: '😀' });
    expect(normalizeReference('<b>ABCD</b>')).toMatchObject({ ok: false, reason: 'character' });
  });

  it('says empty, wrong length, too long, or check failed', () => {
    expect(normalizeReference('')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeReference(' - - ')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeReference(undefined)).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeReference(42)).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeReference(code.slice(0, 7))).toEqual({ ok: false, reason: 'length' });
    expect(normalizeReference(`${code}A`)).toEqual({ ok: false, reason: 'length' });
    expect(normalizeReference('A'.repeat(10_000))).toEqual({ ok: false, reason: 'too-long' });
    const wrongCheck = code.slice(0, 7) + (code[7] === 'A' ? 'B' : 'A');
    expect(normalizeReference(wrongCheck)).toEqual({ ok: false, reason: 'check' });
  });
});
