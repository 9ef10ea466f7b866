/**
 * One field's raw answer, checked by its type with the shared validators. Never throws: a wrong type,
 * a huge string or a hostile object ends as an error with a message key (form.* or validation.*).
 */
import type { Field, LeafField, SelectField } from '../catalog/form-schema';
import { OPTION_SETS } from '../catalog/option-sets';
import type { Option } from '../catalog/option-sets';
import { cleanSingleLine } from '../text/normalize';
import { parseIsoDate } from '../validation/calendar';
import { validateDate, validateYear } from '../validation/date';
import { validatePersonalId } from '../validation/cccd';
import type { Sex } from '../validation/cccd';
import { validateEmail } from '../validation/email';
import { validateFullName } from '../validation/name';
import { validatePhone } from '../validation/phone';
import type { MessageRef, Validation } from '../validation/result';
import type { CleanAnswers, CleanValue } from './answers';
import { isEmptyAnswer, isRecord, ownValue } from './answers';
import { validateAddress, validateNumber } from './validate-parts';
import { validateGroup } from './validate-group';
import { labelParams } from './types';
import type { FieldContext, FieldOutcome } from './types';

export type { FieldContext, FieldMessage, FieldOutcome } from './types';

/** Longest raw text read; anything longer is refused before any work is done on it. */
export const MAX_RAW_TEXT = 10_000;
/** Max length of a text field without its own maxLength. */
export const DEFAULT_TEXT_MAX = 500;

/** The options of a select field (inline or from its option set). */
export function optionsOf(field: SelectField): readonly Option[] {
  return field.options ?? (field.optionSet ? OPTION_SETS[field.optionSet] : []);
}

function cleanedRef(ctx: FieldContext, id: string | undefined): CleanValue | undefined {
  if (id === undefined) return undefined;
  for (const map of ctx.cleaned) {
    const value = ownValue(map, id) as CleanValue | undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

function checkText(field: Field & { type: 'text' }, raw: unknown): Validation<string> {
  const max = field.maxLength ?? DEFAULT_TEXT_MAX;
  const params = { ...labelParams(field), max };
  if (typeof raw !== 'string') return { ok: false, error: { key: 'form.text.notText', params: labelParams(field) } };
  if (raw.length > MAX_RAW_TEXT) return { ok: false, error: { key: 'form.text.tooLong', params } };
  const text = cleanSingleLine(raw);
  if (text === '') return { ok: false, error: { key: 'form.required', params: labelParams(field) } };
  if ([...text].length > max) return { ok: false, error: { key: 'form.text.tooLong', params } };
  return { ok: true, value: text, warnings: [] };
}

function checkSelect(field: SelectField, raw: unknown): Validation<string> {
  const params = labelParams(field);
  if (typeof raw !== 'string' || raw.length > 100) return { ok: false, error: { key: 'form.select.unknown', params } };
  const value = raw.trim();
  if (value === '') return { ok: false, error: { key: 'form.select.choose', params } };
  if (!optionsOf(field).some((o) => o.value === value)) return { ok: false, error: { key: 'form.select.unknown', params } };
  return { ok: true, value, warnings: [] };
}

function checkPersonalId(field: Field & { type: 'personalId' }, raw: unknown, ctx: FieldContext): Validation<string> {
  const sex = cleanedRef(ctx, field.sexField);
  const birthDate = cleanedRef(ctx, field.birthDateField);
  const birthYear = cleanedRef(ctx, field.birthYearField);
  const declaredYear = typeof birthYear === 'number' ? birthYear : parseIsoDate(birthDate)?.year;
  const result = validatePersonalId(raw as string, {
    today: ctx.today,
    ...(sex === 'male' || sex === 'female' ? { declaredSex: sex as Sex } : {}),
    ...(declaredYear !== undefined ? { declaredBirthYear: declaredYear } : {}),
  });
  return result.ok ? { ok: true, value: result.value.id, warnings: result.warnings } : result;
}

/** Check a non-group field whose answer is not empty. */
function checkLeaf(field: LeafField, raw: unknown, ctx: FieldContext): Validation<CleanValue> {
  const future = { allowFuture: field.type === 'date' || field.type === 'year' ? field.notFuture !== true : true };
  switch (field.type) {
    case 'text':
      return checkText(field, raw);
    case 'fullName':
      return validateFullName(raw as string);
    case 'date': {
      const result = validateDate(raw as never, { ...future, today: ctx.today, ...(field.minYear ? { minYear: field.minYear } : {}) });
      return result.ok ? { ok: true, value: result.value.iso, warnings: result.warnings } : result;
    }
    case 'year':
      return validateYear(raw as string, { ...future, today: ctx.today, ...(field.minYear ? { minYear: field.minYear } : {}) });
    case 'personalId':
      return checkPersonalId(field, raw, ctx);
    case 'phone': {
      const result = validatePhone(raw as string, { mobileOnly: field.mobileOnly === true });
      return result.ok ? { ok: true, value: result.value.national, warnings: result.warnings } : result;
    }
    case 'email':
      return validateEmail(raw as string);
    case 'select':
      return checkSelect(field, raw);
    case 'address':
      return validateAddress(raw);
    case 'yesNo':
      return typeof raw === 'boolean'
        ? { ok: true, value: raw, warnings: [] }
        : { ok: false, error: { key: 'form.yesNo.choose', params: labelParams(field) } };
    case 'number':
      return validateNumber(field, raw);
  }
}

/** The input id an error points at: the first date box or address part in error, else the field. */
export function inputIdFor(field: Field | LeafField, error: MessageRef, prefix = ''): string {
  const base = `${prefix}${field.id}`;
  if (field.type === 'date') {
    const fields = error.params?.fields;
    const first = typeof fields === 'string' ? fields.split(',')[0] : undefined;
    return `${base}-${first === 'month' || first === 'year' ? first : 'day'}`;
  }
  if (field.type === 'address') {
    const part = error.key.split('.')[2];
    return `${base}-${part === 'province' || part === 'ward' ? part : 'street'}`;
  }
  return base;
}

/** Required-empty message: the shared validators' own for the types that have one, else form.required. */
function emptyError(field: LeafField | Field, raw: unknown, ctx: FieldContext): MessageRef {
  switch (field.type) {
    case 'fullName':
    case 'personalId':
    case 'phone':
    case 'email':
    case 'year':
    case 'address':
    case 'date': {
      const result = checkLeaf(field, isRecord(raw) ? raw : '', ctx);
      return result.ok ? { key: 'form.required', params: labelParams(field) } : result.error;
    }
    case 'select':
      return { key: 'form.select.choose', params: labelParams(field) };
    case 'yesNo':
      return { key: 'form.yesNo.choose', params: labelParams(field) };
    default:
      return { key: 'form.required', params: labelParams(field) };
  }
}

/**
 * Checks one field (a group with all its items). `prefix` is put before input ids (used inside groups).
 * An empty optional field passes with no value.
 */
export function checkField(field: Field | LeafField, raw: unknown, ctx: FieldContext, prefix = ''): FieldOutcome {
  if (field.type === 'group') return validateGroup(field, raw, ctx, checkField);
  if (isEmptyAnswer(raw) && typeof raw !== 'boolean') {
    if (field.optional === true) return { errors: [], warnings: [] };
    const error = emptyError(field, raw, ctx);
    return { errors: [{ fieldId: inputIdFor(field, error, prefix), message: error }], warnings: [] };
  }
  const result = checkLeaf(field, raw, ctx);
  if (!result.ok) return { errors: [{ fieldId: inputIdFor(field, result.error, prefix), message: result.error }], warnings: [] };
  const fieldId = `${prefix}${field.id}`;
  return { value: result.value, errors: [], warnings: result.warnings.map((message) => ({ fieldId, message })) };
}

/** One field's answer as a single result: the cleaned value, or its first error. */
export function validateField(
  field: Field | LeafField,
  raw: unknown,
  options: { today?: Date; cleaned?: ReadonlyArray<CleanAnswers> } = {},
): Validation<CleanValue | undefined> {
  const outcome = checkField(field, raw, { today: options.today ?? new Date(), cleaned: options.cleaned ?? [] });
  const first = outcome.errors[0];
  if (first) return { ok: false, error: first.message };
  return { ok: true, value: outcome.value, warnings: outcome.warnings.map((w) => w.message) };
}
