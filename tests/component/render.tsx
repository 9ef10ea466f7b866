import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../src-renderer/i18n/i18n';
import type { Language } from '../../src-shared/config/kiosk-config';

/**
 * Render inside a fresh i18next instance (Vietnamese unless told otherwise). The provider is a
 * wrapper, so `rerender` keeps it and the component updates instead of remounting.
 */
export function renderWithI18n(ui: ReactElement, language: Language = 'vi'): RenderResult & { i18n: I18n } {
  const i18n = createI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  const result: RenderResult = render(ui, { wrapper });
  return Object.assign(result, { i18n });
}
