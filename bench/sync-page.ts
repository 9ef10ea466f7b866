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
import { createKioskDb } from '../src-renderer/storage/db';
import { startSync } from '../src-renderer/sync/sync-client';
import { readSealed, sealedBytes } from './sync-bare-client';
import { enrollAndFile, type PageBacklog } from './sync-page-backlog';
import { preparePageFloor, runPageFloor } from './sync-page-floor';

export interface PageFiling {
  applications: number;
  /** Application bytes as the drain counts them: PUT bodies + attachment ciphertext. */
  bytes: number;
  fileSeconds: number;
}

async function enrollAndFileKiosk(options: PageBacklog): Promise<PageFiling> {
  const db = createKioskDb();
  const { fileSeconds } = await enrollAndFile(db, options, 'Bench (Chromium)');
  const bytes = sealedBytes(await readSealed(db));
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

export const benchSync = { enrollAndFile: enrollAndFileKiosk, drain, prepareFloor: preparePageFloor, runFloor: runPageFloor };
