import viApp from './locales/vi/app.json';
import enApp from './locales/en/app.json';
import viUi from './locales/vi/ui.json';
import enUi from './locales/en/ui.json';
import viJourney from './locales/vi/journey.json';
import enJourney from './locales/en/journey.json';
import viDocuments from './locales/vi/documents.json';
import enDocuments from './locales/en/documents.json';
import viFields from './locales/vi/fields.json';
import enFields from './locales/en/fields.json';
import viSession from './locales/vi/session.json';
import viKeyboard from './locales/vi/keyboard.json';
import enKeyboard from './locales/en/keyboard.json';
import viA11y from './locales/vi/a11y.json';
import enA11y from './locales/en/a11y.json';
import enSession from './locales/en/session.json';
import viSync from './locales/vi/sync.json';
import enSync from './locales/en/sync.json';
import viAdmin from './locales/vi/admin.json';
import enAdmin from './locales/en/admin.json';
import viLookup from './locales/vi/lookup.json';
import enLookup from './locales/en/lookup.json';
import { validationMessagesEn, validationMessagesVi } from '../../src-shared/validation/messages';
import { formMessagesEn, formMessagesVi } from '../../src-shared/forms/messages';

/**
 * All user-facing text, per language, in one "translation" namespace with a top-level key per area:
 * app.* (start and error screens), ui.* (the touch UI kit), journey.* (the filing screens), documents.*
 * (document capture), fields.* (form field widgets), session.* (idle warning, wipe, queue count),
 * keyboard.* (on-screen keyboard), a11y.* (text size, contrast, read aloud), sync.* (sending to the ward:
 * header status, problems, reasons an application needs attention), admin.* ("Quản trị kiosk", enrollment),
 * lookup.* ("Tra cứu hồ sơ"),
 * validation.* and form.* (messages of the shared validators and form engine, which the server uses too).
 */
export const resources = {
  vi: {
    translation: {
      app: viApp,
      ui: viUi,
      journey: viJourney,
      documents: viDocuments,
      fields: viFields,
      session: viSession,
      keyboard: viKeyboard,
      a11y: viA11y,
      sync: viSync,
      admin: viAdmin,
      lookup: viLookup,
      ...validationMessagesVi,
      ...formMessagesVi,
    },
  },
  en: {
    translation: {
      app: enApp,
      ui: enUi,
      journey: enJourney,
      documents: enDocuments,
      fields: enFields,
      session: enSession,
      keyboard: enKeyboard,
      a11y: enA11y,
      sync: enSync,
      admin: enAdmin,
      lookup: enLookup,
      ...validationMessagesEn,
      ...formMessagesEn,
    },
  },
} as const;
