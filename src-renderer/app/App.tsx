import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskBridge } from '../../src-shared/bridge/kiosk-bridge';
import { useKioskStore } from '../state/kiosk-store';
import { useSessionStore } from '../state/session-store';
import { StartScreen } from '../screens/StartScreen';
import { useDocumentLanguage } from './useDocumentLanguage';

export function App({ bridge }: { bridge: KioskBridge }) {
  const { t } = useTranslation();
  const info = useKioskStore((s) => s.info);
  const load = useKioskStore((s) => s.load);
  const language = useSessionStore((s) => s.language);
  useDocumentLanguage(language);

  useEffect(() => {
    load(bridge).catch((error: unknown) =>
      bridge.log({ level: 'error', message: 'kiosk info failed to load', context: { error: String(error).slice(0, 120) } }),
    );
  }, [bridge, load]);

  if (!info) {
    return (
      <main className="app-loading">
        <p role="status">{t('app.start.loading')}</p>
      </main>
    );
  }
  return <StartScreen info={info} />;
}
