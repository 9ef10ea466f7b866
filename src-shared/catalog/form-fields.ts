/**
 * The field types a form page may hold. Field = discriminated union on `type`. Every field has an `id`
 * (unique across the form), a `label` (the question), an optional `hint`, `optional` and `showIf`.
 * References to other fields are checked on the whole form (form-checks.ts).
 */
import { z } from 'zod';
import { conditionSchema } from './condition';
import { identifierSchema, localizedTextSchema } from './localized-text';
import { OPTION_SET_NAMES } from './option-sets';

const base = {
  id: identifierSchema,
  label: localizedTextSchema,
  hint: localizedTextSchema.optional(),
  optional: z.boolean().optional(),
  showIf: conditionSchema.optional(),
};

const year = z.number().int().min(1800).max(2200);

export const textFieldSchema = z.strictObject({ ...base, type: z.literal('text'), maxLength: z.number().int().min(1).max(2000).optional() });
export const fullNameFieldSchema = z.strictObject({ ...base, type: z.literal('fullName') });
/** Three boxes (day, month, year), never auto-advancing. */
export const dateFieldSchema = z.strictObject({ ...base, type: z.literal('date'), notFuture: z.boolean().optional(), minYear: year.optional() });
export const yearFieldSchema = z.strictObject({ ...base, type: z.literal('year'), notFuture: z.boolean().optional(), minYear: year.optional() });
/** The CCCD's sex/century digit and birth year are compared with these fields: a warning, never a block. */
export const personalIdFieldSchema = z.strictObject({
  ...base,
  type: z.literal('personalId'),
  sexField: identifierSchema.optional(),
  birthDateField: identifierSchema.optional(),
  birthYearField: identifierSchema.optional(),
});
export const phoneFieldSchema = z.strictObject({ ...base, type: z.literal('phone'), mobileOnly: z.boolean().optional() });
export const emailFieldSchema = z.strictObject({ ...base, type: z.literal('email') });

export const optionSchema = z.strictObject({
  value: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]*$/, 'must be a code of letters, digits, - or _').max(40),
  label: localizedTextSchema,
});
/** Either a named option set or inline options (exactly one: checked on the form). */
export const selectFieldSchema = z.strictObject({
  ...base,
  type: z.literal('select'),
  optionSet: z.enum(OPTION_SET_NAMES).optional(),
  options: z.array(optionSchema).min(2).max(300).optional(),
});
/** Province and ward pickers (post-2025 units) plus house number and street as text. */
export const addressFieldSchema = z.strictObject({
  ...base,
  type: z.literal('address'),
  defaultProvince: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code, like 01 for Hà Nội').optional(),
});
export const yesNoFieldSchema = z.strictObject({ ...base, type: z.literal('yesNo') });
export const numberFieldSchema = z.strictObject({
  ...base,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
});

/** The fields a repeatable group may hold (no groups inside groups). */
export const leafFieldSchemas = [
  textFieldSchema,
  fullNameFieldSchema,
  dateFieldSchema,
  yearFieldSchema,
  personalIdFieldSchema,
  phoneFieldSchema,
  emailFieldSchema,
  selectFieldSchema,
  addressFieldSchema,
  yesNoFieldSchema,
  numberFieldSchema,
] as const;

export const leafFieldSchema = z.discriminatedUnion('type', [...leafFieldSchemas]);

/** A repeatable group, e.g. household members moving together: each item holds the same fields. */
export const groupFieldSchema = z.strictObject({
  ...base,
  type: z.literal('group'),
  itemLabel: localizedTextSchema,
  minItems: z.number().int().min(0).max(50),
  maxItems: z.number().int().min(1).max(50),
  fields: z.array(leafFieldSchema).min(1).max(30),
});

export const fieldSchema = z.discriminatedUnion('type', [...leafFieldSchemas, groupFieldSchema]);

export type LeafField = z.infer<typeof leafFieldSchema>;
export type GroupField = z.infer<typeof groupFieldSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type FieldType = Field['type'];
export type SelectField = z.infer<typeof selectFieldSchema>;
export type PersonalIdField = z.infer<typeof personalIdFieldSchema>;

/**
 * Every field type, written out: mapping over `fieldSchema.options` makes the type checker relate all the
 * zod object types to each other (20 s of a type-check). `Unlisted` fails to compile when one is missing.
 */
export const FIELD_TYPES = [
  'text',
  'fullName',
  'date',
  'year',
  'personalId',
  'phone',
  'email',
  'select',
  'address',
  'yesNo',
  'number',
  'group',
] as const satisfies readonly FieldType[];
type Unlisted = Exclude<FieldType, (typeof FIELD_TYPES)[number]>;
const everyTypeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTypeListed;
