/**
 * Dates typed into three separate boxes (day, month, year), dd/mm/yyyy, solar calendar; and year-only
 * fields ("Năm sinh"). Boxes never auto-advance, so each one is checked on its own terms.
 */
import { stripControlCharacters, toAsciiDigits } from '../text/normalize';
import { calendarDateInVietnam, compareDates, daysInMonth, formatDisplayDate, solarDate, toSolarDate } from './calendar';
import type { CalendarDate, SolarDate } from './calendar';
import { invalid, valid } from './result';
import type { Validation } from './result';

export { ageOn, compareDates, formatDisplayDate, parseIsoDate } from './calendar';
export type { CalendarDate, SolarDate } from './calendar';

/** The raw text of the three boxes. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateRuleOptions {
  /** Earliest year accepted (default 1900). */
  minYear?: number;
  /** "Now", for the future check (default: the current time). Taken as the calendar day in Vietnam. */
  today?: Date;
  /** Accept dates after today (default false: every date the kiosk asks for has already happened). */
  allowFuture?: boolean;
  /** Earliest date accepted, e.g. the date of birth when checking a date of death. */
  notBefore?: Date | CalendarDate;
  /** Latest date accepted. */
  notAfter?: Date | CalendarDate;
}

export const DEFAULT_MIN_YEAR = 1900;

type Part = 'day' | 'month' | 'year';

/** Longest box content read; anything longer is wrong anyway and is judged on its start. */
const MAX_PART_INPUT = 100;

/** Trimmed box content with controls removed and full-width digits made ASCII; '' for a non-string. */
function cleanPart(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return toAsciiDigits(stripControlCharacters(raw.slice(0, MAX_PART_INPUT))).trim();
}

const isDigits = (text: string): boolean => /^[0-9]+$/.test(text);

const MISSING_KEYS: Record<string, string> = {
  day: 'validation.date.missingDay',
  month: 'validation.date.missingMonth',
  year: 'validation.date.missingYear',
  'day,month': 'validation.date.missingDayMonth',
  'day,year': 'validation.date.missingDayYear',
  'month,year': 'validation.date.missingMonthYear',
  'day,month,year': 'validation.date.empty',
};

function minYearOf(options: { minYear?: number }): number {
  const min = options.minYear;
  return typeof min === 'number' && Number.isInteger(min) ? min : DEFAULT_MIN_YEAR;
}

/**
 * Checks a date from its three boxes. Error params carry `fields` ("day", "month,year", …) naming the
 * boxes to highlight. Value: `{ year, month, day, iso }`.
 */
export function validateDate(parts: DateParts, options: DateRuleOptions = {}): Validation<SolarDate> {
  const raw = (typeof parts === 'object' && parts !== null ? parts : {}) as Partial<Record<Part, unknown>>;
  const opts = (typeof options === 'object' && options !== null ? options : {}) as DateRuleOptions;
  const text: Record<Part, string> = { day: cleanPart(raw.day), month: cleanPart(raw.month), year: cleanPart(raw.year) };
  const order: Part[] = ['day', 'month', 'year'];

  const missing = order.filter((p) => text[p] === '');
  if (missing.length > 0) {
    const fields = missing.join(',');
    return invalid(MISSING_KEYS[fields] ?? 'validation.date.empty', { fields });
  }
  const notNumbers = order.filter((p) => !isDigits(text[p]));
  if (notNumbers.length > 0) return invalid('validation.date.notNumber', { fields: notNumbers.join(',') });
  if (text.year.length !== 4) return invalid('validation.date.yearDigits', { fields: 'year' });

  const year = Number(text.year);
  const month = text.month.length <= 2 ? Number(text.month) : 0;
  const day = text.day.length <= 2 ? Number(text.day) : 0;
  const wrong = [day < 1 || day > 31 ? 'day' : '', month < 1 || month > 12 ? 'month' : ''].filter(Boolean);
  if (wrong.length > 0) return invalid('validation.date.notReal', { fields: wrong.join(',') });
  if (day > daysInMonth(year, month)) {
    return month === 2 && day === 29
      ? invalid('validation.date.notLeapYear', { year, fields: 'day' })
      : invalid('validation.date.notReal', { fields: 'day' });
  }

  const minYear = minYearOf(opts);
  if (year < minYear) return invalid('validation.date.yearTooEarly', { min: minYear, fields: 'year' });

  const date = solarDate(year, month, day);
  const all = 'day,month,year';
  if (opts.allowFuture !== true) {
    const today = calendarDateInVietnam(opts.today ?? new Date());
    if (today && compareDates(date, today) > 0) return invalid('validation.date.future', { fields: all });
  }
  const notBefore = toSolarDate(opts.notBefore);
  if (notBefore && compareDates(date, notBefore) < 0) {
    return invalid('validation.date.tooEarly', { date: formatDisplayDate(notBefore), fields: all });
  }
  const notAfter = toSolarDate(opts.notAfter);
  if (notAfter && compareDates(date, notAfter) > 0) {
    return invalid('validation.date.tooLate', { date: formatDisplayDate(notAfter), fields: all });
  }
  return valid(date);
}

export interface YearRuleOptions {
  /** Earliest year accepted (default 1900). */
  minYear?: number;
  /** "Now" (default: the current time), for the not-in-the-future check. */
  today?: Date;
  /** Accept years after the current one (default false). */
  allowFuture?: boolean;
  /** Earliest year accepted, as a year or a date. */
  notBefore?: number | Date | CalendarDate;
  /** Latest year accepted, as a year or a date. */
  notAfter?: number | Date | CalendarDate;
}

function yearOf(bound: unknown): number | null {
  if (typeof bound === 'number') return Number.isInteger(bound) ? bound : null;
  return toSolarDate(bound)?.year ?? null;
}

/** Checks a year-only field ("Năm sinh"): 4 digits, from `minYear`, not after this year. Value: the year. */
export function validateYear(raw: string, options: YearRuleOptions = {}): Validation<number> {
  const opts = (typeof options === 'object' && options !== null ? options : {}) as YearRuleOptions;
  const text = cleanPart(raw);
  if (text === '') return invalid('validation.year.empty');
  if (!isDigits(text)) return invalid('validation.year.notNumber');
  if (text.length !== 4) return invalid('validation.year.digits');
  const year = Number(text);

  const notBefore = yearOf(opts.notBefore);
  const min = Math.max(minYearOf(opts), notBefore ?? -Infinity);
  if (year < min) return invalid('validation.year.tooEarly', { min });
  if (opts.allowFuture !== true) {
    const current = calendarDateInVietnam(opts.today ?? new Date())?.year;
    if (current !== undefined && year > current) return invalid('validation.year.future', { current });
  }
  const max = yearOf(opts.notAfter);
  if (max !== null && year > max) return invalid('validation.year.tooLate', { max });
  return valid(year);
}
