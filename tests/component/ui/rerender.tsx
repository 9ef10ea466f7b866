import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { renderWithI18n } from '../render';

/** RTL's rerender drops the I18nextProvider that renderWithI18n added (and so remounts); keep it. */
export function rerenderWithI18n(result: ReturnType<typeof renderWithI18n>, ui: ReactElement): void {
  result.rerender(<I18nextProvider i18n={result.i18n}>{ui}</I18nextProvider>);
}
