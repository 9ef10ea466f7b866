/**
 * A kiosk in the bench page, enrolled to a real server with a one-time code (a new device key), its
 * backlog filed through the real submit path (backlog-filing.ts: the same applications as in Node).
 */
import { enrollKiosk, loadDevice } from '../src-renderer/device';
import type { DeviceRecord, KioskDb } from '../src-renderer/storage/db';
import birth from '../assets/catalog/birth-registration.json';
import death from '../assets/catalog/death-registration.json';
import { backlogProcedures, fileApplications } from '../tests/integration/helpers/backlog-filing';

const CATALOG: Record<string, unknown> = { 'birth-registration.json': birth, 'death-registration.json': death };

export interface PageBacklog {
  serverUrl: string;
  code: string;
  count: number;
  pageBytes: number;
}

/** Enrolls `db`'s kiosk, then files the backlog; the filing's seconds are returned with the device. */
export async function enrollAndFile(db: KioskDb, options: PageBacklog, label: string): Promise<{ device: DeviceRecord; fileSeconds: number }> {
  const enrolled = await enrollKiosk(db, { serverUrl: options.serverUrl, code: options.code, label, appVersion: 'bench' });
  if (!enrolled.ok) throw new Error(`enrollment failed: ${enrolled.reason}`);
  const device = await loadDevice(db);
  if (!device) throw new Error('no device after enrollment');
  const started = performance.now();
  await fileApplications(db, { count: options.count, intakeKey: device.intakeKeys[0]!, procedures: backlogProcedures((file) => CATALOG[file]), pages: 2, pageBytes: options.pageBytes });
  return { device, fileSeconds: (performance.now() - started) / 1000 };
}
