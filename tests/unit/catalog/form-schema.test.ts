import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, formatIssues, formSchema, localizedTextSchema } from '../../../src-shared/catalog';

const t = (vi: string, en: string = vi) => ({ vi, en });
const f = (id: string, type: string, extra: Record<string, unknown> = {}) => ({ id, type, label: t(`Câu hỏi ${id}`, `Question ${id}`), ...extra });

function problems(form: unknown): string[] {
  const result = formSchema.safeParse(form);
  return result.success ? [] : formatIssues('test.json', result.error.issues);
}

const oneOfEach = {
  pages: [
    {
      id: 'all',
      title: t('Tất cả', 'All'),
      fields: [
        f('note', 'text', { maxLength: 100 }),
        f('name', 'fullName'),
        f('sex', 'select', { optionSet: 'sex' }),
        f('birthDate', 'date', { notFuture: true, minYear: 1900 }),
        f('birthYear', 'year'),
        f('personalId', 'personalId', { sexField: 'sex', birthDateField: 'birthDate', birthYearField: 'birthYear' }),
        f('mobile', 'phone', { mobileOnly: true }),
        f('mail', 'email', { optional: true }),
        f('kind', 'select', { options: [{ value: 'a', label: t('A') }, { value: 'b', label: t('B') }] }),
        f('home', 'address', { defaultProvince: '01' }),
        f('agree', 'yesNo'),
        f('count', 'number', { min: 1, max: 5, integer: true }),
        f('people', 'group', { itemLabel: t('Người', 'Person'), minItems: 0, maxItems: 3, fields: [f('who', 'fullName'), f('whoSex', 'select', { optionSet: 'sex' }), f('whoId', 'personalId', { sexField: 'whoSex', showIf: { field: 'agree', equals: true } })] }),
      ],
    },
    {
      id: 'more',
      title: t('Thêm', 'More'),
      showIf: { any: [{ field: 'agree', equals: true }, { all: [{ field: 'kind', in: ['a'] }, { field: 'count', equals: 3 }, { field: 'people', notEmpty: true }] }] },
      fields: [f('deathDate', 'date')],
    },
  ],
  rules: [
    { kind: 'minAge', birthDate: 'birthDate', onDate: 'deathDate', years: 18, severity: 'error', message: { key: 'validation.date.tooEarly' } },
    { kind: 'dateNotBefore', date: 'deathDate', notBefore: 'birthDate', severity: 'error', message: t('Sai', 'Wrong') },
    { kind: 'cccdMatches', personalId: 'personalId', sex: 'sex', birthYear: 'birthYear', severity: 'warning' },
  ],
};

describe('form schema', () => {
  it('accepts a form with every field type, every condition form and every rule kind', () => {
    expect(problems(oneOfEach)).toEqual([]);
    const types = new Set(oneOfEach.pages.flatMap((p) => p.fields.map((x) => x.type)));
    expect([...FIELD_TYPES].sort()).toEqual([...types].sort());
  });

  const broken = (change: (form: typeof oneOfEach) => void): string[] => {
    const form = structuredClone(oneOfEach);
    change(form);
    return problems(form);
  };
  const fields = (form: typeof oneOfEach) => form.pages[0]?.fields as Array<Record<string, unknown>>;

  it('rejects a select with both or neither source of options', () => {
    expect(broken((x) => void (fields(x)[2]!.options = [{ value: 'a', label: t('A') }, { value: 'b', label: t('B') }]))).toEqual([
      'test.json: pages[0].fields[2]: a select field needs either optionSet or options (exactly one)',
    ]);
    expect(broken((x) => void delete fields(x)[2]!.optionSet)).toContain('test.json: pages[0].fields[2]: a select field needs either optionSet or options (exactly one)');
  });

  it('rejects an unknown option set and duplicate option values', () => {
    expect(broken((x) => void (fields(x)[2]!.optionSet = 'religion'))[0]).toMatch(/^test\.json: pages\[0\]\.fields\[2\]\.optionSet: must be one of: "sex", "maritalStatus"/);
    expect(broken((x) => void (fields(x)[8]!.options = [{ value: 'a', label: t('A') }, { value: 'a', label: t('B') }]))).toEqual([
      'test.json: pages[0].fields[8].options[1].value: option value "a" is used twice',
    ]);
  });

  it('rejects personal ID references to the wrong type or to a later field', () => {
    expect(broken((x) => void (fields(x)[5]!.sexField = 'name'))).toEqual([
      'test.json: pages[0].fields[5].sexField: sexField refers to "name", a fullName field: it must be select',
    ]);
    expect(broken((x) => void (fields(x)[5]!.birthDateField = 'deathDate'))).toEqual([
      'test.json: pages[0].fields[5].birthDateField: birthDateField refers to "deathDate", which comes later: it can only use an earlier answer',
    ]);
  });

  it('keeps group fields inside their group', () => {
    expect(broken((x) => void (x.pages[1]!.showIf = { field: 'who', notEmpty: true } as never))).toEqual([
      'test.json: pages[1].showIf.field: showIf refers to "who", which is inside the repeatable group "people"',
    ]);
    expect(broken((x) => void (x.pages[1]!.showIf = { field: 'people', equals: 'x' } as never))).toEqual([
      'test.json: pages[1].showIf: "people" is a group: a condition on it can only use notEmpty',
    ]);
    expect(broken((x) => void (fields(x)[12]!.minItems = 5))).toEqual(['test.json: pages[0].fields[12].maxItems: maxItems must not be smaller than minItems']);
  });

  it('rejects a condition with a wrong value type and an empty all', () => {
    expect(broken((x) => void (x.pages[1]!.showIf = { field: 'count', equals: '3' } as never))).toEqual(['test.json: pages[1].showIf: "count" is a number: compare it with numbers']);
    expect(broken((x) => void (x.pages[1]!.showIf = { all: [] } as never))).toEqual(['test.json: pages[1].showIf.all: must have at least 1 item(s)']);
  });

  it('rejects rules naming unknown fields, a wrong rule kind, and an unknown message key shape', () => {
    expect(broken((x) => void (x.rules[1]!.notBefore = 'dob'))).toEqual(['test.json: rules[1].notBefore: rule dateNotBefore.notBefore refers to a field "dob" that does not exist']);
    expect(broken((x) => void (x.rules[0]!.kind = 'maxAge'))).toEqual(['test.json: rules[0].kind: must be one of: minAge, dateNotBefore, cccdMatches']);
    expect(broken((x) => void (x.rules[0]!.message = { key: 'not a key' }))).toEqual(['test.json: rules[0].message.key: must be an i18n key like validation.date.tooEarly']);
    const noComparison = (x: typeof oneOfEach) => {
      const rule = x.rules[2] as Record<string, unknown>;
      delete rule.sex;
      delete rule.birthYear;
    };
    expect(broken(noComparison)).toEqual([
      'test.json: rules[2]: cccdMatches needs sex, birthDate or birthYear to compare with',
    ]);
  });

  it('rejects a number range upside down and duplicate page ids', () => {
    expect(broken((x) => void (fields(x)[11]!.min = 9))).toEqual(['test.json: pages[0].fields[11].max: max must not be smaller than min']);
    expect(broken((x) => void (x.pages[1]!.id = 'all'))).toEqual(['test.json: pages[1].id: page id "all" is used twice']);
  });
});

describe('localized text', () => {
  it.each([
    [{ vi: 'Họ và tên', en: 'Full name' }, true],
    [{ vi: 'Họ và tên'.normalize('NFD'), en: 'Full name' }, false],
    [{ vi: 'Họ và tên', en: '' }, false],
    [{ vi: 'Họ và tên' }, false],
    [{ vi: 'Họ\u200B và tên', en: 'x' }, false],
    [{ vi: ' Họ', en: 'x' }, false],
    [{ vi: 'Họ', en: 'x', fr: 'y' }, false],
  ])('%j → %s', (value, ok) => {
    expect(localizedTextSchema.safeParse(value).success).toBe(ok);
  });
});
