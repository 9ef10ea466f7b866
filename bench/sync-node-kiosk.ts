/**
 * The Node kiosk of the sync bench: a backlog filed through the real submit path into fake-indexeddb,
 * drained by the real sync engine (tests/integration/helpers/kiosk-node.ts), each request timed.
 * fake-indexeddb must be installed by the caller (`import 'fake-indexeddb/auto'`).
 */
import path from 'node:path';
import { loadDevice } from '../src-renderer/device';
import { createKioskDb } from '../src-renderer/storage';
import type { FetchLike } from '../src-renderer/sync/http';
import { fileBacklog, type BacklogApplication } from '../tests/integration/helpers/kiosk-backlog';
import { enrollThrough, startNodeKiosk } from '../tests/integration/helpers/kiosk-node';
import { enrollmentCodeIn, type ServerProcess } from '../tests/integration/helpers/server-process';
import { readSealed, requestSizes } from './sync-bare-client';
import { DRAIN_LIMIT_MS, fmt, PAGE_BYTES, root } from './sync-settings';

export interface Kiosk {
  dbName: string;
  backlog: BacklogApplication[];
  sizes: number[];
  fileSeconds: number;
}

export async function prepareKiosk(server: ServerProcess, serverUrl: string, count: number, label: string): Promise<Kiosk> {
  const dbName = `motcua-bench-${label}-${Date.now()}`;
  const db = createKioskDb(dbName);
  const code = enrollmentCodeIn(server.cli(['enroll-code', '--location', `Bench ${label}`, '--ward', '00103', '--ward-name', 'Phường Ba Đình']));
  await enrollThrough(db, serverUrl, code, (input, init) => fetch(input, init));
  const device = await loadDevice(db);
  const started = performance.now();
  const backlog = await fileBacklog(db, { count, intakeKey: device!.intakeKeys[0]!, pages: 2, pageBytes: PAGE_BYTES, catalogDir: path.join(root, 'assets', 'catalog') });
  const fileSeconds = (performance.now() - started) / 1000;
  // The bytes of every request that carries an application, in order: its PUT body, then its attachments.
  const sizes = (await readSealed(db)).flatMap(requestSizes);
  db.close();
  return { dbName, backlog, sizes, fileSeconds };
}

/**
 * Milliseconds to the response headers, per kind of request (`PUT applications`, `POST uploads`…), and
 * the time with no request in flight (the kiosk's own work between requests: Dexie, hashing, tokens).
 */
export interface Timings {
  kinds: Map<string, { n: number; ms: number }>;
  inFlight: number;
  quietSince: number | null;
  quietMs: number;
}
export const newTimings = (): Timings => ({ kinds: new Map(), inFlight: 0, quietSince: null, quietMs: 0 });

export function timedFetch(timings: Timings): FetchLike {
  return async (input, init) => {
    const parts = new URL(input).pathname.split('/');
    const kind = `${init?.method ?? 'GET'} ${parts[3] ?? parts[1] ?? ''}`;
    const started = performance.now();
    if (timings.inFlight++ === 0 && timings.quietSince !== null) timings.quietMs += started - timings.quietSince;
    try {
      return await fetch(input, init);
    } finally {
      const ended = performance.now();
      if (--timings.inFlight === 0) timings.quietSince = ended;
      const entry = timings.kinds.get(kind) ?? { n: 0, ms: 0 };
      entry.n += 1;
      entry.ms += ended - started;
      timings.kinds.set(kind, entry);
    }
  };
}

/** "PUT applications 1000× 21.3 ms, …": where a drain's time goes, as the kiosk sees it. */
export function breakdown(timings: Timings): string {
  return [...timings.kinds.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([kind, { n, ms }]) => `${kind} ${n}× ${fmt(ms / n, 1)} ms`)
    .join(', ');
}

/** Starts the engine on the backlog and waits until the outbox is empty; seconds from start to empty. */
export async function drain(kiosk: Kiosk, timings: Timings): Promise<number> {
  const observer = createKioskDb(kiosk.dbName);
  const started = performance.now();
  const node = startNodeKiosk({ dbName: kiosk.dbName, fetch: timedFetch(timings), maxDelayMs: 100 });
  try {
    while ((await observer.outbox.count()) > 0) {
      if (performance.now() - started > DRAIN_LIMIT_MS) throw new Error(`drain did not finish in ${DRAIN_LIMIT_MS / 1000} s: ${await observer.outbox.count()} left, ${JSON.stringify(node.views.at(-1))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return (performance.now() - started) / 1000;
  } finally {
    await node.engine.stop();
    node.db.close();
    observer.close();
  }
}
