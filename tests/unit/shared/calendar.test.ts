import { describe, expect, it } from 'vitest';
import {
  calendarDateInVietnam,
  daysInMonth,
  isLeapYear,
  isRealDate,
  toSolarDate,
} from '../../../src-shared/validation/calendar';
import { ageOn, compareDates, formatDisplayDate, parseIsoDate } from '../../../src-shared/validation/date';

describe('leap years and month lengths', () => {
  it('follows the Gregorian rule', () => {
    expect([2024, 2000, 1600].map(isLeapYear)).toEqual([true, true, true]);
    expect([2023, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });

  it('knows the days in each month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect([0, 13, 1.5, Number.NaN].map((m) => daysInMonth(2024, m))).toEqual([0, 0, 0, 0]);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(0, 1, 1)).toBe(false);
  });
});

describe('calendarDateInVietnam', () => {
  it('gives the date in Hà Nội (UTC+7), not the machine zone', () => {
    expect(calendarDateInVietnam(new Date(Date.UTC(2026, 10, 24, 16, 59)))?.iso).toBe('2026-11-24');
    expect(calendarDateInVietnam(new Date(Date.UTC(2026, 10, 24, 17, 0)))?.iso).toBe('2026-11-25');
    expect(calendarDateInVietnam(new Date(Date.UTC(2024, 1, 28, 17, 0)))?.iso).toBe('2024-02-29');
  });

  it('returns null for an invalid Date or a non-Date', () => {
    expect(calendarDateInVietnam(new Date(Number.NaN))).toBeNull();
    expect(calendarDateInVietnam('2026-11-24' as never)).toBeNull();
  });

  it('defaults to now', () => {
    expect(calendarDateInVietnam()?.year).toBeGreaterThanOrEqual(2026);
  });
});

describe('toSolarDate', () => {
  it('accepts Dates and real { year, month, day } values only', () => {
    expect(toSolarDate({ year: 2024, month: 2, day: 29 })?.iso).toBe('2024-02-29');
    expect(toSolarDate({ year: 2023, month: 2, day: 29 })).toBeNull();
    expect(toSolarDate({ year: '2024', month: 2, day: 1 })).toBeNull();
    expect(toSolarDate(null)).toBeNull();
    expect(toSolarDate(new Date(Date.UTC(2000, 0, 1)))?.iso).toBe('2000-01-01');
  });
});

describe('parseIsoDate / compareDates / ageOn / formatDisplayDate', () => {
  it('parses strict real ISO dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, iso: '2024-02-29' });
    for (const bad of ['2023-02-29', '2024-2-1', ' 2024-02-01', '2024-02-01T00:00', '2024/02/01', '2024-13-01', '']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(parseIsoDate(20240229)).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('compares dates', () => {
    const a = { year: 2024, month: 2, day: 29 };
    expect(compareDates(a, { year: 2024, month: 3, day: 1 })).toBe(-1);
    expect(compareDates(a, { ...a })).toBe(0);
    expect(compareDates(a, { year: 2023, month: 12, day: 31 })).toBe(1);
  });

  it('counts age in whole years, the birthday included', () => {
    const birth = { year: 1985, month: 3, day: 27 };
    expect(ageOn(birth, { year: 2026, month: 3, day: 26 })).toBe(40);
    expect(ageOn(birth, { year: 2026, month: 3, day: 27 })).toBe(41);
    expect(ageOn(birth, birth)).toBe(0);
    expect(ageOn(birth, { year: 1985, month: 3, day: 26 })).toBe(-1);
  });

  it('turns someone born on 29 February a year older on 1 March in common years', () => {
    const leapling = { year: 2008, month: 2, day: 29 };
    expect(ageOn(leapling, { year: 2026, month: 2, day: 28 })).toBe(17);
    expect(ageOn(leapling, { year: 2026, month: 3, day: 1 })).toBe(18);
    expect(ageOn(leapling, { year: 2028, month: 2, day: 29 })).toBe(20);
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDisplayDate({ year: 1985, month: 3, day: 7 })).toBe('07/03/1985');
  });
});
