/**
 * Validating a page (on Continue) and the whole form (before check-your-answers, and on the server).
 * Only visible pages and fields are checked; hidden answers are dropped from the cleaned result.
 */
import type { Form, Page } from '../catalog/form-schema';
import { calendarDateInVietnam } from '../validation/calendar';
import type { CleanAnswers, CleanValue } from './answers';
import { emptyMap } from './answers';
import { isShown, pruneHiddenAnswers } from './conditions';
import { evaluateRules } from './rules';
import { checkField } from './validate-field';
import type { FieldMessage } from './types';

export interface ValidateOptions {
  /** "Now": the filing date for age rules and the not-in-the-future checks (default: the current time). */
  today?: Date;
}

export interface PageValidation {
  pageId: string;
  errors: FieldMessage[];
  warnings: FieldMessage[];
  /** Cleaned values of the page's visible, valid, answered fields. */
  cleaned: CleanAnswers;
}

export interface FormValidation {
  /** Visible pages, in order. */
  pages: PageValidation[];
  errors: FieldMessage[];
  warnings: FieldMessage[];
  /** True when no visible page has an error. */
  complete: boolean;
  /** Cleaned answers of every visible field, hidden ones dropped: what is stored and sent. */
  answers: CleanAnswers;
}

/** The input id a rule message links to: a date field's first box, else the field. */
function ruleInputId(form: Form, id: string): string {
  for (const page of form.pages) for (const field of page.fields) if (field.id === id && field.type === 'date') return `${id}-day`;
  return id;
}

/** Checks every visible page in order. Never throws, whatever `answers` holds. */
export function validateForm(form: Form, answers: unknown, options: ValidateOptions = {}): FormValidation {
  const now = options.today ?? new Date();
  const today = calendarDateInVietnam(now) ?? { year: 1970, month: 1, day: 1 };
  const raw = pruneHiddenAnswers(form, answers);
  const cleaned = emptyMap<CleanValue>();
  const pages: PageValidation[] = [];
  const pageOfField = new Map<string, PageValidation>();

  for (const page of form.pages) {
    if (!isShown(page, raw)) continue;
    const result: PageValidation = { pageId: page.id, errors: [], warnings: [], cleaned: emptyMap<CleanValue>() };
    for (const field of page.fields) {
      pageOfField.set(field.id, result);
      if (!isShown(field, raw)) continue;
      const outcome = checkField(field, raw[field.id], { today: now, cleaned: [cleaned] });
      result.errors.push(...outcome.errors);
      result.warnings.push(...outcome.warnings);
      if (outcome.value !== undefined) {
        cleaned[field.id] = outcome.value;
        result.cleaned[field.id] = outcome.value;
      }
    }
    pages.push(result);
  }

  for (const outcome of evaluateRules(form, cleaned, today)) {
    const page = pageOfField.get(outcome.fieldId);
    if (!page) continue;
    const entry = { fieldId: ruleInputId(form, outcome.fieldId), message: outcome.message };
    (outcome.severity === 'error' ? page.errors : page.warnings).push(entry);
  }

  const errors = pages.flatMap((p) => p.errors);
  const warnings = pages.flatMap((p) => p.warnings);
  return { pages, errors, warnings, complete: errors.length === 0, answers: cleaned };
}

/**
 * Checks one page, as on Continue: its visible fields and the rules whose last field is on it. A hidden
 * or unknown page has nothing to check.
 */
export function validatePage(form: Form, pageId: string, answers: unknown, options: ValidateOptions = {}): PageValidation {
  const result = validateForm(form, answers, options).pages.find((p) => p.pageId === pageId);
  return result ?? { pageId, errors: [], warnings: [], cleaned: emptyMap<CleanValue>() };
}

/** The page with this id, or undefined. */
export function findPage(form: Form, pageId: string): Page | undefined {
  return form.pages.find((p) => p.id === pageId);
}
