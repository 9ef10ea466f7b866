/** Shapes shared by the field, group and page validators. */
import type { Field, LeafField } from '../catalog/form-schema';
import type { MessageRef } from '../validation/result';
import type { CleanAnswers, CleanValue } from './answers';

/** An error or warning placed on an input: `fieldId` is the id of the box to link to and highlight. */
export interface FieldMessage {
  fieldId: string;
  message: MessageRef;
}

/** What checking one field gives: the cleaned value (absent when empty-optional or in error). */
export interface FieldOutcome {
  value?: CleanValue;
  errors: FieldMessage[];
  warnings: FieldMessage[];
}

export interface FieldContext {
  /** "Now", for not-in-the-future checks. */
  today: Date;
  /** Cleaned answers known so far, innermost first (group item, then the form), for personalId refs. */
  cleaned: ReadonlyArray<CleanAnswers>;
}

export type CheckField = (field: Field | LeafField, raw: unknown, ctx: FieldContext, prefix?: string) => FieldOutcome;

/** The question in both languages, for messages that name it: `{{label}}` (vi), `{{labelEn}}` (en). */
export function labelParams(field: Field | LeafField): Record<string, string> {
  return { label: field.label.vi, labelEn: field.label.en };
}
