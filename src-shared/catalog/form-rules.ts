/**
 * Cross-field rules, declared on the form and checked after the pages: a small fixed set of kinds.
 * Every rule has a severity (an error blocks, a warning asks the resident to check) and a message:
 * an i18n key (`validation.*`) or a text in both languages.
 */
import { z } from 'zod';
import { identifierSchema, localizedTextSchema } from './localized-text';

export const messageKeySchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/, 'must be an i18n key like validation.date.tooEarly'),
});
export const ruleMessageSchema = z.union([localizedTextSchema, messageKeySchema]);
export const severitySchema = z.enum(['error', 'warning']);

/** Age in whole years on `onDate` (a date field; the filing date when absent) at least `years`. */
export const minAgeRuleSchema = z.strictObject({
  kind: z.literal('minAge'),
  birthDate: identifierSchema,
  onDate: identifierSchema.optional(),
  years: z.number().int().min(1).max(120),
  severity: severitySchema,
  message: ruleMessageSchema,
});

/** `date` is the same day as `notBefore` or later (date of death not before date of birth). */
export const dateNotBeforeRuleSchema = z.strictObject({
  kind: z.literal('dateNotBefore'),
  date: identifierSchema,
  notBefore: identifierSchema,
  severity: severitySchema,
  message: ruleMessageSchema,
});

/**
 * The personal ID's sex/century digit and birth year agree with the declared ones. Always a warning
 * (domain.md: warn, don't block). Without a message the validator's own keys are shown
 * (validation.cccd.sexMismatch, validation.cccd.birthYearMismatch).
 */
export const cccdMatchesRuleSchema = z.strictObject({
  kind: z.literal('cccdMatches'),
  personalId: identifierSchema,
  sex: identifierSchema.optional(),
  birthDate: identifierSchema.optional(),
  birthYear: identifierSchema.optional(),
  severity: z.literal('warning', { error: 'must be "warning": a personal ID that disagrees with the form only warns' }),
  message: ruleMessageSchema.optional(),
});

export const ruleSchema = z.discriminatedUnion('kind', [minAgeRuleSchema, dateNotBeforeRuleSchema, cccdMatchesRuleSchema]);

export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];
export type RuleMessage = z.infer<typeof ruleMessageSchema>;
