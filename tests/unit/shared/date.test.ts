import { afterEach, describe, expect, it } from 'vitest';
import { validateDate, validateYear } from '../../../src-shared/validation/date';
import type { DateParts } from '../../../src-shared/validation/date';
import { expectClean, expectError, expectRefusesHostile, HOSTILE_STRINGS, NON_STRINGS } from './hostile-inputs';

// 24 Nov 2026, 10:00 in Hà Nội (03:00 UTC).
const TODAY = new Date(Date.UTC(2026, 10, 24, 3, 0, 0));
const date = (day: string, month: string, year: string, options = {}) =>
  validateDate({ day, month, year }, { today: TODAY, ...options });

describe('validateDate: real dates', () => {
  it('returns the parts and the ISO form', () => {
    expect(expectClean(date('27', '3', '1985'))).toEqual({ year: 1985, month: 3, day: 27, iso: '1985-03-27' });
  });

  it.each([
    ['leading zeros', '07', '03', '1985'],
    ['surrounding spaces', ' 7 ', '\u00A03\u3000', ' 1985 '],
    ['full-width digits', '７', '０３', '１９８５'],
    ['a zero-width space pasted in', '7\u200B', '3', '1985'],
  ])('accepts %s', (_label, d, m, y) => {
    expect(expectClean(date(d, m, y)).iso).toBe('1985-03-07');
  });

  it('accepts 29 February in a leap year and refuses it otherwise', () => {
    expect(expectClean(date('29', '2', '2024')).iso).toBe('2024-02-29');
    expectError(date('29', '2', '2023'), 'validation.date.notLeapYear', { year: 2023, fields: 'day' });
    expect(expectClean(date('29', '02', '2000')).iso).toBe('2000-02-29');
    expectError(date('29', '02', '1900'), 'validation.date.notLeapYear', { year: 1900 });
    expectClean(date('28', '2', '2023'));
  });

  it.each([
    ['31', '1'], ['28', '2'], ['31', '3'], ['30', '4'], ['31', '5'], ['30', '6'],
    ['31', '7'], ['31', '8'], ['30', '9'], ['31', '10'], ['30', '11'], ['31', '12'],
  ])('accepts the last day of the month %s/%s', (d, m) => {
    expectClean(date(d, m, '2025'));
  });

  it.each([
    ['32', '1'], ['30', '2'], ['32', '3'], ['31', '4'], ['32', '5'], ['31', '6'],
    ['32', '7'], ['32', '8'], ['31', '9'], ['32', '10'], ['31', '11'], ['32', '12'],
  ])('refuses the day after the last, %s/%s', (d, m) => {
    expectError(date(d, m, '2024'), 'validation.date.notReal', { fields: 'day' });
  });
});

describe('validateDate: missing parts', () => {
  it.each([
    ['', '3', '1985', 'validation.date.missingDay', 'day'],
    ['27', '', '1985', 'validation.date.missingMonth', 'month'],
    ['27', '3', '', 'validation.date.missingYear', 'year'],
    ['', '', '1985', 'validation.date.missingDayMonth', 'day,month'],
    ['', '3', '', 'validation.date.missingDayYear', 'day,year'],
    ['27', '', ' ', 'validation.date.missingMonthYear', 'month,year'],
    ['', ' ', '\u3000', 'validation.date.empty', 'day,month,year'],
  ])('%j/%j/%j says what is missing', (d, m, y, key, fields) => {
    expectError(date(d, m, y), key, { fields });
  });
});

describe('validateDate: other errors', () => {
  it.each([
    ['a', '3', '1985', 'day'],
    ['27', 'III', '1985', 'month'],
    ['27', '3', '1985a', 'year'],
    ['2.5', '3', '1985', 'day'],
    ['-1', '3', '1985', 'day'],
    ['27', '+3', '1985', 'month'],
    ['x', 'y', '1985', 'day,month'],
    ['1 2', '3', '1985', 'day'],
  ])('refuses non-numbers %j/%j/%j and names the box', (d, m, y, fields) => {
    expectError(date(d, m, y), 'validation.date.notNumber', { fields });
  });

  it.each(['85', '985', '19850', '0'])('asks for a 4-digit year, not %j', (y) => {
    expectError(date('27', '3', y), 'validation.date.yearDigits', { fields: 'year' });
  });

  it.each([
    ['0', '3', 'day'],
    ['00', '3', 'day'],
    ['007', '3', 'day'],
    ['1', '0', 'month'],
    ['1', '13', 'month'],
    ['0', '13', 'day,month'],
  ])('refuses %s/%s as not a real date', (d, m, fields) => {
    expectError(date(d, m, '1985'), 'validation.date.notReal', { fields });
  });

  it('refuses years before 1900 unless another minimum is given', () => {
    expectError(date('1', '1', '1899'), 'validation.date.yearTooEarly', { min: 1900 });
    expectClean(date('1', '1', '1900'));
    expectClean(date('1', '1', '1850', { minYear: 1800 }));
    expectError(date('1', '1', '1999', { minYear: 2000 }), 'validation.date.yearTooEarly', { min: 2000 });
  });

  it('refuses dates after today unless the field allows the future', () => {
    expectClean(date('24', '11', '2026'));
    expectError(date('25', '11', '2026'), 'validation.date.future');
    expectError(date('1', '1', '2100'), 'validation.date.future');
    expectClean(date('25', '11', '2026', { allowFuture: true }));
  });

  it('checks the future against the current time when no "today" is given', () => {
    expectError(validateDate({ day: '1', month: '1', year: '9999' }), 'validation.date.future');
    expectClean(validateDate({ day: '1', month: '1', year: '1985' }));
  });

  it('refuses a date of death before the date of birth', () => {
    const birth = { year: 1950, month: 3, day: 15 };
    expectError(date('14', '3', '1950', { notBefore: birth }), 'validation.date.tooEarly', { date: '15/03/1950' });
    expectClean(date('15', '3', '1950', { notBefore: birth }));
  });

  it('refuses dates after a latest date', () => {
    const latest = new Date(Date.UTC(2020, 0, 31, 12));
    expectError(date('1', '2', '2020', { notAfter: latest }), 'validation.date.tooLate', { date: '31/01/2020' });
    expectClean(date('31', '1', '2020', { notAfter: latest }));
  });

  it('ignores bounds that are not dates', () => {
    expectClean(date('1', '1', '2000', { notBefore: { year: 2023, month: 2, day: 29 } }));
    expectClean(date('1', '1', '2000', { notAfter: new Date(Number.NaN), today: new Date(Number.NaN) }));
    expectClean(validateDate({ day: '1', month: '1', year: '2000' }, null as never));
  });
});

describe('validateDate: time-zone independence', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('uses the calendar day in Vietnam, whatever zone the machine is set to', () => {
    // 24 Nov 2026 18:30 UTC is already 25 Nov 01:30 in Hà Nội, but still 24 Nov in Europe and America.
    const lateEvening = new Date(Date.UTC(2026, 10, 24, 18, 30));
    const outcomes = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh', 'Europe/Berlin'].map(
      (tz) => {
        process.env.TZ = tz;
        return [
          validateDate({ day: '25', month: '11', year: '2026' }, { today: lateEvening }).ok,
          validateDate({ day: '26', month: '11', year: '2026' }, { today: lateEvening }).ok,
          validateDate({ day: '1', month: '3', year: '2026' }, { notAfter: new Date(Date.UTC(2026, 1, 28, 17)) }),
          validateYear('2027', { today: new Date(Date.UTC(2026, 11, 31, 17)) }).ok,
        ];
      },
    );
    for (const outcome of outcomes) expect(outcome).toEqual(outcomes[0]);
    expect(outcomes[0]?.slice(0, 2)).toEqual([true, false]);
    expect((outcomes[0]?.[2] as { ok: boolean } | undefined)?.ok).toBe(true);
    expect(outcomes[0]?.[3]).toBe(true);
  });
});

describe('validateYear', () => {
  const year = (text: string, options = {}) => validateYear(text, { today: TODAY, ...options });

  it('accepts a 4-digit year and returns it as a number', () => {
    expect(expectClean(year('1985'))).toBe(1985);
    expect(expectClean(year(' １９８５ '))).toBe(1985);
    expect(expectClean(year('2026'))).toBe(2026);
  });

  it.each([
    ['', 'validation.year.empty'],
    ['  ', 'validation.year.empty'],
    ['năm 85', 'validation.year.notNumber'],
    ['19.85', 'validation.year.notNumber'],
    ['85', 'validation.year.digits'],
    ['01985', 'validation.year.digits'],
  ])('%j → %s', (text, key) => {
    expectError(year(text), key);
  });

  it('refuses years before the minimum', () => {
    expectError(year('1899'), 'validation.year.tooEarly', { min: 1900 });
    expectClean(year('1899', { minYear: 1800 }));
    expectError(year('1949', { notBefore: 1950 }), 'validation.year.tooEarly', { min: 1950 });
    expectError(year('1949', { notBefore: { year: 1950, month: 1, day: 1 } }), 'validation.year.tooEarly', {
      min: 1950,
    });
  });

  it('refuses future years unless allowed, and years after a latest year', () => {
    expectError(year('2027'), 'validation.year.future', { current: 2026 });
    expectClean(year('2027', { allowFuture: true }));
    expectError(year('2011', { notAfter: 2010 }), 'validation.year.tooLate', { max: 2010 });
    expectClean(year('2010', { notAfter: new Date(Date.UTC(2010, 5, 1)) }));
  });
});

describe('validateDate / validateYear: hostile input', () => {
  it('refuses every hostile input in any box with a message key and never throws', () => {
    expectRefusesHostile((input) => validateDate({ day: input, month: input, year: input } as DateParts));
    expectRefusesHostile((input) => validateDate({ day: input, month: '3', year: '1985' } as DateParts));
    expectRefusesHostile((input) => validateDate({ day: '27', month: input, year: '1985' } as DateParts));
    expectRefusesHostile((input) => validateDate({ day: '27', month: '3', year: input } as DateParts));
    expectRefusesHostile((input) => validateYear(input as string));
  });

  it('refuses a missing or broken parts object', () => {
    for (const [, value] of [...NON_STRINGS, ...HOSTILE_STRINGS]) {
      expectError(validateDate(value as DateParts), 'validation.date.empty');
    }
  });

  it.each([
    ['script tag', '<script>alert(1)</script>', 'validation.date.notNumber'],
    ['1 MB of digits', '1'.repeat(1024 * 1024), 'validation.date.notReal'],
    ['NUL bytes', '\u0000', 'validation.date.missingDay'],
    ['number instead of text', 27, 'validation.date.missingDay'],
  ])('shows a sensible message for %s in the day box', (_label, day, key) => {
    expectError(validateDate({ day, month: '3', year: '1985' } as DateParts, { today: TODAY }), key);
  });
});
