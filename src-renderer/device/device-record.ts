/** Reading and changing the stored device identity (one `device` row, id `self`). */
import type { IntakeKey, RendererConfig } from '../../src-shared/config/kiosk-config';
import type { DeviceInfo } from '../../src-shared/protocol';
import type { DeviceRecord, KioskDb } from '../storage/db';

/** What the screens may know of the device: no keys. */
export interface DeviceSummary {
  kioskId: string;
  serverUrl: string;
  location: string;
  wardCode: string;
  wardName: string;
  enrolledAt: string;
  /** True once the server said this kiosk is revoked: it must be enrolled again. */
  revoked: boolean;
}

export function summarize(device: DeviceRecord): DeviceSummary {
  return {
    kioskId: device.kioskId,
    serverUrl: device.serverUrl,
    location: device.location,
    wardCode: device.wardCode,
    wardName: device.wardName,
    enrolledAt: device.enrolledAt,
    revoked: device.revokedAt !== undefined,
  };
}

export async function loadDevice(db: KioskDb): Promise<DeviceRecord | undefined> {
  return db.device.get('self');
}

/** The server answered `401 kiosk-revoked`: the kiosk stops sending until it is enrolled again. */
export async function markRevoked(db: KioskDb, now: Date): Promise<void> {
  await db.device.update('self', { revokedAt: now.toISOString() });
}

/** New intake keys and settings from `GET /device` (key rotation, changed intervals). */
export async function updateDeviceInfo(db: KioskDb, info: DeviceInfo): Promise<void> {
  await db.device.update('self', { intakeKeys: info.intakeKeys, settings: info.settings, location: info.location, wardName: info.wardName });
}

/**
 * The key new applications are sealed to: the enrolled device's current intake key (the first of the
 * server's list), else the configuration's `intakeKey` (before enrollment), else undefined.
 */
export async function currentIntakeKey(db: KioskDb, config: Pick<RendererConfig, 'intakeKey'>): Promise<IntakeKey | undefined> {
  try {
    const device = await loadDevice(db);
    if (device && device.revokedAt === undefined && device.intakeKeys.length > 0) return device.intakeKeys[0];
  } catch {
    // Storage unreadable: the configured key still lets the resident file.
  }
  return config.intakeKey;
}
