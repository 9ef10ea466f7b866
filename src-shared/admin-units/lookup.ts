/**
 * Lookups over the administrative-unit data: names by code and the wards of a province, listed in
 * alphabetical order of the proper name (the "Phường"/"Xã"/"Thành phố" prefix is not what people look for).
 */
import type { AdminUnitData, Province, Ward } from './types';

export interface AdminUnitIndex {
  /** Every province, alphabetical by proper name. */
  provinces(): readonly Province[];
  /** The wards of one province, alphabetical by proper name ([] for an unknown code). */
  wardsOf(provinceCode: string): readonly Ward[];
  province(code: string): Province | undefined;
  /** The ward with this code; with `provinceCode`, only if it belongs to that province. */
  ward(code: string, provinceCode?: string): Ward | undefined;
}

const UNIT_PREFIX = /^(Thành phố|Tỉnh|Phường|Xã|Đặc khu|Thị trấn)\s+/u;

/** The name without its unit type: "Phường Tây Hồ" → "Tây Hồ", "Thành phố Hà Nội" → "Hà Nội". */
export function properName(name: string): string {
  return name.replace(UNIT_PREFIX, '');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const byProperName = (a: { name: string; code: string }, b: { name: string; code: string }) =>
  collator.compare(properName(a.name), properName(b.name)) || collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1);

/** An index over the data: built once, every lookup after that is a map read. */
export function createAdminUnitIndex(data: AdminUnitData): AdminUnitIndex {
  const provinces = [...data.provinces].sort(byProperName);
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const wardByCode = new Map(data.wards.map((w) => [w.code, w]));
  const wardsByProvince = new Map<string, Ward[]>();
  for (const ward of data.wards) {
    const list = wardsByProvince.get(ward.province) ?? [];
    list.push(ward);
    wardsByProvince.set(ward.province, list);
  }
  for (const list of wardsByProvince.values()) list.sort(byProperName);
  return {
    provinces: () => provinces,
    wardsOf: (provinceCode) => wardsByProvince.get(provinceCode) ?? [],
    province: (code) => provinceByCode.get(code),
    ward: (code, provinceCode) => {
      const ward = wardByCode.get(code);
      return ward && (provinceCode === undefined || ward.province === provinceCode) ? ward : undefined;
    },
  };
}
