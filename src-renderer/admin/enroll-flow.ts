/**
 * Enrolling from the admin screen: to the configured server at once; to another server through the host
 * (`setServerUrl`, so the CSP lets the page reach it), one reload, and then the enrollment continues with
 * the address and code kept for that reload (pending-enrollment.ts).
 */
import type { KioskBridge } from '../../src-shared/bridge/kiosk-bridge';
import { originOfServerUrl } from '../../src-shared/security/csp';
import type { DeviceSummary } from '../device/device-record';
import type { EnrollFailure } from '../device/enroll';
import { useDeviceStore } from '../device/device-store';
import type { KioskDb } from '../storage/db';
import { pageReload, savePendingEnrollment } from './pending-enrollment';

/** `save-failed`: the host could not keep the new address (disk); nothing changed. */
export type EnrollFlowFailure = EnrollFailure | 'save-failed';

export type EnrollFlowResult =
  | { kind: 'enrolled'; device: DeviceSummary }
  | { kind: 'reloading' }
  | { kind: 'failed'; reason: EnrollFlowFailure };

export interface EnrollFlowInput {
  db: KioskDb;
  bridge: KioskBridge;
  /** The server the page may reach now (configuration, or the address saved at the last enrollment). */
  configuredServerUrl: string | undefined;
  /** Checked by `checkServerAddress`. */
  address: { url: string; origin: string };
  code: string;
  /** After the reload: enroll where we are, never switch servers again (no reload loop). */
  continuing?: boolean;
}

export async function runEnrollment({ db, bridge, configuredServerUrl, address, code, continuing = false }: EnrollFlowInput): Promise<EnrollFlowResult> {
  if (!continuing && originOfServerUrl(configuredServerUrl) !== address.origin) {
    const saved = await bridge.setServerUrl(address.origin).catch(() => ({ ok: false as const, reason: 'failed' as const }));
    if (!saved.ok) return { kind: 'failed', reason: saved.reason === 'invalid' ? 'bad-address' : 'save-failed' };
    savePendingEnrollment({ serverUrl: address.url, code });
    pageReload.reload();
    return { kind: 'reloading' };
  }
  const result = await useDeviceStore
    .getState()
    .enroll(db, address.url, code)
    .catch(() => ({ ok: false as const, reason: 'server-error' as const }));
  return result.ok ? { kind: 'enrolled', device: result.device } : { kind: 'failed', reason: result.reason };
}
