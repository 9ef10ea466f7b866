import type { DeviceInfo } from '../../src-shared/protocol';
import type { KioskRow } from '../storage/store';
import type { RouteContext } from './context';

export function deviceInfo(ctx: RouteContext, kiosk: KioskRow): DeviceInfo {
  return {
    kioskId: kiosk.kioskId,
    location: kiosk.location,
    wardCode: kiosk.wardCode,
    wardName: kiosk.wardName,
    intakeKeys: ctx.keys.intakeKeys(),
    settings: ctx.config.settings,
    serverTime: ctx.now().toISOString(),
  };
}
