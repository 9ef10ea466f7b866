/** Repeatable groups (household members): item count, then each item's visible fields. */
import type { GroupField } from '../catalog/form-schema';
import type { CleanAnswers } from './answers';
import { emptyMap, isRecord, MAX_GROUP_READ, readAnswers } from './answers';
import { isShown } from './conditions';
import type { CheckField, FieldContext, FieldMessage, FieldOutcome } from './types';
import { labelParams } from './types';

/**
 * Checks a group: a list of item maps, minItems..maxItems long (an empty optional group passes). Input ids
 * inside an item are `${groupId}-${index}-${fieldId}`; count errors point at the group itself.
 */
export function validateGroup(field: GroupField, raw: unknown, ctx: FieldContext, checkField: CheckField): FieldOutcome {
  const label = labelParams(field);
  const at = (key: string, params: Record<string, string | number>): FieldOutcome => ({
    errors: [{ fieldId: field.id, message: { key, params: { ...label, ...params } } }],
    warnings: [],
  });
  if (raw === undefined || raw === null) raw = [];
  if (!Array.isArray(raw)) return at('form.group.notList', {});
  if (raw.length === 0 && field.optional === true) return { errors: [], warnings: [] };
  if (raw.length > field.maxItems) return at('form.group.tooMany', { max: field.maxItems, extra: raw.length - field.maxItems });
  if (raw.length < field.minItems) return at('form.group.tooFew', { min: field.minItems });

  const errors: FieldMessage[] = [];
  const warnings: FieldMessage[] = [];
  const items: CleanAnswers[] = [];
  const outer = ctx.cleaned[ctx.cleaned.length - 1] ?? emptyMap<never>();
  (raw as unknown[]).slice(0, MAX_GROUP_READ).forEach((rawItem, index) => {
    const prefix = `${field.id}-${index}-`;
    if (!isRecord(rawItem)) {
      errors.push({ fieldId: `${prefix}${field.fields[0]?.id ?? ''}`, message: { key: 'form.group.notList', params: label } });
      return;
    }
    const answers = readAnswers(rawItem);
    const cleaned = emptyMap<CleanAnswers[string]>();
    const itemCtx: FieldContext = { today: ctx.today, cleaned: [cleaned, ...ctx.cleaned] };
    for (const inner of field.fields) {
      if (!isShown(inner, answers, outer)) continue;
      const outcome = checkField(inner, answers[inner.id], itemCtx, prefix);
      errors.push(...outcome.errors);
      warnings.push(...outcome.warnings);
      if (outcome.value !== undefined) cleaned[inner.id] = outcome.value;
    }
    items.push(cleaned);
  });
  return errors.length > 0 ? { errors, warnings } : { value: items, errors, warnings };
}
