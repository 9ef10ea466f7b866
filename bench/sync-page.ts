/**
 * The sync drain as the kiosk really runs it, in the bench page in Chromium: the engine in its Web Worker
 * (sync-worker.ts, started by `startSync` as the app does) on the kiosk's IndexedDB (Chromium's own, strict
 * durability), against the real intake server. scripts/bench.mjs builds this page; bench/sync-drain.ts
 * opens it in a fresh browser context per round and calls `window.benchSync`:
 *
 *  - `enrollAndFile`: enrolls the kiosk with a one-time code (a new device key), then files the backlog
 *    through the real submit path (backlog-filing.ts: the same applications as the Node drain's);
 *  - `drain`: starts sync and times it from start to an empty outbox;
 *  - `prepareFloor` / `runFloor`: the same requests from a bare client in the same page (sync-page-floor.ts).
 */
import { enrollKiosk, loadDevice } from '../src-renderer/device';
import { createKioskDb } from '../src-renderer/storage/db';
import { requestBody } from '../src-renderer/sync/send-application';
import { startSync } from '../src-renderer/sync/sync-client';
import birth from '../assets/catalog/birth-registration.json';
import death from '../assets/catalog/death-registration.json';
import { backlogProcedures, fileApplications } from '../tests/integration/helpers/backlog-filing';
import { preparePageFloor, runPageFloor } from './sync-page-floor';

const CATALOG: Record<string, unknown> = { 'birth-registration.json': birth, 'death-registration.json': death };

export interface PageFiling {
  applications: number;
  /** Application bytes as the drain counts them: PUT bodies + attachment ciphertext. */
  bytes: number;
  fileSeconds: number;
}

async function enrollAndFile(options: { serverUrl: string; code: string; count: number; pageBytes: number }): Promise<PageFiling> {
  const db = createKioskDb();
  const enrolled = await enrollKiosk(db, { serverUrl: options.serverUrl, code: options.code, label: 'Bench (Chromium)', appVersion: 'bench' });
  if (!enrolled.ok) throw new Error(`enrollment failed: ${enrolled.reason}`);
  const device = await loadDevice(db);
  if (!device) throw new Error('no device after enrollment');
  const started = performance.now();
  await fileApplications(db, { count: options.count, intakeKey: device.intakeKeys[0]!, procedures: backlogProcedures((file) => CATALOG[file]), pages: 2, pageBytes: options.pageBytes });
  const fileSeconds = (performance.now() - started) / 1000;
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const record of await db.outbox.toArray()) {
    const attachments = await db.attachments.where('clientId').equals(record.clientId).toArray();
    bytes += encoder.encode(JSON.stringify(requestBody(record, attachments))).length + attachments.reduce((sum, a) => sum + a.ct.length, 0);
  }
  db.close();
  return { applications: options.count, bytes, fileSeconds };
}

async function drain(options: { limitMs: number }): Promise<{ seconds: number; mode: string }> {
  const db = createKioskDb();
  const started = performance.now();
  const client = startSync({ db });
  try {
    while ((await db.outbox.count()) > 0) {
      if (performance.now() - started > options.limitMs) throw new Error(`the drain did not finish in ${options.limitMs / 1000} s: ${await db.outbox.count()} left`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { seconds: (performance.now() - started) / 1000, mode: client.mode };
  } finally {
    client.stop();
    db.close();
  }
}

const prepareFloor = (options: { serverUrl: string; code: string; count: number; pageBytes: number }) => preparePageFloor({ ...options, catalog: (file) => CATALOG[file] });

export const benchSync = { enrollAndFile, drain, prepareFloor, runFloor: runPageFloor };
