/** Field types the shared validators do not cover: address and number. */
import type { LeafField } from '../catalog/form-schema';
import { cleanSingleLine, toAsciiDigits } from '../text/normalize';
import type { Validation } from '../validation/result';
import type { CleanAddress } from './answers';
import { isRecord, ownValue } from './answers';
import { labelParams } from './types';

export const STREET_MAX = 200;

const text = (value: unknown): string => (typeof value === 'string' && value.length <= 1000 ? value.trim() : '');

/** `{ province: '01', ward: '00103', street }`: codes from the pickers, the street as typed. */
export function validateAddress(raw: unknown): Validation<CleanAddress> {
  const value = isRecord(raw) ? raw : {};
  const province = text(ownValue(value, 'province'));
  const ward = text(ownValue(value, 'ward'));
  const rawStreet = ownValue(value, 'street');
  if (!/^\d{2}$/.test(province)) return { ok: false, error: { key: 'form.address.province' } };
  if (!/^\d{5}$/.test(ward)) return { ok: false, error: { key: 'form.address.ward' } };
  if (typeof rawStreet === 'string' && rawStreet.length > STREET_MAX * 4) {
    return { ok: false, error: { key: 'form.address.streetTooLong', params: { max: STREET_MAX } } };
  }
  const street = typeof rawStreet === 'string' ? cleanSingleLine(rawStreet) : '';
  if (street === '') return { ok: false, error: { key: 'form.address.street' } };
  if ([...street].length > STREET_MAX) return { ok: false, error: { key: 'form.address.streetTooLong', params: { max: STREET_MAX } } };
  return { ok: true, value: { province, ward, street }, warnings: [] };
}

/** A number as typed, always a string ("2", "３", "1,5"): integer and min/max as the field says. */
export function validateNumber(field: LeafField & { type: 'number' }, raw: unknown): Validation<number> {
  const label = labelParams(field);
  const typed = raw;
  if (typeof typed !== 'string' || typed.length > 50) return { ok: false, error: { key: 'form.number.notNumber', params: label } };
  const cleaned = toAsciiDigits(typed).trim().replace(/\s+/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return { ok: false, error: { key: 'form.number.notNumber', params: label } };
  const value = Number(cleaned);
  if (field.integer === true && !Number.isInteger(value)) return { ok: false, error: { key: 'form.number.notWhole', params: label } };
  const { min, max } = field;
  const out = (min !== undefined && value < min) || (max !== undefined && value > max);
  if (out) {
    if (min !== undefined && max !== undefined) return { ok: false, error: { key: 'form.number.range', params: { min, max } } };
    if (min !== undefined) return { ok: false, error: { key: 'form.number.tooSmall', params: { min } } };
    return { ok: false, error: { key: 'form.number.tooLarge', params: { max: max ?? 0 } } };
  }
  return { ok: true, value, warnings: [] };
}
