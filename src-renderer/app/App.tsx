import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskBridge } from '../../src-shared/bridge/kiosk-bridge';
import { OnScreenKeyboard } from '../keyboard/ui';
import { JourneyScreen } from '../journey/JourneyScreen';
import { loadShippedCatalog } from '../journey/catalog';
import { KioskHeader } from '../screens/KioskHeader';
import { StartScreen } from '../screens/StartScreen';
import { SessionGuard } from '../session';
import { useJourneyStore } from '../state/journey-store';
import { useKioskStore } from '../state/kiosk-store';
import { useSessionStore } from '../state/session-store';
import type { KioskDb } from '../storage';
import { ServicesProvider } from './services';
import { useDocumentLanguage } from './useDocumentLanguage';

export function App({ bridge, db }: { bridge: KioskBridge; db: KioskDb }) {
  const { t } = useTranslation();
  const info = useKioskStore((s) => s.info);
  const config = useKioskStore((s) => s.config);
  const load = useKioskStore((s) => s.load);
  const language = useSessionStore((s) => s.language);
  const filing = useJourneyStore((s) => s.procedureId !== undefined);
  const catalog = loadShippedCatalog();
  useDocumentLanguage(language);

  useEffect(() => {
    load(bridge).catch((error: unknown) =>
      bridge.log({ level: 'error', message: 'kiosk info failed to load', context: { error: String(error).slice(0, 120) } }),
    );
  }, [bridge, load]);

  useEffect(() => {
    if (!catalog.ok) bridge.log({ level: 'error', message: 'catalog failed to load', context: { errors: catalog.errors.slice(0, 5).join(' | ').slice(0, 400) } });
  }, [bridge, catalog]);

  if (!info || !config) {
    return (
      <main className="app-loading">
        <p role="status">{t('app.start.loading')}</p>
      </main>
    );
  }
  return (
    <ServicesProvider services={{ bridge, db }}>
      {filing && catalog.ok ? (
        <div className="app-shell">
          <KioskHeader info={info} db={db} />
          <JourneyScreen catalog={catalog.catalog} info={info} />
        </div>
      ) : (
        <StartScreen info={info} db={db} catalog={catalog.ok ? catalog.catalog : undefined} />
      )}
      <SessionGuard config={config.session} />
      <OnScreenKeyboard />
    </ServicesProvider>
  );
}
