import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../src-shared/config/kiosk-config';

/** Keep i18next, <html lang> and the document title in step with the chosen language. */
export function useDocumentLanguage(language: Language, titleKey = 'app.documentTitle'): void {
  const { i18n, t } = useTranslation();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.title = t(titleKey, { lng: language });
  }, [i18n, language, t, titleKey]);
}
