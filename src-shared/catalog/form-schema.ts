/**
 * The form description: pages (one topic each) of fields, plus cross-field rules. One definition, used
 * by the kiosk's form engine and later by the intake server to validate the same answers.
 */
import { z } from 'zod';
import { conditionSchema } from './condition';
import { checkForm } from './form-checks';
import { fieldSchema } from './form-fields';
import { ruleSchema } from './form-rules';
import { identifierSchema, localizedTextSchema } from './localized-text';

export const pageSchema = z.strictObject({
  id: identifierSchema,
  title: localizedTextSchema,
  hint: localizedTextSchema.optional(),
  fields: z.array(fieldSchema).min(1, 'a page needs at least 1 field').max(30),
  showIf: conditionSchema.optional(),
});

export const formSchema = z
  .strictObject({
    pages: z.array(pageSchema).min(1, 'a form needs at least 1 page').max(40),
    rules: z.array(ruleSchema).max(40).optional(),
  })
  .superRefine(checkForm);

export type Page = z.infer<typeof pageSchema>;
export type Form = z.infer<typeof formSchema>;

export * from './form-fields';
export * from './form-rules';
export type { Condition, FieldCondition, ConditionValue } from './condition';
export { conditionSchema } from './condition';
