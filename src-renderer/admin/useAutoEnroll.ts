import { useEffect, useRef } from 'react';
import type { KioskBridge } from '../../src-shared/bridge/kiosk-bridge';
import type { RendererConfig } from '../../src-shared/config/kiosk-config';
import { useDeviceStore } from '../device/device-store';
import { useScreenStore } from '../state/screen-store';
import type { KioskDb } from '../storage/db';
import { runEnrollment } from './enroll-flow';
import { checkServerAddress } from './enrollment-input';
import { clearPendingEnrollment, peekPendingEnrollment } from './pending-enrollment';

/**
 * At start: read the device identity; if an enrollment was waiting for the reload to a new server, open
 * the admin screen, which continues it; otherwise, when the kiosk is not enrolled and the configuration
 * carries a one-time `enrollmentCode` (how `npm start` provisions a newcomer's kiosk), enroll to
 * `config.serverUrl` by itself. The outcome goes to the log (no code in it); ward IT sees the state on
 * the admin screen.
 */
export function useAutoEnroll(db: KioskDb, bridge: KioskBridge, config: RendererConfig | undefined): void {
  const load = useDeviceStore((s) => s.load);
  const loaded = useDeviceStore((s) => s.loaded);
  const tried = useRef(false);

  useEffect(() => {
    void load(db);
  }, [db, load]);

  useEffect(() => {
    if (!loaded || !config || tried.current) return;
    tried.current = true;
    const device = useDeviceStore.getState().device;
    const enrolled = device !== null && !device.revoked;
    if (peekPendingEnrollment()) {
      if (enrolled) clearPendingEnrollment();
      else useScreenStore.getState().openAdmin();
      return;
    }
    if (device !== null || !config.enrollmentCode || !config.serverUrl) return;
    const address = checkServerAddress(config.serverUrl);
    if (!address.ok) {
      bridge.log({ level: 'warn', message: 'auto-enrollment skipped: serverUrl is not an http(s) address' });
      return;
    }
    void runEnrollment({ db, bridge, configuredServerUrl: config.serverUrl, address, code: config.enrollmentCode, continuing: true }).then((result) =>
      bridge.log(
        result.kind === 'enrolled'
          ? { level: 'info', message: 'auto-enrollment done', context: { kioskId: result.device.kioskId } }
          : { level: 'warn', message: 'auto-enrollment failed', context: { reason: result.kind === 'failed' ? result.reason : result.kind } },
      ),
    );
  }, [loaded, config, db, bridge]);
}
