import './app/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/fonts';
import './styles/base.css';
import { LanguageSchema } from '../src-shared/config/kiosk-config';
import { createI18n } from './i18n/i18n';
import { ErrorPage } from './screens/ErrorPage';

// The shell shows this page when the kiosk page keeps crashing: it has no bridge and no state.
const params = new URLSearchParams(location.search);
const language = LanguageSchema.catch('vi').parse(params.get('lang'));
const reason = (params.get('reason') ?? '').replace(/[^a-z0-9-]/gi, '').slice(0, 40);
const i18n = createI18n(language);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorPage language={language} reason={reason} />
      </I18nextProvider>
    </StrictMode>,
  );
}
