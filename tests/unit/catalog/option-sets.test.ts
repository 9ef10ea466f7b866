import { describe, expect, it } from 'vitest';
import { OPTION_SETS, optionSet } from '../../../src-shared/catalog';
import { decodeSexAndBirthYear } from '../../../src-shared/validation/cccd';

describe('option sets', () => {
  it('every set has unique values and NFC labels in both languages', () => {
    for (const [name, options] of Object.entries(OPTION_SETS)) {
      expect(new Set(options.map((o) => o.value)).size, name).toBe(options.length);
      for (const { label } of options) {
        expect(label.vi.length > 0 && label.en.length > 0 && label.vi === label.vi.normalize('NFC') && label.en === label.en.normalize('NFC')).toBe(true);
      }
    }
  });

  it('ethnicity: the 54 groups coded 01–54, Kinh first, then 55 for a foreign national', () => {
    const ethnicity = optionSet('ethnicity');
    expect(ethnicity).toHaveLength(55);
    expect(ethnicity.map((o) => o.value)).toEqual(Array.from({ length: 55 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(ethnicity[0]?.label.vi).toBe('Kinh');
    expect(ethnicity[54]?.label.vi).toBe('Người nước ngoài');
    expect(ethnicity.map((o) => o.label.vi)).toEqual(expect.arrayContaining(['Tày', 'Thái', 'Mường', 'Khơ-me', 'Hoa', 'Ơ Đu', 'Rơ-măm']));
  });

  it('nationality: Việt Nam first, ISO 3166 alpha-2 values, at least 20 more', () => {
    const nationality = optionSet('nationality');
    expect(nationality[0]).toEqual({ value: 'VN', label: { vi: 'Việt Nam', en: 'Vietnam' } });
    expect(nationality.length).toBeGreaterThanOrEqual(21);
    for (const o of nationality) expect(o.value).toMatch(/^[A-Z]{2}$/);
  });

  it('sex values are the ones the personal ID check decodes', () => {
    const fromId = new Set([decodeSexAndBirthYear('001090000001').sex, decodeSexAndBirthYear('001190000001').sex]);
    expect(new Set(optionSet('sex').map((o) => o.value))).toEqual(fromId);
  });

  it('relationship and marital status use the domain wording', () => {
    expect(optionSet('relationship').map((o) => o.label.vi)).toEqual(
      expect.arrayContaining(['Cha', 'Mẹ', 'Ông', 'Bà', 'Anh', 'Chị', 'Em', 'Con', 'Vợ', 'Chồng', 'Cháu', 'Người được uỷ quyền']),
    );
    expect(optionSet('maritalStatus').map((o) => o.value)).toEqual(['neverMarried', 'married', 'divorced', 'widowed']);
  });
});
