import { describe, expect, it } from 'vitest';
import { nameKey, validateFullName } from '../../../src-shared/validation/name';
import { expectClean, expectError, expectRefusesHostile } from './hostile-inputs';

describe('validateFullName: accepted names', () => {
  it.each([
    'Nguyễn Văn An',
    'Trần Thị Thu Hà',
    'Đặng Đức Thuỷ',
    'Đặng Đức Thủy',
    'Lê Thị Hoà',
    'Âu Dương Phong',
    'Phạm Ngọc Ước',
    'Ông Ích Khiêm',
    "H'Hen Niê",
    "O'Brien",
    'Jean-Pierre Dupont',
    'N’Guessan Kouassi',
    'Иванов Иван',
    '李小龍',
    'Müller Jürgen',
    'An',
  ])('keeps %s exactly as typed', (name) => {
    expect(expectClean(validateFullName(name))).toBe(name);
  });

  it('stores NFC when the keyboard sent combining marks', () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Hoa\u0300';
    expect(expectClean(validateFullName(decomposed))).toBe('Nguyễn Thị Hoà');
  });

  it('does not change tone placement or capitalisation', () => {
    expect(expectClean(validateFullName('nguyễn thị HOÀ'))).toBe('nguyễn thị HOÀ');
  });

  it('collapses spaces, turns tabs and line breaks into spaces and trims', () => {
    expect(expectClean(validateFullName('  Nguyễn \u00A0 Văn\tAn \n'))).toBe('Nguyễn Văn An');
  });

  it('removes invisible control characters pasted into a name', () => {
    expect(expectClean(validateFullName('Nguy\u200Bễn Văn\u0000 An\uFEFF'))).toBe('Nguyễn Văn An');
    expect(expectClean(validateFullName('\u202ANguyễn Văn An\u202C'))).toBe('Nguyễn Văn An');
  });

  it('accepts 100 letters and refuses 101', () => {
    const hundred = `${'Nguyễn '.repeat(16)}Hoàn`;
    expect([...hundred.replace(/ /g, '')].length).toBe(100);
    expectClean(validateFullName(hundred));
    expectError(validateFullName(`${hundred}n`), 'validation.name.tooLong', { max: 100 });
  });
});

describe('validateFullName: errors', () => {
  it.each(['', '   ', '\u3000\u00A0', '\u200B\u200D', '\u0000'])('asks for the name when empty (%j)', (raw) => {
    expectError(validateFullName(raw), 'validation.name.empty');
  });

  it.each(['Nguyễn Văn 2', 'Nguyen1', 'Trần Thị Hà 1985', 'Lê Ⅱ', 'Lê ２'])('refuses digits: %s', (raw) => {
    expectError(validateFullName(raw), 'validation.name.digits');
  });

  it.each([
    ['Nguyễn@Văn', '@'],
    ['Nguyễn, Văn An', ','],
    ['Nguyễn Văn An.', '.'],
    ['<b>Nguyễn</b>', '< > /'],
    ['Nguyễn_Văn', '_'],
    ['Nguyễn (An)', '( )'],
    ["'; DROP TABLE", "' ;"],
    ['Nguyễn -An', '-'],
    ['Nguyễn- An', '-'],
    ['Jean--Pierre', '-'],
    ["O''Brien", "'"],
    ['Nguyễn Văn 😀@', '@'],
  ])('refuses symbols and lists them: %s', (raw, characters) => {
    if (raw.includes('😀')) return expectError(validateFullName(raw), 'validation.name.emoji');
    expectError(validateFullName(raw), 'validation.name.symbols', { characters });
  });

  it('never turns markup into a name', () => {
    expectError(validateFullName('<script>alert(1)</script>'), 'validation.name.symbols');
    expectError(validateFullName('Nguyễn<img src=x onerror=alert(1)>'), 'validation.name.symbols');
    expectError(validateFullName('Nguyễn &amp; An'), 'validation.name.symbols', { characters: '& ;' });
  });

  it('lists at most 5 different characters', () => {
    expectError(validateFullName('A!@#$%^&*B'), 'validation.name.symbols', { characters: '! @ # $ %' });
  });

  it('refuses stacked combining marks ("zalgo") and shows them on a dotted circle', () => {
    expectError(validateFullName('An\u0336\u0336\u0336\u0336'), 'validation.name.symbols', { characters: '\u25CC\u0336' });
    expectClean(validateFullName('An\u0336\u0336'));
    expectError(validateFullName('Văn \u0301An'), 'validation.name.symbols', { characters: '\u25CC\u0301' });
  });

  it.each(['Nguyễn Văn An 😀', '❤️ An', 'An 🇻🇳', 'An 👨‍👩‍👧', 'An 1️⃣', 'An 👍🏽'])('refuses emoji: %s', (raw) => {
    expectError(validateFullName(raw), 'validation.name.emoji');
  });

  it.each(['A', 'Đ', ' a '])('asks for at least 2 letters: %j', (raw) => {
    expectError(validateFullName(raw), 'validation.name.tooShort', { min: 2 });
  });

  it('counts letters, not spaces, for the length limits', () => {
    expectClean(validateFullName('A B'));
    expectError(validateFullName('a'.repeat(101)), 'validation.name.tooLong');
  });
});

describe('nameKey', () => {
  it('matches both tone placements (hoà = hòa, thuỷ = thủy, khoẻ = khỏe)', () => {
    expect(nameKey('Lê Thị Hoà')).toBe(nameKey('Lê Thị Hòa'));
    expect(nameKey('Đặng Thuỷ')).toBe(nameKey('Đặng Thủy'));
    expect(nameKey('Khoẻ')).toBe(nameKey('Khỏe'));
  });

  it('ignores case, spacing, NFC/NFD and apostrophe/hyphen variants', () => {
    expect(nameKey('  NGUYỄN  văn an ')).toBe(nameKey('Nguyễn Văn An'));
    expect(nameKey('Nguye\u0302\u0303n')).toBe(nameKey('Nguyễn'));
    expect(nameKey('N’Guessan Jean‐Pierre')).toBe(nameKey("N'Guessan Jean-Pierre"));
    expect(nameKey('Nguyễn Văn An')).toBe('nguyen van an');
  });

  it('keeps different names apart', () => {
    expect(nameKey('Nguyễn Văn An')).not.toBe(nameKey('Nguyễn Văn Anh'));
  });

  it('never throws', () => {
    expect(nameKey(undefined as never)).toBe('');
    expect(nameKey('\uD800')).toBeTypeOf('string');
    expect(nameKey('😀'.repeat(1024 * 512)).length).toBeLessThanOrEqual(1000);
  });
});

describe('validateFullName: hostile input', () => {
  it('refuses every hostile input with a message key and never throws', () => {
    expectRefusesHostile((input) => validateFullName(input as string));
  });

  it.each([
    ['1 MB of letters', 'a'.repeat(1024 * 1024), 'validation.name.tooLong'],
    ['1 MB of spaces', ' '.repeat(1024 * 1024), 'validation.name.tooLong'],
    ['1 MB of markup', '<script>'.repeat(1024 * 128), 'validation.name.symbols'],
    ['1 MB of astral letters', '𠀋'.repeat(1024 * 512), 'validation.name.tooLong'],
    ['RTL override spoofing a file name', '\u202Egnp.exe', 'validation.name.symbols'],
    ['lone surrogate', 'An\uD800', 'validation.name.symbols'],
    ['ZWJ emoji', '👨\u200D👩\u200D👧', 'validation.name.emoji'],
    ['null', null, 'validation.name.empty'],
    ['number', 42, 'validation.name.empty'],
    ['object', { name: 'An' }, 'validation.name.empty'],
  ])('shows a sensible message for %s', (_label, input, key) => {
    expectError(validateFullName(input as string), key);
  });

  it('shows a lone surrogate as the replacement character, never the broken code unit', () => {
    expectError(validateFullName('An\uD800'), 'validation.name.symbols', { characters: '\uFFFD' });
  });
});
