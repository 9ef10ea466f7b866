/** Shared setup for the sync tests: an enrolled kiosk with queued applications and a fake server. */
import { enrollKiosk } from '../../../src-renderer/device/enroll';
import type { KioskDb } from '../../../src-renderer/storage/db';
import { submitApplication } from '../../../src-renderer/storage/submit';
import { SyncEngine, type EngineDeps } from '../../../src-renderer/sync/engine';
import type { SyncView } from '../../../src-renderer/sync/sync-store';
import { freshDb, makeServerKeys, submitInput, type ServerKeys } from '../storage/harness';
import { FakeIntakeServer, GOOD_CODE, ORIGIN } from './fake-server';

let keys: ServerKeys | undefined;
export async function serverKeys(): Promise<ServerKeys> {
  keys ??= await makeServerKeys();
  return keys;
}

export interface Kiosk {
  db: KioskDb;
  server: FakeIntakeServer;
  engine: SyncEngine;
  views: SyncView[];
  /** Delays the engine asked its timer for, in order. */
  delays: number[];
  /** Runs the callback of the last timer the engine set (as if the time had come) and waits for the pass. */
  fireTimer(): Promise<void>;
  random: { value: number };
}

/** `engine`: engine settings under test (timeouts, the one-request upload limit). */
export async function enrolledKiosk(options: { enroll?: boolean; engine?: Pick<EngineDeps, 'timeouts' | 'singleRequestUploadBytes'> } = {}): Promise<Kiosk> {
  const k = await serverKeys();
  const server = new FakeIntakeServer({ kid: 'intake-2026-01', publicKeyJwk: k.publicJwk as never });
  const db = freshDb();
  if (options.enroll !== false) {
    const result = await enrollKiosk(db, { serverUrl: ORIGIN, code: GOOD_CODE, fetch: server.fetch });
    if (!result.ok) throw new Error(`enrollment failed: ${result.reason}`);
  }
  const views: SyncView[] = [];
  const delays: number[] = [];
  let pending: (() => void) | null = null;
  const random = { value: 0.5 };
  const engine = new SyncEngine({
    ...options.engine,
    db,
    fetch: server.fetch,
    publish: (view) => views.push(view),
    random: () => random.value,
    setTimer: (callback, ms) => {
      delays.push(ms);
      pending = callback;
      return callback;
    },
    clearTimer: (handle) => {
      if (pending === handle) pending = null;
    },
  });
  return {
    db,
    server,
    engine,
    views,
    delays,
    random,
    async fireTimer() {
      const callback = pending;
      pending = null;
      if (!callback) throw new Error('no timer is set');
      callback();
      await engine.idle();
    },
  };
}

/** Files `count` applications one minute apart (two attachments each); returns their client ids in order. */
export async function fileApplications(db: KioskDb, count: number, start = Date.parse('2026-11-24T03:00:00Z')): Promise<string[]> {
  const k = await serverKeys();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await submitApplication(db, submitInput(k, { now: new Date(start + i * 60_000) }));
    if (!result.ok) throw new Error(result.reason);
    ids.push(result.clientId);
  }
  return ids;
}

/** Runs one pass to its end. */
export async function syncOnce(kiosk: Kiosk): Promise<void> {
  kiosk.engine.syncNow();
  await kiosk.engine.idle();
}

export function lastView(kiosk: Kiosk): SyncView {
  const view = kiosk.views.at(-1);
  if (!view) throw new Error('nothing published');
  return view;
}
