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
import { createKioskDb, requestPersistentStorage } from './storage';
import { reportUncaughtErrors } from './app/report-errors';
import { useDeviceStore } from './device/device-store';
import { startSync } from './sync';

const bridge = ensureKioskBridge();
reportUncaughtErrors(bridge);
const config = await bridge.getConfig();
useSessionStore.setState({ language: config.defaultLanguage, defaultLanguage: config.defaultLanguage });
const i18n = createI18n(config.defaultLanguage);
const db = createKioskDb();
// Ask the browser not to evict the outbox under storage pressure (Electron grants it; logged either way).
void requestPersistentStorage(navigator).then((status) => bridge.log({ level: 'info', message: 'storage persistence', context: { ...status } }));
// The device identity (enrollment) and the sync worker: sends the outbox whenever the server is reachable.
// Sync starts once the stored identity is read, so its first pass already knows the device (no second pass).
void useDeviceStore.getState().load(db).finally(() => startSync({ db }));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={bridge} db={db} />
      </I18nextProvider>
    </StrictMode>,
  );
}
