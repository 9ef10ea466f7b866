import { describe, expect, it } from 'vitest';
import type { Field, LeafField } from '../../../src-shared/catalog';
import { checkField, validateField } from '../../../src-shared/forms';
import { address, date, TODAY } from './helpers';

const label = { vi: 'Câu hỏi', en: 'Question' };
/** A field without its label (distributes over the union, so each type keeps its own properties). */
type Unlabelled<T> = T extends unknown ? Omit<T, 'label'> : never;
const f = <T extends Field | LeafField = Field>(field: Unlabelled<T>): T => ({ label, ...field }) as unknown as T;
const ok = (field: Field | LeafField, raw: unknown) => {
  const result = validateField(field, raw, { today: TODAY });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.ok ? result.value : undefined;
};
const err = (field: Field | LeafField, raw: unknown) => {
  const result = validateField(field, raw, { today: TODAY });
  expect(result.ok, JSON.stringify(result)).toBe(false);
  return result.ok ? undefined : result.error;
};

describe.each<[string, Field, unknown, unknown, unknown]>([
  // [type, field, valid raw, cleaned value, invalid raw]
  ['text', f({ id: 'a', type: 'text', maxLength: 10 }), '  Hà   Nội ', 'Hà Nội', 'x'.repeat(11)],
  ['fullName', f({ id: 'a', type: 'fullName' }), 'Nguyễn Văn A', 'Nguyễn Văn A', 'Nguyễn 3'],
  ['date', f({ id: 'a', type: 'date', notFuture: true }), date('5', '3', '1990'), '1990-03-05', date('5', '13', '1990')],
  ['year', f({ id: 'a', type: 'year', notFuture: true }), '1990', 1990, '90'],
  ['personalId', f({ id: 'a', type: 'personalId' }), '001 090 012345', '001090012345', '123456789'],
  ['phone', f({ id: 'a', type: 'phone' }), '0912 345 678', '0912345678', '0912'],
  ['email', f({ id: 'a', type: 'email' }), 'an@Gmail.com', 'an@gmail.com', 'an.gmail.com'],
  ['select (option set)', f({ id: 'a', type: 'select', optionSet: 'sex' }), 'female', 'female', 'other'],
  ['select (inline)', f({ id: 'a', type: 'select', options: [{ value: 'x', label }, { value: 'y', label }] }), 'y', 'y', 'z'],
  ['address', f({ id: 'a', type: 'address' }), address(' 1  Hàng Bài '), { province: '01', ward: '00103', street: '1 Hàng Bài' }, { province: '01', ward: '', street: 'x' }],
  ['yesNo', f({ id: 'a', type: 'yesNo' }), false, false, 'yes'],
  ['number', f({ id: 'a', type: 'number', integer: true, min: 1, max: 10 }), ' ３ ', 3, '11'],
])('%s field', (_type, field, valid, cleaned, invalid) => {
  it('accepts a valid answer and cleans it', () => expect(ok(field, valid)).toEqual(cleaned));
  it('refuses an invalid answer with a message key', () => expect(err(field, invalid)?.key).toMatch(/^(form|validation)\./));
  it('refuses an empty required answer', () => expect(err(field, undefined)?.key).toMatch(/^(form|validation)\./));
  it('accepts an empty optional answer with no value', () => {
    const empty = field.type === 'date' ? date('', ' ', '') : field.type === 'address' ? { province: '', ward: '', street: '' } : '';
    expect(ok({ ...field, optional: true }, empty)).toBeUndefined();
  });
});

describe('field messages', () => {
  it('names the question in required messages', () => {
    expect(err(f({ id: 'a', type: 'text' }), '   ')).toEqual({ key: 'form.required', params: { label: 'Câu hỏi', labelEn: 'Question' } });
    expect(err(f({ id: 'a', type: 'select', optionSet: 'sex' }), '')?.key).toBe('form.select.choose');
    expect(err(f({ id: 'a', type: 'yesNo' }), undefined)?.key).toBe('form.yesNo.choose');
  });

  it('uses the shared validators own empty messages where they are more specific', () => {
    expect(err(f({ id: 'a', type: 'fullName' }), '')?.key).toBe('validation.name.empty');
    expect(err(f({ id: 'a', type: 'date' }), date('', '3', ''))).toEqual({ key: 'validation.date.missingDayYear', params: { fields: 'day,year' } });
  });

  it('gives number range, whole-number and not-a-number messages', () => {
    const n = f<LeafField>({ id: 'a', type: 'number', integer: true, min: 1, max: 10 });
    expect(err(n, '0')).toEqual({ key: 'form.number.range', params: { min: 1, max: 10 } });
    expect(err(n, '1.5')?.key).toBe('form.number.notWhole');
    expect(err(n, 'ba')?.key).toBe('form.number.notNumber');
    expect(err(f({ id: 'a', type: 'number', min: 2 }), '1')?.key).toBe('form.number.tooSmall');
    expect(err(f({ id: 'a', type: 'number', max: 2 }), '3')?.key).toBe('form.number.tooLarge');
    expect(ok(f({ id: 'a', type: 'number' }), '1,5')).toBe(1.5);
  });

  it('checks dates against notFuture and minYear, and points at the box in error', () => {
    const d = f<LeafField>({ id: 'dob', type: 'date', notFuture: true, minYear: 1950 });
    expect(err(d, date('16', '6', '2026'))?.key).toBe('validation.date.future');
    expect(err(d, date('1', '1', '1949'))?.key).toBe('validation.date.yearTooEarly');
    expect(ok(f({ id: 'a', type: 'date' }), date('1', '1', '2030'))).toBe('2030-01-01');
    const outcome = checkField(d, date('1', 'x', '1990'), { today: TODAY, cleaned: [] });
    expect(outcome.errors).toEqual([{ fieldId: 'dob-month', message: { key: 'validation.date.notNumber', params: { fields: 'month' } } }]);
  });

  it('points address errors at the part in error', () => {
    const a = f<LeafField>({ id: 'home', type: 'address' });
    const ids = (raw: unknown) => checkField(a, raw, { today: TODAY, cleaned: [] }).errors.map((e) => e.fieldId);
    expect(ids({ province: '1', ward: '00103', street: 'x' })).toEqual(['home-province']);
    expect(ids({ province: '01', ward: '103', street: 'x' })).toEqual(['home-ward']);
    expect(ids({ province: '01', ward: '00103', street: ' ' })).toEqual(['home-street']);
  });

  it('gives the old 11-digit phone number message with the new number', () => {
    expect(err(f({ id: 'a', type: 'phone' }), '0168 123 4567')).toEqual({
      key: 'validation.phone.oldNumber',
      params: { suggestion: '0381234567', suggestionDisplay: '0381 234 567' },
    });
  });

  it('refuses a landline for a mobile-only phone', () => {
    expect(err(f({ id: 'a', type: 'phone', mobileOnly: true }), '024 3826 1234')?.key).toBe('validation.phone.landline');
  });

  it.each([
    ['digits', 'Nguyễn Văn 2', 'validation.name.digits'],
    ['emoji', 'Nguyễn Văn An 😀', 'validation.name.emoji'],
    ['markup', '<b>Nguyễn</b>', 'validation.name.symbols'],
    ['script', '<script>alert(1)</script>', 'validation.name.symbols'],
  ])('refuses a name with %s', (_what, name, key) => {
    expect(err(f({ id: 'a', type: 'fullName' }), name)?.key).toBe(key);
  });

  it('stores text in NFC with control characters removed', () => {
    const decomposed = 'Hoa\u0300 Kie\u0302\u0301m\u200B';
    expect(ok(f({ id: 'a', type: 'text' }), decomposed)).toBe('Hoà Kiếm');
    expect(ok(f({ id: 'a', type: 'fullName' }), 'Nguye\u0302\u0303n An')).toBe('Nguyễn An');
  });

  it('checks a group with min/max items and each item', () => {
    const g = f<Field>({
      id: 'kids',
      type: 'group',
      itemLabel: { vi: 'Con', en: 'Child' },
      minItems: 1,
      maxItems: 2,
      fields: [f({ id: 'kidName', type: 'fullName' }), f({ id: 'kidAge', type: 'number', optional: true })],
    });
    expect(ok(g, [{ kidName: 'Lê An' }, { kidName: 'Lê Bình', kidAge: '3' }])).toEqual([{ kidName: 'Lê An' }, { kidName: 'Lê Bình', kidAge: 3 }]);
    expect(err(g, [])?.key).toBe('form.group.tooFew');
    expect(err(g, [{}, {}, {}])?.key).toBe('form.group.tooMany');
    expect(err(g, 'kids')?.key).toBe('form.group.notList');
    const outcome = checkField(g, [{ kidName: 'Lê An' }, { kidName: '' }], { today: TODAY, cleaned: [] });
    expect(outcome.errors.map((e) => e.fieldId)).toEqual(['kids-1-kidName']);
    expect(outcome.value).toBeUndefined();
    expect(ok({ ...g, optional: true } as Field, [])).toBeUndefined();
  });
});
