import { afterEach, describe, expect, it } from 'vitest';
import type { Field } from '../../../src-shared/catalog';
import { FIELD_TYPES } from '../../../src-shared/catalog';
import { answerSummary, pruneHiddenAnswers, readAnswers, validateField, validateForm } from '../../../src-shared/forms';
import { loadForm, marriageAnswers, residenceAnswers, TODAY } from './helpers';

const ONE_MB = 'a'.repeat(1024 * 1024);
const opts = { today: TODAY };
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = protoKeys();

afterEach(() => {
  expect(protoKeys()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const HOSTILE_VALUES: Array<[string, unknown]> = [
  ['null', null],
  ['array', ['0912345678']],
  ['1 MB string', ONE_MB],
  ['1 MB digits', '9'.repeat(1024 * 1024)],
  ['number', 42],
  ['NaN', Number.NaN],
  ['object', { toString: () => 'x' }],
  ['proto object', JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
  ['symbol', Symbol('x')],
  ['function', () => 'x'],
];

const label = { vi: 'Câu hỏi', en: 'Question' };
const fieldOf = (type: string): Field => {
  const extra: Record<string, unknown> =
    type === 'select'
      ? { optionSet: 'sex' }
      : type === 'group'
        ? { itemLabel: label, minItems: 1, maxItems: 3, fields: [{ id: 'inner', type: 'text', label }] }
        : {};
  return { id: 'a', type, label, ...extra } as Field;
};

describe('hostile answers', () => {
  it.each(FIELD_TYPES.flatMap((type) => HOSTILE_VALUES.map(([name, value]) => [type, name, value] as const)))(
    '%s field refuses %s without throwing',
    (type, _name, value) => {
      const result = validateField(fieldOf(type), value, opts);
      // A 1 MB letter string is a valid (if silly) answer to nothing here: every field refuses it.
      expect(result.ok).toBe(false);
    },
  );

  it('ignores __proto__, constructor and non-identifier keys in the answer map', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "brideName": "Nguyễn Thị Hoà", "a b": 1, "__defineGetter__": 2}') as unknown;
    const read = readAnswers(raw);
    expect(Object.getPrototypeOf(read)).toBeNull();
    expect(Object.keys(read)).toEqual(['brideName']);
    expect(() => validateForm(loadForm('marriage-registration'), raw, opts)).not.toThrow();
  });

  it('a full application with a polluting key still validates and stores no extra key', () => {
    const answers = { ...marriageAnswers(), ...(JSON.parse('{"__proto__": {"polluted": true}, "extra": "x"}') as object) };
    const result = validateForm(loadForm('marriage-registration'), answers, opts);
    expect(result.complete).toBe(true);
    expect(Object.keys(result.answers)).not.toContain('extra');
    expect(Object.keys(result.answers)).not.toContain('__proto__');
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'answers'],
    ['an array', [marriageAnswers()]],
    ['a number', 7],
    ['arrays everywhere', Object.fromEntries(Object.keys(marriageAnswers()).map((k) => [k, ['x']]))],
    ['1 MB everywhere', Object.fromEntries(Object.keys(marriageAnswers()).map((k) => [k, ONE_MB]))],
    ['null everywhere', Object.fromEntries(Object.keys(marriageAnswers()).map((k) => [k, null]))],
  ])('validateForm on %s gives errors, never throws', (_name, raw) => {
    const result = validateForm(loadForm('marriage-registration'), raw, opts);
    expect(result.complete).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('survives getters that throw and group items that are not objects', () => {
    const raw = { get brideName(): string { throw new Error('boom'); } };
    expect(() => validateForm(loadForm('marriage-registration'), raw, opts)).not.toThrow();
    const members = { ...residenceAnswers(1), members: [null, 'x', ['y'], { memberName: ONE_MB }] };
    const result = validateForm(loadForm('residence-change'), members, opts);
    expect(result.complete).toBe(false);
  });

  it('a group of 10 000 items is refused by its count without checking each', () => {
    const many = { ...residenceAnswers(1), members: Array.from({ length: 10_000 }, () => ({})) };
    const result = validateForm(loadForm('residence-change'), many, opts);
    expect(result.errors.map((e) => e.message.key)).toEqual(['form.group.tooMany']);
  });

  it('pruning and the summary cope with hostile input', () => {
    const form = loadForm('marriage-registration');
    expect(() => pruneHiddenAnswers(form, JSON.parse('{"__proto__": null, "wantCopies": {}}'))).not.toThrow();
    expect(() => answerSummary(form, Object.fromEntries([['brideBirthDate', 7], ['brideAddress', 'x']]), {}, 'vi')).not.toThrow();
  });
});
