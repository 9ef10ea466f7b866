/**
 * Conditions: show a page or a field only when an earlier answer says so.
 * `{ field, equals }`, `{ field, in: [...] }`, `{ field, notEmpty: true }`, combined with `all` / `any`.
 * Whether the field exists and comes earlier is checked on the whole form (form-checks.ts).
 */
import { z } from 'zod';
import { identifierSchema } from './localized-text';

export type ConditionValue = string | number | boolean;

export type FieldCondition =
  | { field: string; equals: ConditionValue }
  | { field: string; in: Array<string | number> }
  | { field: string; notEmpty: true };

export type Condition = FieldCondition | { all: Condition[] } | { any: Condition[] };

const valueSchema = z.union([z.string().min(1).max(100), z.number(), z.boolean()]);

const fieldConditionSchema = z.union([
  z.strictObject({ field: identifierSchema, equals: valueSchema }),
  z.strictObject({ field: identifierSchema, in: z.array(z.union([z.string().min(1).max(100), z.number()])).min(1).max(100) }),
  z.strictObject({ field: identifierSchema, notEmpty: z.literal(true) }),
]);

function conditionUnion() {
  return z.union([
    fieldConditionSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(20) }),
  ]);
}

/**
 * Typed through `unknown`: annotating the lazy union as `z.ZodType<Condition>` makes the type checker compare
 * the two zod classes member by member (most of a whole type-check). `parsesToCondition` checks the part that
 * matters, the parsed output, quickly.
 */
export const conditionSchema = z.lazy(conditionUnion) as unknown as z.ZodType<Condition>;
const parsesToCondition: z.output<ReturnType<typeof conditionUnion>> extends Condition ? true : never = true;
void parsesToCondition;

/** Every field condition inside a condition, with its path relative to the condition. */
export function fieldConditions(condition: Condition, path: Array<string | number> = []): Array<{ leaf: FieldCondition; path: Array<string | number> }> {
  if ('all' in condition) return condition.all.flatMap((c, i) => fieldConditions(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => fieldConditions(c, [...path, 'any', i]));
  return [{ leaf: condition, path }];
}
