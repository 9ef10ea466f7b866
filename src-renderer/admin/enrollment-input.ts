/**
 * What ward IT types on the enrollment form, checked before anything is sent: the server address (an
 * http(s) origin, "https://" assumed when left out — the on-screen keyboard has no ":" or "/") and the
 * one-time code (12 characters of the code alphabet, any case, with or without dashes and spaces).
 */
import { toHttpOrigin } from '../../src-shared/security/csp';
import { ENROLLMENT_CODE_ALPHABET } from '../../src-shared/protocol';
import { normalizeServerUrl } from '../device/enroll';

/** `url` as enrollment uses it (a path is kept, as a configured `serverUrl` may have one); `origin` for the CSP. */
export type ServerAddressCheck = { ok: true; url: string; origin: string } | { ok: false; reason: 'empty' | 'format' };

export function checkServerAddress(input: string): ServerAddressCheck {
  const trimmed = input.normalize('NFKC').trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const url = /[\s;,'"`<>\\*]/.test(withScheme) ? null : normalizeServerUrl(withScheme);
  const origin = url === null ? null : toHttpOrigin(new URL(url).origin);
  return url !== null && origin !== null ? { ok: true, url, origin } : { ok: false, reason: 'format' };
}

export const ENROLLMENT_CODE_LENGTH = 12;

export type EnrollmentCodeCheck =
  | { ok: true; code: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'length'; length: number }
  | { ok: false; reason: 'character'; character: string };

const SEPARATORS = /[\s\u00a0\u2000-\u200b\u3000\u002d\u2010-\u2015\u2212\ufe58\ufe63\uff0d_.]/gu;
const ALPHABET = new Set(ENROLLMENT_CODE_ALPHABET);

export function checkEnrollmentCode(input: string): EnrollmentCodeCheck {
  const compact = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  const bad = [...compact].find((c) => !ALPHABET.has(c));
  if (bad !== undefined) return { ok: false, reason: 'character', character: bad };
  if (compact.length !== ENROLLMENT_CODE_LENGTH) return { ok: false, reason: 'length', length: compact.length };
  return { ok: true, code: compact };
}
