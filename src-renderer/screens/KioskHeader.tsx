import { useTranslation } from 'react-i18next';
import type { KioskInfo } from '../../src-shared/bridge/kiosk-bridge';
import type { KioskDb } from '../storage/db';
import { DisplaySettingsButton } from '../a11y';
import { useLongPress } from '../admin/admin-entry';
import { useScreenStore } from '../state/screen-store';
import { useJourneyStore } from '../state/journey-store';
import { FinishButton } from '../session/FinishButton';
import { QueueCount } from '../session/QueueCount';
import './kiosk-header.css';

export interface KioskHeaderProps {
  info: KioskInfo;
  /** The kiosk's database, for the count of applications waiting to be sent; absent on the error page. */
  db?: KioskDb;
}

/**
 * The top bar on every screen: which service and which kiosk this is, how many applications wait to be
 * sent, "Cỡ chữ và màu" (text size, high contrast, reduced motion, key click), and — while the resident is
 * filing — the "Kết thúc" button that wipes their session. A 3-second press on the kiosk and ward name
 * opens "Quản trị kiosk" for ward IT (in the app, not on the error page).
 */
export function KioskHeader({ info, db }: KioskHeaderProps) {
  const { t } = useTranslation();
  const filing = useJourneyStore((s) => s.procedureId !== undefined);
  const openAdmin = useScreenStore((s) => s.openAdmin);
  const longPress = useLongPress(openAdmin);
  return (
    <header className="kiosk-header">
      <span className="kiosk-header__service">{t('app.title')}</span>
      <span className="kiosk-header__place" {...(db ? longPress : {})}>
        {t('app.start.kioskAt', { kiosk: info.kioskName, ward: info.wardName })}
      </span>
      <span className="kiosk-header__tools">
        {db && <QueueCount db={db} />}
        <DisplaySettingsButton />
        {filing && <FinishButton className="kiosk-header__finish" />}
      </span>
    </header>
  );
}
