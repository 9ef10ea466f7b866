/**
 * Conditions (`showIf`) on pages and fields, evaluated on earlier answers. A hidden page or field is
 * skipped: its answer is not validated, not shown on check-your-answers and not submitted.
 */
import type { Condition } from '../catalog/condition';
import type { Field, Form, LeafField, Page } from '../catalog/form-schema';
import { emptyMap, isEmptyAnswer, isRecord, ownValue, readAnswers } from './answers';
import { toAsciiDigits } from '../text/normalize';

/** Where a condition looks for answers: the group item's own answers first, then the outer ones. */
export type AnswerScope = ReadonlyArray<unknown>;

function lookup(scope: AnswerScope, id: string): unknown {
  for (const answers of scope) {
    const value = ownValue(answers, id);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A typed number ("3", " 3 ", "３") as a number, or NaN. */
function asNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.length > 50) return Number.NaN;
  const text = toAsciiDigits(value).trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

function matches(value: unknown, expected: string | number | boolean): boolean {
  if (typeof expected === 'boolean') return value === expected;
  if (typeof expected === 'number') return asNumber(value) === expected;
  return typeof value === 'string' && value.trim() === expected;
}

/**
 * True when the condition holds. `answers` is one answer map, or a scope (item answers, then outer).
 * Missing or wrongly-typed answers never match (notEmpty is false for them); never throws.
 */
export function evaluateCondition(condition: Condition, answers: unknown, outer?: unknown): boolean {
  const scope: AnswerScope = outer === undefined ? [answers] : [answers, outer];
  return evaluateIn(condition, scope, 0);
}

function evaluateIn(condition: Condition, scope: AnswerScope, depth: number): boolean {
  if (depth > 20 || !isRecord(condition)) return false;
  if ('all' in condition) return Array.isArray(condition.all) && condition.all.every((c) => evaluateIn(c, scope, depth + 1));
  if ('any' in condition) return Array.isArray(condition.any) && condition.any.some((c) => evaluateIn(c, scope, depth + 1));
  const value = lookup(scope, condition.field);
  if ('notEmpty' in condition) return !isEmptyAnswer(value);
  if ('equals' in condition) return matches(value, condition.equals);
  if ('in' in condition) return Array.isArray(condition.in) && condition.in.some((v) => matches(value, v));
  return false;
}

/** True when the page or field has no condition or its condition holds. */
export function isShown(item: { showIf?: Condition | undefined }, answers: unknown, outer?: unknown): boolean {
  return item.showIf === undefined || evaluateCondition(item.showIf, answers, outer);
}

/**
 * The answers of visible pages and fields only, in form order: a condition sees only answers that are
 * themselves visible, so hiding a field also hides what depended on it. Group items keep only their
 * visible fields. Input is read safely (see readAnswers); output is a null-prototype map.
 */
export function pruneHiddenAnswers(form: Form, answers: unknown): Record<string, unknown> {
  const raw = readAnswers(answers);
  const kept = emptyMap<unknown>();
  for (const page of form.pages) {
    if (!isShown(page, kept)) continue;
    for (const field of page.fields) {
      if (!isShown(field, kept)) continue;
      const value = raw[field.id];
      if (value === undefined) continue;
      kept[field.id] = field.type === 'group' && Array.isArray(value) ? pruneGroupItems(field.fields, value, kept) : value;
    }
  }
  return kept;
}

function pruneGroupItems(fields: LeafField[], items: unknown[], outer: Record<string, unknown>): unknown[] {
  return items.map((item) => {
    if (!isRecord(item)) return item;
    const rawItem = readAnswers(item);
    const kept = emptyMap<unknown>();
    for (const field of fields) {
      if (isShown(field, kept, outer) && rawItem[field.id] !== undefined) kept[field.id] = rawItem[field.id];
    }
    return kept;
  });
}

/** The pages shown for these answers, in order. */
export function visiblePages(form: Form, answers: unknown): Page[] {
  const kept = pruneHiddenAnswers(form, answers);
  return form.pages.filter((page) => isShown(page, kept));
}

/** The fields of a page shown for these answers (pass pruned answers, or the item's and the outer ones). */
export function visibleFields<F extends Field | LeafField>(page: { fields: F[] }, answers: unknown, outer?: unknown): F[] {
  return page.fields.filter((field) => isShown(field, answers, outer));
}
