import { describe, expect, it } from 'vitest';
import { EMAIL_DOMAIN_TYPOS, suggestEmailDomain, validateEmail } from '../../../src-shared/validation/email';
import { expectClean, expectError, expectRefusesHostile, expectValue } from './hostile-inputs';

describe('validateEmail: accepted addresses', () => {
  it.each([
    ['an.nguyen@gmail.com', 'an.nguyen@gmail.com'],
    ['  an.nguyen@gmail.com \n', 'an.nguyen@gmail.com'],
    ['An.Nguyen@Gmail.COM', 'An.Nguyen@gmail.com'],
    ['an+kiosk@sub.example.vn', 'an+kiosk@sub.example.vn'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['a_b-c@my-host.com.vn', 'a_b-c@my-host.com.vn'],
    ['ten@tênmiền.vn', 'ten@tênmiền.vn'],
    ['ten@TÊNMIỀN.VN', 'ten@tênmiền.vn'],
    ['user@xn--tnmin-hsa5c.vn', 'user@xn--tnmin-hsa5c.vn'],
    ['x@a.co', 'x@a.co'],
  ])('accepts %j and stores %j', (raw, stored) => {
    expect(expectClean(validateEmail(raw))).toBe(stored);
  });

  it('stores the domain in NFC when the keyboard sent combining marks', () => {
    expect(expectClean(validateEmail('ten@te\u0302nmie\u0302\u0300n.vn'))).toBe('ten@tênmiền.vn');
  });

  it('accepts the longest allowed local part and total length', () => {
    const local = 'a'.repeat(64);
    expectClean(validateEmail(`${local}@example.com`));
    const domain = `${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(57)}.com`;
    const longest = `${local}@${domain}`;
    expect(longest).toHaveLength(254);
    expectClean(validateEmail(longest));
  });
});

describe('validateEmail: errors', () => {
  it.each([
    ['', 'validation.email.empty'],
    ['   ', 'validation.email.empty'],
    ['an nguyen@gmail.com', 'validation.email.spaces'],
    ['an@gmail .com', 'validation.email.spaces'],
    ['an.nguyen.gmail.com', 'validation.email.missingAt'],
    ['an@@gmail.com', 'validation.email.multipleAt'],
    ['an@home@gmail.com', 'validation.email.multipleAt'],
    ['@gmail.com', 'validation.email.missingLocal'],
    ['an@', 'validation.email.missingDomain'],
    ['.an@gmail.com', 'validation.email.dots'],
    ['an.@gmail.com', 'validation.email.dots'],
    ['an..nguyen@gmail.com', 'validation.email.dots'],
    ['an@gmail..com', 'validation.email.dots'],
    ['an@.gmail.com', 'validation.email.dots'],
    ['an@gmail.com.', 'validation.email.dots'],
    ['an@localhost', 'validation.email.domain'],
    ['an@gmail.c', 'validation.email.domain'],
    ['an@example.123', 'validation.email.domain'],
    ['an@-example.com', 'validation.email.domain'],
    ['an@example-.com', 'validation.email.domain'],
    [`an@${'x'.repeat(64)}.com`, 'validation.email.domain'],
  ])('%j → %s', (raw, key) => {
    expectError(validateEmail(raw), key);
  });

  it.each([
    ['nguyễn@gmail.com', 'ễ'],
    ['an<script>@gmail.com', '< >'],
    ['"an"@gmail.com', '"'],
    ['an@gm_ail.com', '_'],
    ['an@[127.0.0.1]', '[ ]'],
    ['an,binh@gmail.com', ','],
    ['an\uD800@gmail.com', '\uFFFD'],
  ])('lists characters that cannot be used: %j', (raw, characters) => {
    expectError(validateEmail(raw), 'validation.email.characters', { characters });
  });

  it('refuses a local part over 64 characters and an address over 254', () => {
    expectError(validateEmail(`${'a'.repeat(65)}@example.com`), 'validation.email.localTooLong', { max: 64 });
    const tooLong = `${'a'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(58)}.com`;
    expect(tooLong).toHaveLength(255);
    expectError(validateEmail(tooLong), 'validation.email.tooLong', { max: 254 });
  });
});

describe('validateEmail: typo hints are warnings', () => {
  it.each([
    ['an@gmial.com', 'an@gmail.com'],
    ['an@gmai.com', 'an@gmail.com'],
    ['an@yaho.com', 'an@yahoo.com'],
    ['an@hotmial.com', 'an@hotmail.com'],
    ['an@gmail.con', 'an@gmail.com'],
    ['an@example.con', 'an@example.com'],
    ['An@GMIAL.COM', 'An@gmail.com'],
    ['an@gmail.com.vn', 'an@gmail.com'],
  ])('accepts %j but asks "did you mean %s?"', (raw, suggestion) => {
    const result = validateEmail(raw);
    expect(expectValue(result)).toBe(raw.replace(/@.*/, (d) => d.toLowerCase()));
    expect(result.ok && result.warnings).toEqual([{ key: 'validation.email.typo', params: { suggestion } }]);
  });

  it('knows every typo in its table', () => {
    for (const [typo, meant] of Object.entries(EMAIL_DOMAIN_TYPOS)) expect(suggestEmailDomain(typo)).toBe(meant);
    expect(suggestEmailDomain('gmail.com')).toBeUndefined();
    expect(suggestEmailDomain('yahoo.com.vn')).toBeUndefined();
  });

  it('gives no hint for correct common domains', () => {
    for (const domain of ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'yahoo.com.vn', 'hanoi.gov.vn']) {
      expectClean(validateEmail(`an@${domain}`));
    }
  });
});

describe('validateEmail: hostile input', () => {
  it('stores bidi and zero-width characters removed, in the real order the review screen then shows', () => {
    expect(expectClean(validateEmail('an@\u202Emoc.liamg'))).toBe('an@moc.liamg');
    expect(expectClean(validateEmail('\uFEFFan\u200B@gmail.com'))).toBe('an@gmail.com');
  });

  it('refuses every hostile input with a message key and never throws', () => {
    expectRefusesHostile((input) => validateEmail(input as string));
  });

  it.each([
    ['1 MB', `${'a'.repeat(1024 * 1024)}@gmail.com`, 'validation.email.tooLong'],
    ['script tag', '<script>alert(1)</script>', 'validation.email.missingAt'],
    ['script in an address', '<script>@x.com', 'validation.email.characters'],
    ['SQL', "a@b.com'; DROP TABLE users; --", 'validation.email.spaces'],
    ['SQL without spaces', "a@b.com';--", 'validation.email.characters'],
    ['emoji', '😀@😀.com', 'validation.email.characters'],
    ['ZWJ emoji in the domain', 'an@👨\u200D👩.com', 'validation.email.characters'],
    ['RTL override hiding a missing @', '\u202Emoc.liamg.na', 'validation.email.missingAt'],
    ['NUL bytes', '\u0000', 'validation.email.empty'],
    ['header injection', 'an@gmail.com\r\nBcc: x@y.com', 'validation.email.spaces'],
    ['undefined', undefined, 'validation.email.empty'],
  ])('shows a sensible message for %s', (_label, input, key) => {
    expectError(validateEmail(input as string), key);
  });
});
