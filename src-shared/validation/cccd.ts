/**
 * Personal ID number (số định danh cá nhân, printed on the CCCD / căn cước card): 12 digits, no checksum.
 * Digits 1–3 province of birth registration, digit 4 sex and century, digits 5–6 the last two digits of
 * the birth year, digits 7–12 random.
 */
import { calendarDateInVietnam } from './calendar';
import { compactDigitInput, countDigits, hasLetter, MAX_NUMBER_INPUT } from './digit-input';
import { provinceForCode } from './province-codes';
import { invalid, valid } from './result';
import type { MessageRef, Validation } from './result';

export { CCCD_PROVINCE_CODES, provinceForCode } from './province-codes';

export type Sex = 'male' | 'female';

export interface PersonalId {
  /** The 12 digits, no separators. */
  id: string;
  /** Digits 1–3, e.g. '001' (Hà Nội). */
  provinceCode: string;
  sex: Sex;
  birthYear: number;
}

export interface PersonalIdOptions {
  /** Sex given elsewhere on the form: a mismatch gives a warning. */
  declaredSex?: Sex;
  /** Year of birth given elsewhere on the form: a mismatch gives a warning. */
  declaredBirthYear?: number;
  /** "Now", for the birth-year-in-the-future check (default: the current time). */
  today?: Date;
}

/** First year of the century coded by digit 4 (0/1 → 1900, 2/3 → 2000, …, 8/9 → 1800). */
const CENTURY_BY_DIGIT = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800] as const;

/** Sex and birth year coded by digits 4–6 of a 12-digit ID (digits only, already checked). */
export function decodeSexAndBirthYear(id: string): { sex: Sex; birthYear: number } {
  const code = Number(id.charAt(3));
  const century = CENTURY_BY_DIGIT[code] ?? 1900;
  return { sex: code % 2 === 0 ? 'male' : 'female', birthYear: century + Number(id.slice(4, 6)) };
}

/**
 * Checks a personal ID number as typed: groups may be separated by spaces, dots or dashes, digits may be
 * full-width. Inconsistency with the declared sex or birth year is a warning, never a block.
 */
export function validatePersonalId(raw: string, options: PersonalIdOptions = {}): Validation<PersonalId> {
  if (typeof raw !== 'string') return invalid('validation.cccd.empty');
  const truncated = raw.length > MAX_NUMBER_INPUT;
  const id = compactDigitInput(truncated ? raw.slice(0, MAX_NUMBER_INPUT) : raw);
  if (id === '' && (!truncated || countDigits(raw) === 0)) return invalid('validation.cccd.empty');
  if (hasLetter(id)) return invalid('validation.cccd.letters');
  if (!/^[0-9]*$/.test(id)) return invalid('validation.cccd.notDigits');
  if (truncated) return invalid('validation.cccd.length', { count: countDigits(raw) });
  if (id.length === 9) return invalid('validation.cccd.oldCmnd');
  if (id.length !== 12) return invalid('validation.cccd.length', { count: id.length });

  const provinceCode = id.slice(0, 3);
  if (provinceForCode(provinceCode) === undefined) return invalid('validation.cccd.province', { code: provinceCode });

  const { sex, birthYear } = decodeSexAndBirthYear(id);
  const opts = (typeof options === 'object' && options !== null ? options : {}) as PersonalIdOptions;
  const currentYear = calendarDateInVietnam(opts.today ?? new Date())?.year;
  if (currentYear !== undefined && birthYear > currentYear) {
    return invalid('validation.cccd.futureYear', { year: birthYear });
  }

  const warnings: MessageRef[] = [];
  if ((opts.declaredSex === 'male' || opts.declaredSex === 'female') && opts.declaredSex !== sex) {
    warnings.push({ key: 'validation.cccd.sexMismatch' });
  }
  const declaredYear = opts.declaredBirthYear;
  if (typeof declaredYear === 'number' && Number.isInteger(declaredYear) && declaredYear !== birthYear) {
    warnings.push({ key: 'validation.cccd.birthYearMismatch', params: { year: birthYear, declared: declaredYear } });
  }
  return valid({ id, provinceCode, sex, birthYear }, warnings);
}
