import type { TFunction } from 'i18next';
import type { MessageRef } from '../../src-shared/validation/result';

/** The resident-facing sentence for a validator's message reference. */
export function translateMessage(t: TFunction, message: MessageRef): string {
  return t(message.key, { ...(message.params ?? {}) });
}
