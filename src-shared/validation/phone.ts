/**
 * Vietnamese phone numbers: 10-digit mobiles (0 + 9 digits, or +84 / 84 / 0084 without the 0) and Hà Nội
 * landlines (024 + 8 digits). Old 11-digit mobiles (renumbered in 2018) get the new number suggested.
 */
import { cleanSingleLine } from '../text/normalize';
import { compactDigitInput, countDigits, hasLetter, MAX_NUMBER_INPUT } from './digit-input';
import { invalid, valid } from './result';
import type { Validation } from './result';

export type Carrier = 'Viettel' | 'MobiFone' | 'VinaPhone' | 'Vietnamobile' | 'Gmobile' | 'Itel';

/** Mobile prefixes (first 3 digits of the 10-digit national number) by carrier. */
export const MOBILE_PREFIXES: Readonly<Record<Carrier, readonly string[]>> = Object.freeze({
  Viettel: ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
  MobiFone: ['070', '076', '077', '078', '079', '089', '090', '093'],
  VinaPhone: ['081', '082', '083', '084', '085', '088', '091', '094'],
  Vietnamobile: ['052', '056', '058', '092'],
  Gmobile: ['059', '099'],
  Itel: ['087'],
});

/** Old 11-digit mobile prefixes (first 4 digits) and the 3-digit prefix that replaced them. */
export const OLD_MOBILE_PREFIXES: Readonly<Record<string, string>> = Object.freeze({
  '0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037', '0168': '038', '0169': '039',
  '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078',
  '0123': '083', '0124': '084', '0125': '085', '0127': '081', '0129': '082',
  '0186': '056', '0188': '058',
  '0199': '059',
});

export const HANOI_LANDLINE_PREFIX = '024';

export interface PhoneNumber {
  /** International form, e.g. '+84912345678'. */
  e164: string;
  /** National form with the leading 0, e.g. '0912345678'. */
  national: string;
  kind: 'mobile' | 'landline';
  /** For mobiles: the network that issued the prefix (numbers can be ported to another network). */
  carrier?: Carrier;
}

export interface PhoneOptions {
  /** Only mobiles are accepted (e.g. to receive SMS): a landline is an error. */
  mobileOnly?: boolean;
}

/** The carrier that issued a 10-digit national mobile number's prefix, or undefined. */
export function carrierForNumber(national: string): Carrier | undefined {
  const prefix = national.slice(0, 3);
  for (const carrier of Object.keys(MOBILE_PREFIXES) as Carrier[]) {
    if (MOBILE_PREFIXES[carrier].includes(prefix)) return carrier;
  }
  return undefined;
}

/**
 * Separators removed, country code turned into the leading 0. Returns the national digits ('' when
 * nothing usable), or a reason the input cannot be a Vietnamese number.
 */
function toNational(compact: string): { national: string } | { error: 'letters' | 'notDigits' | 'foreign' } {
  if (hasLetter(compact)) return { error: 'letters' };
  const plus = compact.startsWith('+');
  const digits = plus ? compact.slice(1) : compact;
  if (!/^[0-9]*$/.test(digits)) return { error: 'notDigits' };
  let rest: string | null = null;
  if (plus) {
    if (!digits.startsWith('84')) return { error: 'foreign' };
    rest = digits.slice(2);
  } else if (digits.startsWith('0084')) {
    rest = digits.slice(4);
  } else if (digits.startsWith('84') && digits.length >= 11) {
    rest = digits.slice(2);
  }
  if (rest === null) return { national: digits };
  // "+84 0912 345 678": the 0 kept after the country code is a common slip; drop it.
  return { national: rest.startsWith('0') ? rest : `0${rest}` };
}

const PARSE_ERROR_KEYS = {
  letters: 'validation.phone.letters',
  notDigits: 'validation.phone.notDigits',
  foreign: 'validation.phone.foreign',
} as const;

/** New 10-digit national number for an old 11-digit mobile (any accepted format), or null. */
export function convertOldMobileNumber(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_NUMBER_INPUT) return null;
  const parsed = toNational(compactDigitInput(raw, { parentheses: true }));
  if (!('national' in parsed) || parsed.national.length !== 11) return null;
  const prefix = OLD_MOBILE_PREFIXES[parsed.national.slice(0, 4)];
  return prefix === undefined ? null : prefix + parsed.national.slice(4);
}

/** Checks a phone number as typed; separators (space . - parentheses) and full-width digits are accepted. */
export function validatePhone(raw: string, options: PhoneOptions = {}): Validation<PhoneNumber> {
  if (typeof raw !== 'string') return invalid('validation.phone.empty');
  const truncated = raw.length > MAX_NUMBER_INPUT;
  const compact = compactDigitInput(truncated ? raw.slice(0, MAX_NUMBER_INPUT) : raw, { parentheses: true });
  const blank = compact === '' || compact === '+';
  if (blank && (!truncated || countDigits(raw) === 0)) return invalid('validation.phone.empty');
  const parsed = toNational(compact);
  if ('error' in parsed) return invalid(PARSE_ERROR_KEYS[parsed.error]);
  if (truncated) return invalid('validation.phone.length', { count: countDigits(raw) });
  const national = parsed.national;
  if (!national.startsWith('0')) return invalid('validation.phone.startsWithZero');

  const suggestion = convertOldMobileNumber(national);
  if (suggestion !== null) {
    return invalid('validation.phone.oldNumber', { suggestion, suggestionDisplay: formatPhoneForDisplay(suggestion) });
  }
  const e164 = `+84${national.slice(1)}`;
  if (national.startsWith('02')) {
    const mobileOnly = typeof options === 'object' && options !== null && options.mobileOnly === true;
    if (!national.startsWith(HANOI_LANDLINE_PREFIX)) return invalid('validation.phone.prefix', { prefix: national.slice(0, 4) });
    if (mobileOnly) return invalid('validation.phone.landline');
    if (national.length !== 11) return invalid('validation.phone.landlineLength', { count: national.length });
    return valid({ e164, national, kind: 'landline' });
  }
  if (national.length !== 10) return invalid('validation.phone.length', { count: national.length });
  const carrier = carrierForNumber(national);
  if (carrier === undefined) return invalid('validation.phone.prefix', { prefix: national.slice(0, 3) });
  return valid({ e164, national, kind: 'mobile', carrier });
}

/**
 * A stored number (national or +84 form) grouped for reading aloud: mobiles '0912 345 678', Hà Nội
 * landlines '024 3826 1234'; `international` gives '+84 912 345 678'. Anything else comes back cleaned.
 */
export function formatPhoneForDisplay(phone: string, style: 'national' | 'international' = 'national'): string {
  if (typeof phone !== 'string') return '';
  if (phone.length > MAX_NUMBER_INPUT) return cleanSingleLine(phone);
  const parsed = toNational(compactDigitInput(phone, { parentheses: true }));
  if (!('national' in parsed) || !parsed.national.startsWith('0')) return cleanSingleLine(phone);
  const n = parsed.national;
  let groups: string[];
  if (n.length === 10) groups = [n.slice(0, 4), n.slice(4, 7), n.slice(7)];
  else if (n.length === 11 && n.startsWith('02')) groups = [n.slice(0, 3), n.slice(3, 7), n.slice(7)];
  else if (n.length === 11) groups = [n.slice(0, 4), n.slice(4, 7), n.slice(7)];
  else return cleanSingleLine(phone);
  if (style === 'international') groups[0] = `+84 ${groups[0]?.slice(1)}`;
  return groups.join(' ');
}
