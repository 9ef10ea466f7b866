import { useTranslation } from 'react-i18next';
import type { KioskInfo } from '../../src-shared/bridge/kiosk-bridge';
import './kiosk-header.css';

/** The top bar on every screen: which service and which kiosk this is. */
export function KioskHeader({ info }: { info: KioskInfo }) {
  const { t } = useTranslation();
  return (
    <header className="kiosk-header">
      <span className="kiosk-header__service">{t('app.title')}</span>
      <span className="kiosk-header__place">{t('app.start.kioskAt', { kiosk: info.kioskName, ward: info.wardName })}</span>
    </header>
  );
}
