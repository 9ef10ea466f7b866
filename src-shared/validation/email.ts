/**
 * Practical email check (not full RFC 5322): what a resident can receive mail at. One @, ASCII local
 * part, a domain with a dot and a TLD of 2+ letters (Unicode letters allowed: internationalised
 * domains). The domain is lowercased; common typos give a warning with a suggestion, never a block.
 */
import { stripControlCharacters, toNFC } from '../text/normalize';
import { invalid, valid } from './result';
import type { MessageRef, Validation } from './result';

export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_LOCAL_MAX_LENGTH = 64;
const LABEL_MAX_LENGTH = 63;

/** Misspelt domains people often type, and the domain they meant. */
export const EMAIL_DOMAIN_TYPOS: Readonly<Record<string, string>> = Object.freeze({
  'gmial.com': 'gmail.com',
  'gmai.com': 'gmail.com',
  'gmal.com': 'gmail.com',
  'gamil.com': 'gmail.com',
  'gnail.com': 'gmail.com',
  'gmaill.com': 'gmail.com',
  'gmail.co': 'gmail.com',
  'gmail.com.vn': 'gmail.com',
  'yaho.com': 'yahoo.com',
  'yahooo.com': 'yahoo.com',
  'yahoo.co': 'yahoo.com',
  'hotmial.com': 'hotmail.com',
  'hotmal.com': 'hotmail.com',
  'hotmai.com': 'hotmail.com',
  'outlok.com': 'outlook.com',
});

/** Characters allowed in the local part (RFC 5322 dot-atom, ASCII). */
const LOCAL_CHAR = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/;
/** A domain label: letters (any script), marks, digits, hyphens. */
const LABEL = /^[\p{L}\p{M}\p{N}-]+$/u;
const TLD = /^[\p{L}\p{M}]{2,}$/u;

function unusable(text: string, allowed: (ch: string) => boolean): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    if (found.size >= 5) break;
    if (!allowed(ch)) found.add(/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? ch : '\uFFFD');
  }
  return [...found];
}

const hasBadDots = (text: string): boolean => text.startsWith('.') || text.endsWith('.') || text.includes('..');

/** The domain the person probably meant, or undefined. */
export function suggestEmailDomain(domain: string): string | undefined {
  const known = EMAIL_DOMAIN_TYPOS[domain];
  if (known !== undefined) return known;
  if (domain.endsWith('.con')) return `${domain.slice(0, -4)}.com`;
  return undefined;
}

/** Checks an email address. Value: trimmed, NFC, domain lowercased (the local part is kept as typed). */
export function validateEmail(raw: string): Validation<string> {
  if (typeof raw !== 'string') return invalid('validation.email.empty');
  if (raw.length > 4 * EMAIL_MAX_LENGTH) return invalid('validation.email.tooLong', { max: EMAIL_MAX_LENGTH });
  const email = toNFC(stripControlCharacters(raw)).trim();
  if (email === '') return invalid('validation.email.empty');
  if (/\s/u.test(email)) return invalid('validation.email.spaces');
  const at = email.indexOf('@');
  if (at < 0) return invalid('validation.email.missingAt');
  if (email.indexOf('@', at + 1) >= 0) return invalid('validation.email.multipleAt');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  if (local === '') return invalid('validation.email.missingLocal');
  if (domain === '') return invalid('validation.email.missingDomain');
  if (email.length > EMAIL_MAX_LENGTH) return invalid('validation.email.tooLong', { max: EMAIL_MAX_LENGTH });
  if (local.length > EMAIL_LOCAL_MAX_LENGTH) {
    return invalid('validation.email.localTooLong', { max: EMAIL_LOCAL_MAX_LENGTH });
  }

  const bad = [
    ...unusable(local, (ch) => LOCAL_CHAR.test(ch)),
    ...unusable(domain, (ch) => ch === '.' || LABEL.test(ch)),
  ];
  if (bad.length > 0) return invalid('validation.email.characters', { characters: [...new Set(bad)].join(' ') });
  if (hasBadDots(local) || hasBadDots(domain)) return invalid('validation.email.dots');

  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const labelsOk = labels.every((l) => l.length <= LABEL_MAX_LENGTH && !l.startsWith('-') && !l.endsWith('-'));
  if (labels.length < 2 || !labelsOk || !TLD.test(tld)) return invalid('validation.email.domain');

  const value = `${local}@${domain}`;
  const warnings: MessageRef[] = [];
  const better = suggestEmailDomain(domain);
  if (better !== undefined) warnings.push({ key: 'validation.email.typo', params: { suggestion: `${local}@${better}` } });
  return valid(value, warnings);
}
