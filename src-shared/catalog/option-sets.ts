/**
 * Named option lists for `select` fields, with Vietnamese and English labels. Values are stable codes
 * stored in applications: never reuse or renumber one.
 */
import type { LocalizedText } from './localized-text';

export interface Option {
  value: string;
  label: LocalizedText;
}

const same = (name: string): LocalizedText => ({ vi: name, en: name });

/** Values match `Sex` of validation/cccd.ts, so the personal ID check can compare them. */
const sex: Option[] = [
  { value: 'male', label: { vi: 'Nam', en: 'Male' } },
  { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
];

const maritalStatus: Option[] = [
  { value: 'neverMarried', label: { vi: 'Chưa đăng ký kết hôn với ai', en: 'Never married (never registered a marriage)' } },
  { value: 'married', label: { vi: 'Đang có vợ hoặc chồng', en: 'Married' } },
  { value: 'divorced', label: { vi: 'Đã ly hôn', en: 'Divorced' } },
  { value: 'widowed', label: { vi: 'Vợ hoặc chồng đã mất', en: 'Widowed (husband or wife has died)' } },
];

const relationship: Option[] = [
  { value: 'self', label: { vi: 'Bản thân', en: 'Myself' } },
  { value: 'father', label: { vi: 'Cha', en: 'Father' } },
  { value: 'mother', label: { vi: 'Mẹ', en: 'Mother' } },
  { value: 'grandfather', label: { vi: 'Ông', en: 'Grandfather' } },
  { value: 'grandmother', label: { vi: 'Bà', en: 'Grandmother' } },
  { value: 'olderBrother', label: { vi: 'Anh', en: 'Older brother' } },
  { value: 'olderSister', label: { vi: 'Chị', en: 'Older sister' } },
  { value: 'youngerSibling', label: { vi: 'Em', en: 'Younger brother or sister' } },
  { value: 'child', label: { vi: 'Con', en: 'Son or daughter' } },
  { value: 'wife', label: { vi: 'Vợ', en: 'Wife' } },
  { value: 'husband', label: { vi: 'Chồng', en: 'Husband' } },
  { value: 'grandchild', label: { vi: 'Cháu', en: 'Grandchild, niece or nephew' } },
  { value: 'authorised', label: { vi: 'Người được uỷ quyền', en: 'Someone they have authorised in writing' } },
  { value: 'other', label: { vi: 'Quan hệ khác', en: 'Other' } },
];

/** Value: ISO 3166-1 alpha-2. Việt Nam first, then the most common in Hà Nội wards. */
const nationality: Option[] = [
  { value: 'VN', label: { vi: 'Việt Nam', en: 'Vietnam' } },
  { value: 'CN', label: { vi: 'Trung Quốc', en: 'China' } },
  { value: 'KR', label: { vi: 'Hàn Quốc', en: 'South Korea' } },
  { value: 'JP', label: { vi: 'Nhật Bản', en: 'Japan' } },
  { value: 'TW', label: { vi: 'Đài Loan (Trung Quốc)', en: 'Taiwan (China)' } },
  { value: 'US', label: { vi: 'Hoa Kỳ', en: 'United States' } },
  { value: 'FR', label: { vi: 'Pháp', en: 'France' } },
  { value: 'GB', label: { vi: 'Anh', en: 'United Kingdom' } },
  { value: 'DE', label: { vi: 'Đức', en: 'Germany' } },
  { value: 'RU', label: { vi: 'Nga', en: 'Russia' } },
  { value: 'LA', label: { vi: 'Lào', en: 'Laos' } },
  { value: 'KH', label: { vi: 'Campuchia', en: 'Cambodia' } },
  { value: 'TH', label: { vi: 'Thái Lan', en: 'Thailand' } },
  { value: 'SG', label: { vi: 'Singapore', en: 'Singapore' } },
  { value: 'MY', label: { vi: 'Malaysia', en: 'Malaysia' } },
  { value: 'ID', label: { vi: 'Indonesia', en: 'Indonesia' } },
  { value: 'PH', label: { vi: 'Philippines', en: 'Philippines' } },
  { value: 'IN', label: { vi: 'Ấn Độ', en: 'India' } },
  { value: 'AU', label: { vi: 'Úc', en: 'Australia' } },
  { value: 'CA', label: { vi: 'Canada', en: 'Canada' } },
  { value: 'IT', label: { vi: 'Ý', en: 'Italy' } },
  { value: 'NL', label: { vi: 'Hà Lan', en: 'Netherlands' } },
  { value: 'CZ', label: { vi: 'Séc', en: 'Czechia' } },
  { value: 'PL', label: { vi: 'Ba Lan', en: 'Poland' } },
  { value: 'UA', label: { vi: 'Ukraina', en: 'Ukraine' } },
];

/**
 * The 54 ethnic groups of Vietnam in the order of the General Statistics Office list (Quyết định
 * 121-TCTK/PPCĐ, 1979), coded 01–54, Kinh first; 55 for a foreign person.
 */
const ETHNIC_GROUPS = [
  'Kinh', 'Tày', 'Thái', 'Hoa', 'Khơ-me', 'Mường', 'Nùng', 'Mông', 'Dao', 'Gia-rai',
  'Ngái', 'Ê-đê', 'Ba-na', 'Xơ-đăng', 'Sán Chay', 'Cơ-ho', 'Chăm', 'Sán Dìu', 'Hrê', 'Mnông',
  'Ra-glai', 'Xtiêng', 'Bru-Vân Kiều', 'Thổ', 'Giáy', 'Cơ-tu', 'Gié-Triêng', 'Mạ', 'Khơ-mú', 'Co',
  'Tà-ôi', 'Chơ-ro', 'Kháng', 'Xinh-mun', 'Hà Nhì', 'Chu-ru', 'Lào', 'La Chí', 'La Ha', 'Phù Lá',
  'La Hủ', 'Lự', 'Lô Lô', 'Chứt', 'Mảng', 'Pà Thẻn', 'Cơ Lao', 'Cống', 'Bố Y', 'Si La',
  'Pu Péo', 'Brâu', 'Ơ Đu', 'Rơ-măm',
] as const;

const ENGLISH_ETHNIC: Record<string, string> = { Kinh: 'Kinh (Viet)', Hoa: 'Hoa (ethnic Chinese)', 'Khơ-me': 'Khmer', Mông: 'Hmong' };

const ethnicity: Option[] = [
  ...ETHNIC_GROUPS.map((name, i) => ({
    value: String(i + 1).padStart(2, '0'),
    label: ENGLISH_ETHNIC[name] === undefined ? same(name) : { vi: name, en: ENGLISH_ETHNIC[name] },
  })),
  { value: '55', label: { vi: 'Người nước ngoài', en: 'Foreign national' } },
];

export const OPTION_SETS = { sex, maritalStatus, relationship, nationality, ethnicity } as const;

export type OptionSetName = keyof typeof OPTION_SETS;

export const OPTION_SET_NAMES = Object.keys(OPTION_SETS) as [OptionSetName, ...OptionSetName[]];

export function optionSet(name: OptionSetName): readonly Option[] {
  return OPTION_SETS[name];
}
