import { describe, expect, it } from 'vitest';
import { typeKey, typeSequence } from '../../../src-renderer/keyboard/engine';
import type { TextState } from '../../../src-renderer/keyboard/engine';
import { TELEX, VNI, telex, vni } from './helpers';

const FOREIGN = [
  'Ross', 'Smith', 'John', 'taxi@gmail.com', 'www.google.com', 'www', 'Facebook', 'zalo.me', 'Nguyen123',
  'Mary', 'Lisa', 'Anna', 'David', 'Boss', 'Jeff', 'Chris', 'https://dichvucong.gov.vn', 'ABC-123',
];

describe('non-Vietnamese input passes through unchanged', () => {
  it.each(FOREIGN)('Telex: %s', (text) => {
    expect(telex(text)).toBe(text);
  });

  it.each(FOREIGN)('VNI: %s', (text) => {
    expect(vni(text)).toBe(text);
  });

  it.each(['0912345678', '+84 912 345 678', '001085012345', '12/05/1960', 'abc123', 'Phong 12', 'P.12', 'A12', '12A', 'B5'])(
    'numbers are never changed, Telex and VNI: %s',
    (text) => {
      expect(telex(text)).toBe(text);
      expect(vni(text)).toBe(text);
    },
  );

  it('a house address typed in VNI keeps its numbers', () => {
    expect(vni('So61 12 ngo4 34')).toBe('Số 12 ngõ 34');
    expect(vni('Nha2 so61 5, ngo4 34A')).toBe('Nhà số 5, ngõ 34A');
    expect(vni('Pho2ng 12')).toBe('Phòng 12');
  });

  it('in VNI a second, different tone digit gives the typed keys back (type 0 to change a tone)', () => {
    expect(vni('hoa21')).toBe('hoa21');
    expect(vni('hoa201')).toBe('hoá');
  });

  it('digits in Telex are always literal', () => {
    expect(telex('Phongf 12')).toBe('Phòng 12');
    expect(telex('a1 o6 d9')).toBe('a1 o6 d9');
  });
});

describe('hostile input never throws and passes through', () => {
  const options = [TELEX, VNI, { method: 'direct' as const }];

  it.each([
    ['emoji', '😀'], ['flag', '🇻🇳'], ['family', '👨‍👩‍👧'], ['lone high surrogate', '\uD83D'], ['lone low surrogate', '\uDE00'],
    ['NUL', '\u0000'], ['newline', '\n'], ['tab', '\t'], ['escape', '\u001B'], ['RTL mark', '\u200F'], ['BOM', '\uFEFF'],
    ['combining acute alone', '\u0301'], ['CJK', '漢'], ['multi-char key', '.com'],
  ])('%s key', (_name, key) => {
    for (const opts of options) {
      const s = typeKey({ text: 'hoa', caret: 3 }, key, opts);
      expect(s.text.startsWith('hoa') || s.text.startsWith('hoá')).toBe(true);
      expect(s.text).toBe(s.text.normalize('NFC'));
      expect(s.caret).toBeLessThanOrEqual(s.text.length);
    }
  });

  it('emoji typed after a word are kept, and the next word still works', () => {
    expect(telex('hoa😀hoaf')).toBe('hoa😀hoà');
    expect(vni('hoa😀hoa2')).toBe('hoa😀hoà');
  });

  it('an empty key or a broken state changes nothing and does not throw', () => {
    expect(typeKey({ text: 'hoa', caret: 3 }, '', TELEX)).toEqual({ text: 'hoa', caret: 3 });
    // A caret inside the emoji's surrogate pair moves before it.
    expect(typeKey({ text: 'a😀b', caret: 2 }, 's', TELEX).text).toBe('á😀b');
    expect(() => typeKey({ text: 'hoa', caret: Number.NaN }, 'f', TELEX)).not.toThrow();
    expect(() => typeKey({ text: undefined, caret: 0 } as unknown as TextState, 'a', TELEX)).not.toThrow();
    expect(() => typeKey({ text: 'a', caret: 1 }, undefined as unknown as string, TELEX)).not.toThrow();
  });

  it('survives random key sequences (seeded) with NFC output', () => {
    const alphabet = [...'aeiouydwsfrxjzAEODW0123456789 .@-'].concat(['😀', '\uD83D', '\u0301', 'ơ', 'Đ', '\n']);
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let run = 0; run < 300; run++) {
      let keys = '';
      const len = 1 + (next() % 20);
      for (let i = 0; i < len; i++) keys += alphabet[next() % alphabet.length] ?? '';
      for (const opts of [TELEX, VNI]) {
        const out = typeSequence(keys, opts);
        expect(out).toBe(out.normalize('NFC'));
      }
    }
  });
});
