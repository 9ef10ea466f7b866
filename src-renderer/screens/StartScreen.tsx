import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../src-shared/config/kiosk-config';
import { useSessionStore } from '../state/session-store';
import type { Catalog } from '../../src-shared/catalog';
import { SessionNotice } from '../session';
import { ProcedureTiles } from '../journey/ProcedureTiles';
import { useJourneyStore } from '../state/journey-store';
import { useScreenStore } from '../state/screen-store';
import { Button } from '../ui';
import './start-screen.css';

/** Each language named in itself (no flags). */
const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export interface StartScreenProps {
  /** Undefined when the shipped catalog failed to load (logged): the screen says so instead of tiles. */
  catalog: Catalog | undefined;
}

export function StartScreen({ catalog }: StartScreenProps) {
  const { t } = useTranslation();
  const start = useJourneyStore((s) => s.start);
  const language = useSessionStore((s) => s.language);
  const setLanguage = useSessionStore((s) => s.setLanguage);
  const showScreen = useScreenStore((s) => s.show);

  return (
    <main className="start" id="main">
      <SessionNotice />
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

      {/* Filing first (why most people come); the lookup for those who filed before follows the tiles. */}
      {catalog ? (
        <ProcedureTiles procedures={catalog.procedures} language={language} onChoose={start} />
      ) : (
        <p role="alert">{t('app.start.catalogError')}</p>
      )}

      <section className="start__lookup" aria-labelledby="start-lookup">
        <div className="start__lookup-text">
          <h2 id="start-lookup" className="start__lookup-heading">
            {t('lookup.start.heading')}
          </h2>
          <p>{t('lookup.start.text')}</p>
        </div>
        <Button variant="secondary" size="large" className="start__lookup-button" onClick={() => showScreen('lookup')}>
          {t('lookup.start.button')}
        </Button>
      </section>

      <p className="start__privacy">{t('app.start.privacy')}</p>
  </main>
);
}
