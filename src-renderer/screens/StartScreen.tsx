import { useTranslation } from 'react-i18next';
import type { KioskInfo } from '../../src-shared/bridge/kiosk-bridge';
import { LANGUAGES, type Language } from '../../src-shared/config/kiosk-config';
import { useSessionStore } from '../state/session-store';
import { KioskHeader } from './KioskHeader';
import { Button } from '../ui';
import './start-screen.css';

/** Each language named in itself (no flags). */
const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export function StartScreen({ info }: { info: KioskInfo }) {
  const { t } = useTranslation();
  const language = useSessionStore((s) => s.language);
  const setLanguage = useSessionStore((s) => s.setLanguage);

  return (
    <>
      <KioskHeader info={info} />
      <main className="start" id="main">
        <h1>{t('app.start.heading')}</h1>
        <p className="start__lead">{t('app.start.lead')}</p>
        <p>{t('app.start.help')}</p>

        <fieldset className="start__languages">
          <legend className="start__legend">
            {LANGUAGES.map((lng) => (
              <span key={lng} lang={lng} className="start__legend-part">
                {t('app.start.languageLegend', { lng })}
              </span>
            ))}
          </legend>
          <div className="start__language-buttons">
            {LANGUAGES.map((lng) => (
              <Button
                key={lng}
                variant={language === lng ? 'primary' : 'secondary'}
                size="large"
                guardMs={0}
                lang={lng}
                className="start__language"
                aria-pressed={language === lng}
                icon={language === lng ? '✓' : undefined}
                onClick={() => setLanguage(lng)}
              >
                {LANGUAGE_NAMES[lng]}
              </Button>
            ))}
          </div>
        </fieldset>

        <p className="start__privacy">{t('app.start.privacy')}</p>
      </main>
    </>
  );
}
