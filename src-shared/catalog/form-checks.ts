/**
 * Whole-form checks that a field-by-field schema cannot make: ids unique across the form; every
 * condition, rule and personal-ID reference names a field that exists, comes earlier and has the right
 * type; select fields have exactly one source of options; ranges are in order.
 */
import type { z } from 'zod';
import { fieldConditions } from './condition';
import type { Condition, FieldCondition } from './condition';
import type { Field, FieldType, LeafField } from './form-fields';
import type { Rule } from './form-rules';
import { OPTION_SETS } from './option-sets';

type Path = Array<string | number>;

interface PageLike {
  id: string;
  fields: Field[];
  showIf?: Condition | undefined;
}
interface FormLike {
  pages: PageLike[];
  rules?: Rule[] | undefined;
}

interface Placed {
  field: Field | LeafField;
  path: Path;
  order: number;
  /** Id of the group the field belongs to, if any. */
  group?: string;
}

/** Places every field in form order. */
function placeFields(form: FormLike): Placed[] {
  const placed: Placed[] = [];
  form.pages.forEach((page, p) =>
    page.fields.forEach((field, f) => {
      const path: Path = ['pages', p, 'fields', f];
      placed.push({ field, path, order: placed.length });
      if (field.type === 'group') {
        field.fields.forEach((inner, i) => placed.push({ field: inner, path: [...path, 'fields', i], order: placed.length, group: field.id }));
      }
    }),
  );
  return placed;
}

function allowedValues(field: Field | LeafField): Set<string> | null {
  if (field.type !== 'select') return null;
  const options: ReadonlyArray<{ value: string }> | undefined = field.options ?? (field.optionSet ? OPTION_SETS[field.optionSet] : undefined);
  return options ? new Set(options.map((o) => o.value)) : null;
}

function conditionValueProblem(target: Field | LeafField, leaf: FieldCondition): string | null {
  if ('notEmpty' in leaf) return null;
  const values = 'equals' in leaf ? [leaf.equals] : leaf.in;
  if (target.type === 'group') return `"${target.id}" is a group: a condition on it can only use notEmpty`;
  if (target.type === 'yesNo') {
    return 'equals' in leaf && typeof leaf.equals === 'boolean' ? null : `"${target.id}" is a yes/no question: use equals: true or equals: false`;
  }
  if (target.type === 'number') {
    return values.every((v) => typeof v === 'number') ? null : `"${target.id}" is a number: compare it with numbers`;
  }
  const allowed = allowedValues(target);
  if (allowed) {
    const bad = values.filter((v) => typeof v !== 'string' || !allowed.has(v));
    return bad.length === 0 ? null : `${bad.map((v) => JSON.stringify(v)).join(', ')} is not an option of "${target.id}"`;
  }
  return values.every((v) => typeof v === 'string') ? null : `"${target.id}" holds text: compare it with text`;
}

export function checkForm(form: FormLike, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const placed = placeFields(form);
  const byId = new Map<string, Placed>();

  const pageIds = new Set<string>();
  form.pages.forEach((page, p) => {
    if (pageIds.has(page.id)) issue(['pages', p, 'id'], `page id "${page.id}" is used twice`);
    pageIds.add(page.id);
  });

  for (const entry of placed) {
    const first = byId.get(entry.field.id);
    if (first) issue([...entry.path, 'id'], `field id "${entry.field.id}" is used twice (first at ${formatPath(first.path)})`);
    else byId.set(entry.field.id, entry);
  }

  /** A reference from `from` (at `order`, inside `group`) to an earlier field, optionally of given types. */
  const resolve = (id: string, path: Path, order: number, group: string | undefined, what: string, types?: FieldType[]): Placed | null => {
    const target = byId.get(id);
    if (!target) return issue(path, `${what} refers to a field "${id}" that does not exist`), null;
    if (target.order >= order) return issue(path, `${what} refers to "${id}", which comes later: it can only use an earlier answer`), null;
    if (target.group !== undefined && target.group !== group) {
      return issue(path, `${what} refers to "${id}", which is inside the repeatable group "${target.group}"`), null;
    }
    if (types && !types.includes(target.field.type)) {
      return issue(path, `${what} refers to "${id}", a ${target.field.type} field: it must be ${types.join(' or ')}`), null;
    }
    return target;
  };

  const checkCondition = (condition: Condition, path: Path, order: number, group: string | undefined) => {
    for (const { leaf, path: rel } of fieldConditions(condition)) {
      const target = resolve(leaf.field, [...path, ...rel, 'field'], order, group, 'showIf');
      const problem = target && conditionValueProblem(target.field, leaf);
      if (problem) issue([...path, ...rel], problem);
    }
  };

  form.pages.forEach((page, p) => {
    const firstOrder = placed.find((e) => e.path[1] === p)?.order ?? placed.length;
    if (page.showIf) checkCondition(page.showIf, ['pages', p, 'showIf'], firstOrder, undefined);
  });

  for (const { field, path, order, group } of placed) {
    if (field.showIf) checkCondition(field.showIf, [...path, 'showIf'], order, group);
    if (field.type === 'personalId') {
      if (field.sexField) resolve(field.sexField, [...path, 'sexField'], order, group, 'sexField', ['select']);
      if (field.birthDateField) resolve(field.birthDateField, [...path, 'birthDateField'], order, group, 'birthDateField', ['date']);
      if (field.birthYearField) resolve(field.birthYearField, [...path, 'birthYearField'], order, group, 'birthYearField', ['year']);
    }
    if (field.type === 'select' && (field.optionSet === undefined) === (field.options === undefined)) {
      issue(path, 'a select field needs either optionSet or options (exactly one)');
    }
    if (field.type === 'select' && field.options) {
      const seen = new Set<string>();
      field.options.forEach((o, i) => {
        if (seen.has(o.value)) issue([...path, 'options', i, 'value'], `option value "${o.value}" is used twice`);
        seen.add(o.value);
      });
    }
    if (field.type === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max) {
      issue([...path, 'max'], 'max must not be smaller than min');
    }
    if (field.type === 'group' && field.minItems > field.maxItems) issue([...path, 'maxItems'], 'maxItems must not be smaller than minItems');
  }

  const end = placed.length;
  (form.rules ?? []).forEach((rule, r) => {
    const at = (key: string): Path => ['rules', r, key];
    const ref = (key: string, id: string | undefined, types: FieldType[]) => {
      if (id !== undefined) resolve(id, at(key), end, undefined, `rule ${rule.kind}.${key}`, types);
    };
    if (rule.kind === 'minAge') {
      ref('birthDate', rule.birthDate, ['date']);
      ref('onDate', rule.onDate, ['date']);
    } else if (rule.kind === 'dateNotBefore') {
      ref('date', rule.date, ['date']);
      ref('notBefore', rule.notBefore, ['date']);
    } else {
      ref('personalId', rule.personalId, ['personalId']);
      ref('sex', rule.sex, ['select']);
      ref('birthDate', rule.birthDate, ['date']);
      ref('birthYear', rule.birthYear, ['year']);
      if (!rule.sex && !rule.birthDate && !rule.birthYear) issue(['rules', r], 'cccdMatches needs sex, birthDate or birthYear to compare with');
    }
  });
}

/** ['form', 'pages', 2, 'fields', 0] → 'form.pages[2].fields[0]'. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
