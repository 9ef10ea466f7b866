import './app/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/fonts';
import './styles/base.css';
import './styles/print.css';
import { ensureKioskBridge } from './host/browser-host';
import { createI18n } from './i18n/i18n';
import { useSessionStore } from './state/session-store';
import { App } from './app/App';
import { reportUncaughtErrors } from './app/report-errors';

const bridge = ensureKioskBridge();
reportUncaughtErrors(bridge);
const config = await bridge.getConfig();
useSessionStore.setState({ language: config.defaultLanguage, defaultLanguage: config.defaultLanguage });
const i18n = createI18n(config.defaultLanguage);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={bridge} />
      </I18nextProvider>
    </StrictMode>,
  );
}
