/**
 * The form's cross-field rules, run on cleaned values after the fields. A rule whose fields are hidden,
 * empty or in error is skipped (the field's own error says what to fix first).
 */
import type { Form, Rule, RuleMessage } from '../catalog/form-schema';
import { ageOn, compareDates, formatDisplayDate, parseIsoDate } from '../validation/calendar';
import { decodeSexAndBirthYear } from '../validation/cccd';
import type { MessageRef } from '../validation/result';
import type { CleanAnswers } from './answers';
import { ownValue } from './answers';

export interface RuleOutcome {
  rule: Rule;
  severity: 'error' | 'warning';
  /** The rule's last field in form order: the page it is on shows the message. */
  fieldId: string;
  message: MessageRef;
}

/** A rule's message as a MessageRef: an i18n key as is, a catalog text as form.rule.custom. */
export function ruleMessage(message: RuleMessage, params: Record<string, string | number> = {}): MessageRef {
  if ('key' in message) return { key: message.key, params };
  return { key: 'form.rule.custom', params: { ...params, text: message.vi, textEn: message.en } };
}

/** Ids of the fields a rule reads. */
export function ruleFields(rule: Rule): string[] {
  const ids =
    rule.kind === 'minAge'
      ? [rule.birthDate, rule.onDate]
      : rule.kind === 'dateNotBefore'
        ? [rule.date, rule.notBefore]
        : [rule.personalId, rule.sex, rule.birthDate, rule.birthYear];
  return ids.filter((id): id is string => id !== undefined);
}

/** Top-level field ids in form order. */
export function fieldOrder(form: Form): Map<string, number> {
  const order = new Map<string, number>();
  for (const page of form.pages) for (const field of page.fields) order.set(field.id, order.size);
  return order;
}

function dateOf(cleaned: CleanAnswers, id: string | undefined) {
  return id === undefined ? null : parseIsoDate(ownValue(cleaned, id));
}

function check(rule: Rule, cleaned: CleanAnswers, today: { year: number; month: number; day: number }): MessageRef[] {
  switch (rule.kind) {
    case 'minAge': {
      const birth = dateOf(cleaned, rule.birthDate);
      const on = rule.onDate === undefined ? today : dateOf(cleaned, rule.onDate);
      if (!birth || !on) return [];
      const age = ageOn(birth, on);
      return age < rule.years ? [ruleMessage(rule.message, { years: rule.years, age })] : [];
    }
    case 'dateNotBefore': {
      const date = dateOf(cleaned, rule.date);
      const notBefore = dateOf(cleaned, rule.notBefore);
      if (!date || !notBefore) return [];
      return compareDates(date, notBefore) < 0 ? [ruleMessage(rule.message, { date: formatDisplayDate(notBefore) })] : [];
    }
    case 'cccdMatches': {
      const id = ownValue(cleaned, rule.personalId);
      if (typeof id !== 'string' || !/^\d{12}$/.test(id)) return [];
      const coded = decodeSexAndBirthYear(id);
      const out: MessageRef[] = [];
      const sex = rule.sex === undefined ? undefined : ownValue(cleaned, rule.sex);
      if ((sex === 'male' || sex === 'female') && sex !== coded.sex) out.push({ key: 'validation.cccd.sexMismatch' });
      const yearValue = rule.birthYear === undefined ? undefined : ownValue(cleaned, rule.birthYear);
      const declared = typeof yearValue === 'number' ? yearValue : dateOf(cleaned, rule.birthDate)?.year;
      if (declared !== undefined && declared !== coded.birthYear) {
        out.push({ key: 'validation.cccd.birthYearMismatch', params: { year: coded.birthYear, declared } });
      }
      if (out.length > 0 && rule.message) return [ruleMessage(rule.message, { year: coded.birthYear })];
      return out;
    }
  }
}

/**
 * Runs every rule on the cleaned (visible, valid) answers. `today` is the filing date for minAge
 * without onDate. Results come in rule order.
 */
export function evaluateRules(form: Form, cleaned: CleanAnswers, today: { year: number; month: number; day: number }): RuleOutcome[] {
  const order = fieldOrder(form);
  const out: RuleOutcome[] = [];
  for (const rule of form.rules ?? []) {
    const ids = ruleFields(rule);
    const last = ids.reduce((a, b) => ((order.get(b) ?? -1) > (order.get(a) ?? -1) ? b : a));
    for (const message of check(rule, cleaned, today)) out.push({ rule, severity: rule.severity, fieldId: last, message });
  }
  return out;
}
