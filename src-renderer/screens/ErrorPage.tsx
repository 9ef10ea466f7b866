import { useTranslation } from 'react-i18next';
import type { Language } from '../../src-shared/config/kiosk-config';
import { useDocumentLanguage } from '../app/useDocumentLanguage';
import './error-page.css';

/** The shell's "this machine has a problem" page, shown after the crash-recovery budget is spent. */
export function ErrorPage({ language, reason }: { language: Language; reason: string }) {
  const { t } = useTranslation();
  useDocumentLanguage(language, 'app.error.documentTitle');
  return (
    <main className="error-page">
      <h1>{t('app.error.heading')}</h1>
      <p className="error-page__body">{t('app.error.body')}</p>
      <a className="error-page__retry" href="./index.html">
        {t('app.error.retry')}
      </a>
      {reason && <p className="error-page__code">{t('app.error.code', { reason })}</p>}
    </main>
  );
}
