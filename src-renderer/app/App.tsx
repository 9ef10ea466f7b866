import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskBridge } from '../../src-shared/bridge/kiosk-bridge';
import { AdminScreen } from '../admin/AdminScreen';
import { useAdminShortcut } from '../admin/admin-entry';
import { useAutoEnroll } from '../admin/useAutoEnroll';
import { OnScreenKeyboard } from '../keyboard/ui';
import { JourneyScreen } from '../journey/JourneyScreen';
import { useSessionCatalog } from '../journey/useSessionCatalog';
import { LookupScreen } from '../lookup/LookupScreen';
import { KioskHeader } from '../screens/KioskHeader';
import { StartScreen } from '../screens/StartScreen';
import { SessionGuard } from '../session';
import { useJourneyStore } from '../state/journey-store';
import { useKioskStore } from '../state/kiosk-store';
import { useScreenStore } from '../state/screen-store';
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
  const screen = useScreenStore((s) => s.screen);
  // The server's latest catalog when it has sent one; a session keeps the version it started with.
  const catalog = useSessionCatalog(db, filing);
  const current = catalog.ok ? catalog.catalog : undefined;
  useDocumentLanguage(language);
  useAdminShortcut();
  useAutoEnroll(db, bridge, config);

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
  // The admin screen comes first (a volunteer may open it mid-journey; "Quay lại" returns there), then a
  // journey in progress, then the lookup; otherwise the start screen.
  const content =
    screen === 'admin' ? (
      <AdminScreen catalog={current} />
    ) : filing && current ? (
      <JourneyScreen catalog={current} info={info} />
    ) : screen === 'lookup' ? (
      <LookupScreen db={db} catalog={current} />
    ) : undefined;
  return (
    <ServicesProvider services={{ bridge, db }}>
      {/* One header for every screen: its queue count keeps counting (no remount, no gap) as screens change. */}
      <div className="app-shell">
        <KioskHeader info={info} db={db} />
        {content ?? <StartScreen catalog={current} />}
      </div>
      <SessionGuard config={config.session} />
      <OnScreenKeyboard />
    </ServicesProvider>
  );
}
