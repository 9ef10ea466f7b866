/** Finding the engine's errors and warnings for one input (ids as `inputIdFor` makes them). */
import type { FieldMessage } from '../../src-shared/forms';
import type { DatePart } from '../ui';

/** The first message placed on exactly this input id. */
export function messageAt(messages: readonly FieldMessage[], inputId: string): FieldMessage | undefined {
  return messages.find((m) => m.fieldId === inputId);
}

/** The first message on any of a field's inputs: the field id itself or `${id}-part`. */
export function messageOn(messages: readonly FieldMessage[], id: string, parts: readonly string[]): FieldMessage | undefined {
  return messages.find((m) => m.fieldId === id || parts.some((p) => m.fieldId === `${id}-${p}`));
}

const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** Which date boxes a date error is about (its `fields` param, "month,year"); undefined = the whole date. */
export function dateErrorParts(message: FieldMessage | undefined): DatePart[] | undefined {
  const listed = message?.message.params?.fields;
  const parts = typeof listed === 'string' ? DATE_PARTS.filter((p) => listed.split(',').includes(p)) : [];
  return parts.length > 0 ? parts : undefined;
}
