import { describe, expect, it } from 'vitest';
import {
  cleanSingleLine,
  collapseWhitespace,
  foldAccents,
  hasControlCharacters,
  searchKey,
  stripControlCharacters,
  toAsciiDigits,
  toNFC,
} from '../../../src-shared/text/normalize';

// "Nguyễn" as a Windows Vietnamese keyboard may send it: base letters plus combining marks.
const NGUYEN_DECOMPOSED = 'Nguye\u0302\u0303n';

describe('toNFC', () => {
  it('composes combining marks so the name compares equal to the precomposed one', () => {
    expect(NGUYEN_DECOMPOSED).not.toBe('Nguyễn');
    expect(toNFC(NGUYEN_DECOMPOSED)).toBe('Nguyễn');
    expect(toNFC('Hoa\u0300')).toBe('Hoà');
  });
});

describe('stripControlCharacters / hasControlCharacters', () => {
  it('removes NUL, bidi overrides, zero-width characters and the BOM', () => {
    const dirty = '\uFEFFAn\u0000\u202E\u200B\u2066h';
    expect(hasControlCharacters(dirty)).toBe(true);
    expect(stripControlCharacters(dirty)).toBe('Anh');
    expect(hasControlCharacters('Anh')).toBe(false);
  });

  it('gives the same answer when called repeatedly (no regex state left behind)', () => {
    expect([1, 2, 3].map(() => hasControlCharacters('a\u0007'))).toEqual([true, true, true]);
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs of spaces, no-break and ideographic spaces, and trims', () => {
    expect(collapseWhitespace('  Nguyễn \u00A0 Văn\u3000An  ')).toBe('Nguyễn Văn An');
  });
});

describe('cleanSingleLine', () => {
  it('stores NFC, single-spaced text without controls', () => {
    expect(cleanSingleLine(`  ${NGUYEN_DECOMPOSED}\u200B   Văn  `)).toBe('Nguyễn Văn');
  });

  it('turns tabs and line breaks into spaces instead of gluing words together', () => {
    expect(cleanSingleLine('Nguyễn\tVăn\r\nAn\u2028Bình')).toBe('Nguyễn Văn An Bình');
  });

  it('removes other controls without adding a space', () => {
    expect(cleanSingleLine('Ng\u0000uyễn')).toBe('Nguyễn');
  });
});

describe('toAsciiDigits', () => {
  it('turns full-width digits into ASCII digits', () => {
    expect(toAsciiDigits('０１２３４５６７８９')).toBe('0123456789');
  });

  it('leaves everything else as it is, including full-width letters', () => {
    expect(toAsciiDigits('Ａ１ b２ ễ')).toBe('Ａ1 b2 ễ');
  });
});

describe('foldAccents / searchKey', () => {
  it('folds Vietnamese accents and đ', () => {
    expect(foldAccents('Nguyễn Thị Hoà, Đặng Đức')).toBe('Nguyen Thi Hoa, Dang Duc');
  });

  it('gives one key for both tone placements, any case and decomposed input', () => {
    expect(searchKey('Hoà')).toBe(searchKey('hòa'));
    expect(searchKey('THUỶ')).toBe(searchKey('thủy'));
    expect(searchKey(NGUYEN_DECOMPOSED)).toBe('nguyen');
  });
});
