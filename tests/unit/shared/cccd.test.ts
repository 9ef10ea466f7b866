import { describe, expect, it } from 'vitest';
import {
  CCCD_PROVINCE_CODES,
  decodeSexAndBirthYear,
  provinceForCode,
  validatePersonalId,
} from '../../../src-shared/validation/cccd';
import { expectClean, expectError, expectRefusesHostile, expectValue } from './hostile-inputs';

// 24 Nov 2026, 10:00 in Hà Nội.
const TODAY = new Date(Date.UTC(2026, 10, 24, 3, 0, 0));
const check = (raw: string, options = {}) => validatePersonalId(raw, { today: TODAY, ...options });

// The 63 province codes of the old list, as published (brief / Thông tư 59/2021/TT-BCA).
const OLD_63_CODES =
  '001,002,004,006,008,010,011,012,014,015,017,019,020,022,024,025,026,027,030,031,033,034,035,036,037,038,040,' +
  '042,044,045,046,048,049,051,052,054,056,058,060,062,064,066,067,068,070,072,074,075,077,079,080,082,083,084,' +
  '086,087,089,091,092,093,094,095,096';

describe('validatePersonalId: valid numbers', () => {
  it('decodes a Hà Nội man born in 1985', () => {
    expect(expectClean(check('001085012345'))).toEqual({
      id: '001085012345',
      provinceCode: '001',
      sex: 'male',
      birthYear: 1985,
    });
  });

  it('decodes a woman born in 1990 in TP Hồ Chí Minh', () => {
    expect(expectClean(check('079190012345'))).toMatchObject({ provinceCode: '079', sex: 'female', birthYear: 1990 });
  });

  it.each([
    ['001085012345', 'male', 1985],
    ['001185012345', 'female', 1985],
    ['031203012345', 'male', 2003],
    ['031305012345', 'female', 2005],
    ['048226012345', 'male', 2026],
    ['048899012345', 'male', 1899],
    ['048999012345', 'female', 1899],
  ] as const)('digit 4 gives sex and century: %s → %s, %i', (id, sex, birthYear) => {
    expect(expectClean(check(id))).toMatchObject({ sex, birthYear });
  });

  it.each([
    ['spaces', '001 085 012 345'],
    ['dots', '001.085.012.345'],
    ['dashes', '001-085-012-345'],
    ['mixed separators and no-break spaces', ' 001 - 085.012\u00A0345 '],
    ['full-width digits', '００１０８５０１２３４５'],
    ['full-width digits and ideographic space', '００１\u3000０８５\u3000０１２３４５'],
    ['a zero-width space pasted in', '0010850\u200B12345'],
  ])('accepts %s and stores the 12 digits only', (_label, raw) => {
    expect(expectClean(check(raw)).id).toBe('001085012345');
  });

  it('accepts every one of the 63 province codes', () => {
    for (const code of OLD_63_CODES.split(',')) {
      expect(expectClean(check(`${code}085012345`)).provinceCode).toBe(code);
    }
  });

  it('names the province of a code', () => {
    expect(provinceForCode('001')).toBe('Hà Nội');
    expect(provinceForCode('048')).toBe('Đà Nẵng');
    expect(provinceForCode('079')).toBe('Thành phố Hồ Chí Minh');
    expect(provinceForCode('toString')).toBeUndefined();
  });

  it('holds exactly the 63 codes of the old list, names in NFC', () => {
    expect(Object.keys(CCCD_PROVINCE_CODES).sort().join(',')).toBe(OLD_63_CODES);
    for (const name of Object.values(CCCD_PROVINCE_CODES)) expect(name.normalize('NFC')).toBe(name);
  });

  it('decodes digits 4–6 on their own', () => {
    expect(decodeSexAndBirthYear('001585000000')).toEqual({ sex: 'female', birthYear: 2185 });
    expect(decodeSexAndBirthYear('001700000000')).toEqual({ sex: 'female', birthYear: 2200 });
  });
});

describe('validatePersonalId: errors', () => {
  it.each(['', '   ', ' . - ', '\u200B'])('asks for the number when the box is empty (%j)', (raw) => {
    expectError(check(raw), 'validation.cccd.empty');
  });

  it('explains that a 9-digit CMND is no longer valid', () => {
    expectError(check('012345678'), 'validation.cccd.oldCmnd');
    expectError(check('012 345 678'), 'validation.cccd.oldCmnd');
  });

  it.each([
    ['00108501234', 11],
    ['0010850123456', 13],
    ['0010', 4],
    ['1', 1],
  ])('says how many digits were typed when it is not 12: %s', (raw, count) => {
    expectError(check(raw), 'validation.cccd.length', { count });
  });

  it.each(['00108501234A', 'abc', 'CCCD 001085012345', '00108５０１２３４Ｏ', 'Nguyễn'])(
    'refuses letters with a specific message: %s',
    (raw) => {
      expectError(check(raw), 'validation.cccd.letters');
    },
  );

  it.each(['001085012345#', '001/085/012345', '+001085012345', '001085012345😀'])(
    'refuses other characters: %s',
    (raw) => {
      expectError(check(raw), 'validation.cccd.notDigits');
    },
  );

  it.each(['000', '003', '005', '097', '099', '100', '999'])('refuses the unknown province prefix %s', (code) => {
    expectError(check(`${code}085012345`), 'validation.cccd.province', { code });
  });

  it('refuses every prefix that is not in the list', () => {
    const known = new Set(OLD_63_CODES.split(','));
    for (let n = 0; n < 1000; n++) {
      const code = String(n).padStart(3, '0');
      if (!known.has(code)) expectError(check(`${code}085012345`), 'validation.cccd.province', { code });
    }
  });

  it.each([
    ['001227012345', 2027],
    ['001299012345', 2099],
    ['001400012345', 2100],
    ['001525012345', 2125],
    ['001650012345', 2250],
  ])('refuses a birth year in the future: %s → %i', (raw, year) => {
    expectError(check(raw), 'validation.cccd.futureYear', { year });
  });

  it('uses the year in Vietnam for "future": 2027 is allowed from 00:00 on 1 Jan 2027 Hà Nội time', () => {
    const newYearHanoi = new Date(Date.UTC(2026, 11, 31, 17, 0, 0));
    const lastMinuteOf2026 = new Date(Date.UTC(2026, 11, 31, 16, 59, 0));
    expect(validatePersonalId('001227012345', { today: newYearHanoi }).ok).toBe(true);
    expectError(validatePersonalId('001227012345', { today: lastMinuteOf2026 }), 'validation.cccd.futureYear');
  });
});

describe('validatePersonalId: consistency with the rest of the form is a warning', () => {
  it('warns, but accepts, when the declared sex differs', () => {
    const result = check('001085012345', { declaredSex: 'female' });
    expect(expectValue(result).sex).toBe('male');
    expect(result.ok && result.warnings).toEqual([{ key: 'validation.cccd.sexMismatch' }]);
  });

  it('warns, but accepts, when the declared birth year differs', () => {
    const result = check('001185012345', { declaredBirthYear: 1986 });
    expect(result.ok && result.warnings).toEqual([
      { key: 'validation.cccd.birthYearMismatch', params: { year: 1985, declared: 1986 } },
    ]);
  });

  it('gives both warnings when both differ', () => {
    const result = check('001185012345', { declaredSex: 'male', declaredBirthYear: 2085 });
    expect(result.ok && result.warnings.map((w) => w.key)).toEqual([
      'validation.cccd.sexMismatch',
      'validation.cccd.birthYearMismatch',
    ]);
  });

  it('gives no warning when the declared data matches', () => {
    expectClean(check('001185012345', { declaredSex: 'female', declaredBirthYear: 1985 }));
  });

  it('ignores declared values that are not a sex or a whole year', () => {
    expectClean(check('001185012345', { declaredSex: 'nữ', declaredBirthYear: Number.NaN } as never));
    expectClean(check('001185012345', { declaredBirthYear: '1990' } as never));
  });

  it('still refuses a bad number whatever the declared data', () => {
    expectError(check('001085', { declaredSex: 'male' }), 'validation.cccd.length');
  });
});

describe('validatePersonalId: hostile input', () => {
  it('refuses every hostile input with a message key and never throws', () => {
    expectRefusesHostile((input) => validatePersonalId(input as string, { today: TODAY }));
  });

  it.each([
    ['1 MB of digits', '1'.repeat(1024 * 1024), 'validation.cccd.length'],
    ['script tag', '<script>alert(1)</script>', 'validation.cccd.letters'],
    ['SQL', "'; DROP TABLE x; --", 'validation.cccd.letters'],
    ['emoji', '😀', 'validation.cccd.notDigits'],
    ['NUL bytes', '\u0000\u0000', 'validation.cccd.empty'],
    ['lone surrogate', '\uD800', 'validation.cccd.notDigits'],
    ['undefined', undefined, 'validation.cccd.empty'],
    ['number', 1085012345, 'validation.cccd.empty'],
  ])('shows a sensible message for %s', (_label, input, key) => {
    expectError(validatePersonalId(input as string, { today: TODAY }), key);
  });

  it('survives broken options', () => {
    expectClean(validatePersonalId('001085012345', null as never));
    expectClean(validatePersonalId('001085012345', { today: new Date(Number.NaN) }));
  });
});
