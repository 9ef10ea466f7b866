/**
 * The bench page's bare client (Chromium's protocol floor, sync-bare-client.ts): the same requests the
 * engine makes, from the same browser, with nothing of the engine — the applications are filed and read
 * out of IndexedDB into memory first (not timed), then sent one at a time with plain `fetch` from the page.
 * drain / this is the share of the browser's own pace that the engine keeps.
 */
import { bearer } from '../src-renderer/device';
import { createKioskDb } from '../src-renderer/storage/db';
import { readSealed, sealedBytes, sendBare, type BareClient, type SealedApplication } from './sync-bare-client';
import { enrollAndFile, type PageBacklog } from './sync-page-backlog';

let prepared: { client: BareClient; sealed: SealedApplication[]; bytes: number } | null = null;

/** Enrolls with the code, files the applications into a scratch database and reads them out (not timed). */
export async function preparePageFloor(options: PageBacklog): Promise<{ bytes: number }> {
  const db = createKioskDb('motcua-bench-floor');
  const { device } = await enrollAndFile(db, options, 'Bench floor (Chromium)');
  const sealed = await readSealed(db);
  await db.delete();
  const bytes = sealedBytes(sealed);
  prepared = { client: { serverUrl: options.serverUrl, authorization: () => bearer(device, new Date()) }, sealed, bytes };
  return { bytes };
}

/** The timed part: every prepared application, one at a time, in order. */
export async function runPageFloor(): Promise<{ seconds: number; bytes: number }> {
  if (!prepared) throw new Error('preparePageFloor first');
  const { client, sealed, bytes } = prepared;
  prepared = null;
  const started = performance.now();
  for (const app of sealed) await sendBare(client, app);
  return { seconds: (performance.now() - started) / 1000, bytes };
}
