/** Inputs no validator may accept or throw on. Shared by the validator tests. */
import { expect } from 'vitest';
import type { Validation } from '../../../src-shared/validation/result';
import { validationMessagesEn, validationMessagesVi } from '../../../src-shared/validation/messages';

export const ONE_MB = 1024 * 1024;

/** Strings typed, pasted or injected into a field. Each must end as ok:false. */
export const HOSTILE_STRINGS: ReadonlyArray<readonly [string, string]> = [
  ['empty', ''],
  ['whitespace only', ' \t\n\u00A0\u3000  '],
  ['1 MB of letters', 'a'.repeat(ONE_MB)],
  ['1 MB of digits', '9'.repeat(ONE_MB)],
  ['1 MB of markup', '<script>'.repeat(ONE_MB / 8)],
  ['emoji', '😀🎉'],
  ['ZWJ sequence', '👨\u200D👩\u200D👧\u200D👦'],
  ['RTL override', '\u202Egnp.exe'],
  ['RTL override alone', '\u202E\u202D'],
  ['NUL bytes', '\u0000\u0000\u0000'],
  ['script tag', '<script>alert(1)</script>'],
  ['SQL injection', "'; DROP TABLE applications; --"],
  ['lone high surrogate', '\uD800'],
  ['lone low surrogate in text', 'ab\uDC00cd'],
];

/** Values that reach a validator when a caller breaks the type contract. */
export const NON_STRINGS: ReadonlyArray<readonly [string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['number', 912345678],
  ['NaN', Number.NaN],
  ['object', { toString: () => '0912345678' }],
  ['array', ['0912345678']],
  ['boolean', true],
  ['symbol', Symbol('x')],
];

function hasKey(tree: unknown, key: string): boolean {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** True when the key has a text in both languages. */
export function isKnownMessageKey(key: string): boolean {
  return hasKey(validationMessagesVi, key) && hasKey(validationMessagesEn, key);
}

/** Asserts a failed validation with the given message key (and params, when given). */
export function expectError<T>(result: Validation<T>, key: string, params?: Record<string, string | number>): void {
  expect(result.ok, `expected an error ${key}, got ${JSON.stringify(result)}`).toBe(false);
  if (result.ok) return;
  expect(result.error.key).toBe(key);
  if (params !== undefined) expect(result.error.params).toMatchObject(params);
  expect(isKnownMessageKey(result.error.key)).toBe(true);
}

/** Asserts a pass and returns the value. */
export function expectValue<T>(result: Validation<T>): T {
  expect(result.ok, `expected a pass, got ${JSON.stringify(result)}`).toBe(true);
  if (!result.ok) throw new Error('unreachable');
  return result.value;
}

/** Asserts a pass without warnings and returns the value. */
export function expectClean<T>(result: Validation<T>): T {
  const value = expectValue(result);
  if (result.ok) expect(result.warnings).toEqual([]);
  return value;
}

/** Asserts that the validator refuses every hostile input with a known key, without throwing. */
export function expectRefusesHostile(run: (input: unknown) => Validation<unknown>): void {
  for (const [label, input] of [...HOSTILE_STRINGS, ...NON_STRINGS]) {
    let result: Validation<unknown> | undefined;
    expect(() => {
      result = run(input);
    }, label).not.toThrow();
    expect(result?.ok, `${label} must be refused`).toBe(false);
    if (result && !result.ok) expect(isKnownMessageKey(result.error.key), `${label}: ${result.error.key}`).toBe(true);
  }
}
