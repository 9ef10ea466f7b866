import viApp from './locales/vi/app.json';
import enApp from './locales/en/app.json';
import viUi from './locales/vi/ui.json';
import enUi from './locales/en/ui.json';
import { validationMessagesEn, validationMessagesVi } from '../../src-shared/validation/messages';
import { formMessagesEn, formMessagesVi } from '../../src-shared/forms/messages';

/**
 * All user-facing text, per language, in one "translation" namespace with a top-level key per area:
 * app.* (screens), ui.* (the touch UI kit), validation.* and form.* (messages of the shared validators
 * and form engine, which the server uses too).
 */
export const resources = {
  vi: { translation: { app: viApp, ui: viUi, ...validationMessagesVi, ...formMessagesVi } },
  en: { translation: { app: enApp, ui: enUi, ...validationMessagesEn, ...formMessagesEn } },
} as const;
