/**
 * `npm run bench`, sync part (issue 4): how fast a kiosk's backlog reaches the intake server.
 *
 *  1. loopback: N applications (default 1,000) × 2 attachments × 200 KB, filed through the real submit
 *     path, drained by the real sync engine to the real server (bundled, its own process) on 127.0.0.1;
 *     as a ratio to a raw upload of the same byte counts (plain PUTs to a trivial sink process, same run).
 *     That sink does no work at all; the drain must, per application, check a token on each of its 3
 *     requests, open and validate the envelope, decrypt and hash each attachment, fsync the attachment
 *     files and the acknowledging database commit, one application at a time. So a second reference
 *     is printed: the same PUTs with an fsync per body at the sink (durable storage alone).
 *  1b. the protocol floor (sync-floor.ts): the same applications, sealed beforehand, sent by a bare client
 *     (plain fetch, no Dexie, no engine, the engine's requests in the engine's order) to a fresh server:
 *     the drain as a ratio to it is the share of the protocol's pace the kiosk engine keeps.
 *  2. throttled: M applications (default 30, ≈ 1 minute) through the fault proxy limited to 2 Mbit/s in
 *     each direction, as a ratio of the application bytes per second to the link limit.
 *  3. the server's intake rate in applications per second (from the loopback drain: one kiosk, one
 *     application at a time, as the engine sends them).
 *
 * Runs in Node 22 with fake-indexeddb (not in Chromium): the engine is the same code as in the worker,
 * the database is an in-memory IndexedDB. Figures, not assertions. Built and run by scripts/bench.mjs;
 * argv[2] is the repository root; SYNC_BENCH_APPS / SYNC_BENCH_FLOOR_APPS (default: the same) /
 * SYNC_BENCH_THROTTLED_APPS change the backlog sizes.
 */
import 'fake-indexeddb/auto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDevice } from '../src-renderer/device';
import { createKioskDb, type KioskDb } from '../src-renderer/storage';
import type { FetchLike } from '../src-renderer/sync/http';
import { requestBody } from '../src-renderer/sync/send-application';
import { createFaultProxy } from '../tests/integration/helpers/fault-proxy';
import { fileBacklog, type BacklogApplication } from '../tests/integration/helpers/kiosk-backlog';
import { enrollThrough, startNodeKiosk } from '../tests/integration/helpers/kiosk-node';
import { enrollmentCodeIn, ensureServerBuilt, freePort, serverProcess, type ServerProcess } from '../tests/integration/helpers/server-process';
import { prepareFloor, runFloor } from './sync-floor';
import { rawUpload, startRawSink } from './sync-raw';

const root = path.resolve(process.argv[2] ?? process.cwd());
const APPS = Number(process.env.SYNC_BENCH_APPS ?? 1000);
const FLOOR_APPS = Number(process.env.SYNC_BENCH_FLOOR_APPS ?? APPS);
const THROTTLED_APPS = Number(process.env.SYNC_BENCH_THROTTLED_APPS ?? 30);
const PAGE_BYTES = 200 * 1024;
const LINK_BYTES_PER_SECOND = 2_000_000 / 8;
const GOAL = 0.9;
const DRAIN_LIMIT_MS = 420_000;

const MB = 1024 * 1024;
const fmt = (n: number, digits = 2) => n.toFixed(digits);
const line = (name: string, value: string, unit: string, ratio?: number) =>
  `${name}: ${value} ${unit}${ratio === undefined ? '' : ` (ratio ${fmt(ratio)}, goal ≥ ${GOAL})`}`;

/** Bytes of every request that carries the application: its PUT body, then each attachment's ciphertext. */
async function payloadSizes(db: KioskDb, backlog: readonly BacklogApplication[]): Promise<number[]> {
  const sizes: number[] = [];
  for (const app of backlog) {
    const record = await db.outbox.get(app.clientId);
    const attachments = await db.attachments.where('clientId').equals(app.clientId).toArray();
    if (!record) throw new Error(`${app.clientId} is not in the outbox`);
    sizes.push(new TextEncoder().encode(JSON.stringify(requestBody(record, attachments))).length, ...attachments.map((a) => a.ct.length));
  }
  return sizes;
}

interface Kiosk {
  dbName: string;
  backlog: BacklogApplication[];
  sizes: number[];
  fileSeconds: number;
}

async function prepareKiosk(server: ServerProcess, serverUrl: string, count: number, label: string): Promise<Kiosk> {
  const dbName = `motcua-bench-${label}-${Date.now()}`;
  const db = createKioskDb(dbName);
  const code = enrollmentCodeIn(server.cli(['enroll-code', '--location', `Bench ${label}`, '--ward', '00103', '--ward-name', 'Phường Ba Đình']));
  await enrollThrough(db, serverUrl, code, (input, init) => fetch(input, init));
  const device = await loadDevice(db);
  const started = performance.now();
  const backlog = await fileBacklog(db, { count, intakeKey: device!.intakeKeys[0]!, pages: 2, pageBytes: PAGE_BYTES, catalogDir: path.join(root, 'assets', 'catalog') });
  const fileSeconds = (performance.now() - started) / 1000;
  const sizes = await payloadSizes(db, backlog);
  db.close();
  return { dbName, backlog, sizes, fileSeconds };
}

/**
 * Milliseconds to the response headers, per kind of request (`PUT applications`, `POST uploads`…), and
 * the time with no request in flight (the kiosk's own work between requests: Dexie, hashing, tokens).
 */
interface Timings {
  kinds: Map<string, { n: number; ms: number }>;
  inFlight: number;
  quietSince: number | null;
  quietMs: number;
}
const newTimings = (): Timings => ({ kinds: new Map(), inFlight: 0, quietSince: null, quietMs: 0 });

function timedFetch(timings: Timings): FetchLike {
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
function breakdown(timings: Timings): string {
  return [...timings.kinds.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([kind, { n, ms }]) => `${kind} ${n}× ${fmt(ms / n, 1)} ms`)
    .join(', ');
}

/** Starts the engine on the backlog and waits until the outbox is empty; seconds from start to empty. */
async function drain(kiosk: Kiosk, timings: Timings): Promise<number> {
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

async function main(): Promise<void> {
  const started = performance.now();
  ensureServerBuilt(root);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'motcua-bench-sync-'));
  const server = serverProcess({ dataDir, port: await freePort(), root });
  await server.start();
  const proxy = await createFaultProxy({ target: server.url, throttleBytesPerSecond: LINK_BYTES_PER_SECOND });
  const sink = await startRawSink();
  try {
    process.stdout.write(`bench: sync — filing ${APPS} applications × 2 × 200 KB… `);
    const loop = await prepareKiosk(server, server.url, APPS, 'loopback');
    console.log(`done (${fmt(loop.fileSeconds, 1)} s)`);
    process.stdout.write('bench: sync — draining to the loopback server… ');
    const loopTimings = newTimings();
    const drainSeconds = await drain(loop, loopTimings);
    console.log(`done (${fmt(drainSeconds, 1)} s)`);
    process.stdout.write('bench: sync — raw upload of the same bytes… ');
    const raw = await rawUpload(sink.url, loop.sizes);
    console.log(`done (${fmt(raw.seconds, 1)} s)`);
    process.stdout.write('bench: sync — the same, each body fsynced by the sink… ');
    const durable = await rawUpload(sink.url, loop.sizes, true);
    console.log(`done (${fmt(durable.seconds, 1)} s)`);
    process.stdout.write(`bench: sync — protocol floor: sealing ${FLOOR_APPS} applications for a fresh server… `);
    const floorPrepared = await prepareFloor({ root, count: FLOOR_APPS, pageBytes: PAGE_BYTES });
    console.log(`done (${fmt(floorPrepared.preparedSeconds, 1)} s)`);
    process.stdout.write('bench: sync — protocol floor: sending them with a bare client… ');
    const floorRun = await runFloor(floorPrepared).finally(() => floorPrepared.stop());
    console.log(`done (${fmt(floorRun.seconds, 1)} s)`);

    process.stdout.write(`bench: sync — ${THROTTLED_APPS} applications through the proxy at 2 Mbit/s… `);
    const slow = await prepareKiosk(server, proxy.url, THROTTLED_APPS, 'throttled');
    const slowSeconds = await drain(slow, newTimings());
    console.log(`done (${fmt(slowSeconds, 1)} s)`);

    const loopBytes = loop.sizes.reduce((a, b) => a + b, 0);
    const slowBytes = slow.sizes.reduce((a, b) => a + b, 0);
    const drainRate = loopBytes / drainSeconds;
    const rawRate = raw.bytes / raw.seconds;
    const slowRate = slowBytes / slowSeconds;
    const floorRate = floorPrepared.bytes / floorRun.seconds;
    const wire = proxy.stats();
    const results = {
      loopback: { applications: APPS, bytes: loopBytes, seconds: drainSeconds, bytesPerSecond: drainRate, ratio: drainRate / rawRate, filingSeconds: loop.fileSeconds },
      raw: { requests: loop.sizes.length, bytes: raw.bytes, seconds: raw.seconds, bytesPerSecond: rawRate },
      rawFsynced: { requests: loop.sizes.length, bytes: durable.bytes, seconds: durable.seconds, bytesPerSecond: durable.bytes / durable.seconds },
      protocolFloor: {
        applications: FLOOR_APPS,
        requests: floorPrepared.requests,
        bytes: floorPrepared.bytes,
        seconds: floorRun.seconds,
        bytesPerSecond: floorRate,
        applicationsPerSecond: FLOOR_APPS / floorRun.seconds,
        drainRatio: drainRate / floorRate,
        preparedSeconds: floorPrepared.preparedSeconds,
        requestsByKind: floorRun.requests,
      },
      throttled: { applications: THROTTLED_APPS, bytes: slowBytes, seconds: slowSeconds, bytesPerSecond: slowRate, linkBytesPerSecond: LINK_BYTES_PER_SECOND, ratio: slowRate / LINK_BYTES_PER_SECOND, wireBytesUp: wire.bytesUp, wireBytesDown: wire.bytesDown },
      intake: { applicationsPerSecond: APPS / drainSeconds },
      loopbackRequests: Object.fromEntries([...loopTimings.kinds].map(([kind, t]) => [kind, { count: t.n, meanMs: t.ms / t.n }])),
      loopbackKioskOnlyMsPerApplication: loopTimings.quietMs / APPS,
    };
    console.log('');
    console.log(`Node ${process.version} + fake-indexeddb (the sync engine outside Chromium), server = dist/server/main.mjs in its own process, ${process.platform}/${process.arch}`);
    console.log(line(`sync drain, loopback (${APPS} × 2 × 200 KB, ${fmt(loopBytes / MB, 0)} MB)`, fmt(drainRate / MB), 'MB/s', results.loopback.ratio));
    console.log(line('raw upload of the same bytes (plain PUTs to a sink, same run)', fmt(rawRate / MB), 'MB/s'));
    const durableRate = durable.bytes / durable.seconds;
    console.log(`${line('  for reference: the same with an fsync per body at the sink', fmt(durableRate / MB), 'MB/s')} (drain / this: ${fmt(drainRate / durableRate)})`);
    const floorLabel = `protocol floor (bare client, same requests, one application at a time${FLOOR_APPS === APPS ? '' : `, ${FLOOR_APPS} applications`})`;
    console.log(`${floorLabel}: ${fmt(floorRate / MB)} MB/s, ${fmt(results.protocolFloor.applicationsPerSecond, 1)} applications/s — drain / floor: ${fmt(results.protocolFloor.drainRatio)}`);
    console.log(line(`sync drain through the proxy at 2 Mbit/s (${THROTTLED_APPS} × 2 × 200 KB, a smaller backlog: ~1 min)`, fmt((slowRate * 8) / 1e6), 'Mbit/s', results.throttled.ratio));
    console.log(line('server intake rate (one kiosk, one application at a time, loopback)', fmt(results.intake.applicationsPerSecond, 1), 'applications/s'));
    console.log(`loopback drain, time to response headers per request as the kiosk sees it: ${breakdown(loopTimings)}`);
    console.log(`loopback drain, per application: ${fmt((drainSeconds * 1000) / APPS, 1)} ms, of which ${fmt(loopTimings.quietMs / APPS, 1)} ms with no request in flight (the kiosk's own work: Dexie, hashing, tokens)`);
    console.log(
      'drain = engine start → outbox empty (probe; per application: PUT, then one tus creation-with-upload POST per attachment, two at a time, ' +
        "the last one's answer acknowledging it; delete), application bytes = PUT bodies + attachment ciphertext; " +
        'floor = those requests alone (sealed beforehand, plain fetch, a fresh token each, to a fresh server): the server\'s work and the round trips without the kiosk\'s',
    );
    console.log(
      'what the ratio can reach: the raw line is a sink that reads and drops the bytes; the drain also verifies (tokens, envelope, decryption, hashes) ' +
        'and fsyncs before each acknowledgement, one application at a time, so "drain / fsync sink" is the fairer figure; ≥ 0.9 of the raw line is out of reach without sending applications in parallel',
    );
    const report = path.join(root, 'reports', 'bench-sync.json');
    await mkdir(path.dirname(report), { recursive: true });
    await writeFile(report, `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, goal: GOAL, ...results, durationMs: performance.now() - started }, null, 2)}\n`);
    console.log(`figures in ${path.relative(root, report)} (${fmt((performance.now() - started) / 1000, 1)} s)`);
  } finally {
    await sink.stop();
    await proxy.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nbench (sync): could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
