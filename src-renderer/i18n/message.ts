import type { i18n as I18n } from 'i18next';
import type { MessageRef } from '../../src-shared/validation/result';
import { paramsForLanguage } from '../../src-shared/forms/messages';

/** The resident-facing sentence for a validator's or the form engine's message, in the current language. */
export function translateMessage(i18n: I18n, message: MessageRef): string {
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return i18n.t(message.key, paramsForLanguage(message.params, language));
}
