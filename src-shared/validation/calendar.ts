/**
 * Solar-calendar arithmetic on plain { year, month, day } values. Nothing here depends on the machine's
 * time zone: "today" is the calendar date in Vietnam (UTC+7 all year, no daylight saving).
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A checked, real calendar date with its ISO form `YYYY-MM-DD`. */
export interface SolarDate extends CalendarDate {
  iso: string;
}

/** Vietnam's offset from UTC, in minutes. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in the month (1–12) of the year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a date that exists in the solar calendar (year 1–9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1 && year <= 9999 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function toIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** `dd/mm/yyyy`, the way dates are written on Vietnamese forms. */
export function formatDisplayDate(date: CalendarDate): string {
  return `${pad(date.day, 2)}/${pad(date.month, 2)}/${pad(date.year, 4)}`;
}

/** A SolarDate from parts already known to be a real date. */
export function solarDate(year: number, month: number, day: number): SolarDate {
  return { year, month, day, iso: toIsoDate({ year, month, day }) };
}

/** The calendar date in Vietnam at an instant (default: now); null for an invalid Date or a non-Date. */
export function calendarDateInVietnam(instant: Date = new Date()): SolarDate | null {
  if (!(instant instanceof Date)) return null;
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) return null;
  const shifted = new Date(ms + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  const year = shifted.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return solarDate(year, shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** A strict `YYYY-MM-DD` that is a real date, or null. Never throws. */
export function parseIsoDate(text: unknown): SolarDate | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? solarDate(year, month, day) : null;
}

/** -1 when a is before b, 0 on the same day, 1 when a is after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const diff = a.year - b.year || a.month - b.month || a.day - b.day;
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/**
 * Age in whole years on `date` for someone born on `birth` (the birthday itself counts). Someone born on
 * 29 February turns a year older on 1 March in common years. Negative when `date` is before `birth`.
 */
export function ageOn(birth: CalendarDate, date: CalendarDate): number {
  const birthdayReached = date.month > birth.month || (date.month === birth.month && date.day >= birth.day);
  return date.year - birth.year - (birthdayReached ? 0 : 1);
}

/** A Date (taken as its calendar day in Vietnam) or a CalendarDate, as a real SolarDate; null otherwise. */
export function toSolarDate(value: unknown): SolarDate | null {
  if (value instanceof Date) return calendarDateInVietnam(value);
  if (typeof value !== 'object' || value === null) return null;
  const { year, month, day } = value as Partial<CalendarDate>;
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') return null;
  return isRealDate(year, month, day) ? solarDate(year, month, day) : null;
}
