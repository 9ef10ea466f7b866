import { describe, expect, it } from 'vitest';
import {
  convertOldMobileNumber,
  formatPhoneForDisplay,
  MOBILE_PREFIXES,
  validatePhone,
} from '../../../src-shared/validation/phone';
import { expectClean, expectError, expectRefusesHostile } from './hostile-inputs';

// The prefix table of domain.md, written out independently of the code's table.
const EXPECTED_PREFIXES = {
  Viettel: '032 033 034 035 036 037 038 039 086 096 097 098',
  MobiFone: '070 076 077 078 079 089 090 093',
  VinaPhone: '081 082 083 084 085 088 091 094',
  Vietnamobile: '052 056 058 092',
  Gmobile: '059 099',
  Itel: '087',
} as const;

// Old 11-digit prefix → new 10-digit prefix (2018 renumbering).
const OLD_TO_NEW: ReadonlyArray<readonly [string, string]> = [
  ['0162', '032'], ['0163', '033'], ['0164', '034'], ['0165', '035'], ['0166', '036'], ['0167', '037'],
  ['0168', '038'], ['0169', '039'],
  ['0120', '070'], ['0121', '079'], ['0122', '077'], ['0126', '076'], ['0128', '078'],
  ['0123', '083'], ['0124', '084'], ['0125', '085'], ['0127', '081'], ['0129', '082'],
  ['0186', '056'], ['0188', '058'],
  ['0199', '059'],
];

describe('validatePhone: mobiles', () => {
  it('stores national and +84 forms with the carrier', () => {
    expect(expectClean(validatePhone('0912345678'))).toEqual({
      e164: '+84912345678',
      national: '0912345678',
      kind: 'mobile',
      carrier: 'VinaPhone',
    });
  });

  it.each([
    ['spaces', '0912 345 678'],
    ['dots', '0912.345.678'],
    ['dashes', '0912-345-678'],
    ['parentheses', '(091) 234-5678'],
    ['surrounding spaces and a no-break space', '  0912\u00A0345678 '],
    ['+84', '+84912345678'],
    ['+84 with spaces', '+84 912 345 678'],
    ['84 without the plus', '84912345678'],
    ['0084', '0084 912 345 678'],
    ['+84 with the 0 kept', '+84 (0) 912 345 678'],
    ['full-width digits', '０９１２３４５６７８'],
    ['full-width plus and digits', '＋８４ ９１２ ３４５ ６７８'],
    ['a zero-width space pasted in', '0912\u200B345678'],
  ])('accepts %s', (_label, raw) => {
    expect(expectClean(validatePhone(raw)).national).toBe('0912345678');
  });

  it('has exactly the prefix table of domain.md', () => {
    const actual = Object.fromEntries(Object.entries(MOBILE_PREFIXES).map(([c, p]) => [c, p.join(' ')]));
    expect(actual).toEqual(EXPECTED_PREFIXES);
  });

  it.each(Object.entries(EXPECTED_PREFIXES))('accepts every %s prefix, in national and +84 form', (carrier, list) => {
    for (const prefix of list.split(' ')) {
      const national = `${prefix}1234567`;
      expect(expectClean(validatePhone(national))).toEqual({
        e164: `+84${national.slice(1)}`,
        national,
        kind: 'mobile',
        carrier,
      });
      expect(expectClean(validatePhone(`+84 ${national.slice(1)}`)).national).toBe(national);
    }
  });

  it('refuses every other 0x prefix of a 10-digit number', () => {
    const known = new Set(Object.values(EXPECTED_PREFIXES).flatMap((l) => l.split(' ')));
    for (let n = 0; n < 100; n++) {
      const prefix = `0${String(n).padStart(2, '0')}`;
      if (known.has(prefix)) continue;
      const result = validatePhone(`${prefix}1234567`);
      expect(result.ok, prefix).toBe(false);
    }
    expectError(validatePhone('0111234567'), 'validation.phone.prefix', { prefix: '011' });
    expectError(validatePhone('0951234567'), 'validation.phone.prefix', { prefix: '095' });
  });
});

describe('validatePhone: Hà Nội landlines', () => {
  it('accepts 024 + 8 digits as a landline without a carrier', () => {
    expect(expectClean(validatePhone('024 3826 1234'))).toEqual({
      e164: '+842438261234',
      national: '02438261234',
      kind: 'landline',
    });
    expect(expectClean(validatePhone('(024) 3826.1234')).kind).toBe('landline');
    expect(expectClean(validatePhone('+84 24 3826 1234')).national).toBe('02438261234');
  });

  it('refuses a landline when a mobile is needed to receive SMS', () => {
    expectError(validatePhone('024 3826 1234', { mobileOnly: true }), 'validation.phone.landline');
    expectClean(validatePhone('0912345678', { mobileOnly: true }));
  });

  it('says a Hà Nội landline has 11 digits', () => {
    expectError(validatePhone('024 3826 123'), 'validation.phone.landlineLength', { count: 10 });
    expectError(validatePhone('024 3826 12345'), 'validation.phone.landlineLength', { count: 12 });
  });

  it('refuses landlines outside Hà Nội with the prefix shown', () => {
    expectError(validatePhone('0236 3822 123'), 'validation.phone.prefix', { prefix: '0236' });
    expectError(validatePhone('028 3829 1234'), 'validation.phone.prefix', { prefix: '0283' });
  });
});

describe('validatePhone: old 11-digit mobiles', () => {
  it.each(OLD_TO_NEW)('refuses %s… and suggests the new %s… number', (oldPrefix, newPrefix) => {
    const result = validatePhone(`${oldPrefix}1234567`);
    expectError(result, 'validation.phone.oldNumber', { suggestion: `${newPrefix}1234567` });
    expect(convertOldMobileNumber(`${oldPrefix}1234567`)).toBe(`${newPrefix}1234567`);
  });

  it('shows the suggestion grouped for reading', () => {
    expectError(validatePhone('0168 123 4567'), 'validation.phone.oldNumber', {
      suggestion: '0381234567',
      suggestionDisplay: '0381 234 567',
    });
  });

  it('recognises old numbers written with +84 or separators', () => {
    expect(convertOldMobileNumber('+84 168 123 4567')).toBe('0381234567');
    expect(convertOldMobileNumber('0121.123.4567')).toBe('0791234567');
    expectError(validatePhone('+84 1681234567'), 'validation.phone.oldNumber', { suggestion: '0381234567' });
  });

  it('also suggests when only mobiles are accepted', () => {
    expectError(validatePhone('01991234567', { mobileOnly: true }), 'validation.phone.oldNumber', {
      suggestion: '0591234567',
    });
  });

  it('returns null for numbers that are not old mobiles', () => {
    for (const raw of ['0912345678', '01301234567', '0161234567', '0168123456', 'abc', '', '9'.repeat(5000)]) {
      expect(convertOldMobileNumber(raw), raw).toBeNull();
    }
    expect(convertOldMobileNumber(undefined as never)).toBeNull();
  });
});

describe('validatePhone: errors', () => {
  it.each(['', '   ', '+', ' ( ) - . '])('asks for a number when the box is empty (%j)', (raw) => {
    expectError(validatePhone(raw), 'validation.phone.empty');
  });

  it.each(['0912abc678', 'O912345678', 'số 0912345678'])('refuses letters: %s', (raw) => {
    expectError(validatePhone(raw), 'validation.phone.letters');
  });

  it.each(['0912#345678', '0912/345/678', '09+12345678', '0912345678😀', '*0912345678'])(
    'refuses other characters: %s',
    (raw) => {
      expectError(validatePhone(raw), 'validation.phone.notDigits');
    },
  );

  it.each(['+1 202 555 0100', '+44 20 7946 0958', '+0912345678', '+856 20 1234 5678'])(
    'asks for a Vietnamese number: %s',
    (raw) => {
      expectError(validatePhone(raw), 'validation.phone.foreign');
    },
  );

  it('asks for the leading 0 when it is left out', () => {
    expectError(validatePhone('912 345 678'), 'validation.phone.startsWithZero');
  });

  it.each([
    ['091234567', 9],
    ['09123456789', 11],
    ['09', 2],
    ['+84 91234567', 9],
  ])('says how many digits a mobile has: %s', (raw, count) => {
    expectError(validatePhone(raw), 'validation.phone.length', { count });
  });
});

describe('formatPhoneForDisplay', () => {
  it.each([
    ['0912345678', '0912 345 678'],
    ['+84912345678', '0912 345 678'],
    ['0912.345.678', '0912 345 678'],
    ['02438261234', '024 3826 1234'],
    ['01681234567', '0168 123 4567'],
  ])('groups %s as %s', (raw, display) => {
    expect(formatPhoneForDisplay(raw)).toBe(display);
  });

  it('writes the international form on request', () => {
    expect(formatPhoneForDisplay('0912345678', 'international')).toBe('+84 912 345 678');
    expect(formatPhoneForDisplay('02438261234', 'international')).toBe('+84 24 3826 1234');
  });

  it('returns anything it cannot read cleaned, never throwing', () => {
    expect(formatPhoneForDisplay(' gọi  tổng đài ')).toBe('gọi tổng đài');
    expect(formatPhoneForDisplay('12345')).toBe('12345');
    expect(formatPhoneForDisplay('\u202E<b>\u0000')).toBe('<b>');
    expect(formatPhoneForDisplay(null as never)).toBe('');
    expect(formatPhoneForDisplay('9'.repeat(1024 * 1024))).toHaveLength(1024 * 1024);
  });
});

describe('validatePhone: hostile input', () => {
  it('refuses every hostile input with a message key and never throws', () => {
    expectRefusesHostile((input) => validatePhone(input as string));
    expectRefusesHostile((input) => validatePhone(input as string, { mobileOnly: true }));
  });

  it.each([
    ['1 MB of digits', '0'.repeat(1024 * 1024), 'validation.phone.length'],
    ['1 MB of spaces', ' '.repeat(1024 * 1024), 'validation.phone.empty'],
    ['script tag', '<script>alert(1)</script>', 'validation.phone.letters'],
    ['SQL', "0912345678'; DROP TABLE x; --", 'validation.phone.letters'],
    ['emoji', '📞', 'validation.phone.notDigits'],
    ['NUL bytes', '\u0000', 'validation.phone.empty'],
    ['lone surrogate', '0912\uD800345678', 'validation.phone.notDigits'],
    ['object with toString', { toString: (): string => '0912345678' } as unknown, 'validation.phone.empty'],
  ])('shows a sensible message for %s', (_label, input, key) => {
    expectError(validatePhone(input as string), key);
  });

  it('survives broken options', () => {
    expectClean(validatePhone('0912345678', null as never));
    expectClean(validatePhone('02438261234', 'x' as never));
  });
});
