/**
 * `npm run bench`, sync part (issue 4): how fast a kiosk's backlog reaches the intake server.
 *
 *  1. loopback, in SYNC_BENCH_ROUNDS rounds (default 3; figures are medians): N applications (default
 *     1,000) × 2 attachments × 200 KB, filed through the real submit path, drained by the real sync engine
 *     to a fresh real server (bundled, its own process) on 127.0.0.1, compared in the same round with
 *     - a raw upload of the same byte counts: plain PUTs to a trivial sink process that reads and drops
 *       them (sync-raw.ts), and the same with an fsync per body (durable storage alone). The drain must
 *       also, per application, check a token on each of its 3 requests, open and validate the envelope,
 *       decrypt and hash each attachment, fsync the files and the acknowledging commit, one at a time;
 *     - the same bytes through the intake server from a bare client (sync-floor.ts): the same kind of
 *       applications sealed beforehand, sent with plain fetch, the engine's requests in the engine's order,
 *       to another fresh server. drain / this is the share of the server's pace the kiosk engine keeps.
 *     With the bench page (BENCH_PAGE_URL, served by scripts/bench.mjs), each round also drains a backlog
 *     (SYNC_BENCH_CHROMIUM_APPS, default 300) in headless Chromium, the engine in its Web Worker on
 *     Chromium's IndexedDB as on a kiosk (sync-page.ts), and sends the same kind of backlog from a bare
 *     client in the same page (sync-page-floor.ts). Each step takes each place in turn over the rounds
 *     (sync-round.ts), and the disk is flushed before each timed step (a step would otherwise pay for the
 *     one before's writeback).
 *  2. throttled: M applications (default 30, ≈ 1 minute) through the fault proxy limited to 2 Mbit/s in
 *     each direction, as a ratio of the application bytes per second to the link limit.
 *  3. the server's intake rate in applications per second (from the loopback drains: one kiosk, one
 *     application at a time, as the engine sends them).
 *
 * The main drain runs in Node 22 with fake-indexeddb: the engine is the same code as in the worker, the
 * database an in-memory IndexedDB in JavaScript. Figures, not assertions. Built and run by
 * scripts/bench.mjs; argv[2] is the repository root; SYNC_BENCH_APPS / SYNC_BENCH_FLOOR_APPS (default:
 * the same) / SYNC_BENCH_CHROMIUM_APPS / SYNC_BENCH_THROTTLED_APPS / SYNC_BENCH_ROUNDS change the sizes.
 */
import 'fake-indexeddb/auto';
import 'fake-indexeddb/auto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createFaultProxy } from '../tests/integration/helpers/fault-proxy';
import { ensureServerBuilt } from '../tests/integration/helpers/server-process';
import { median } from './stats.mjs';
import { timeMandatedWork } from './sync-bound';
import { startChromiumDrainer } from './sync-chromium';
import { breakdown, drain, newTimings, prepareKiosk } from './sync-node-kiosk';
import { freshServer, runRound, type Round } from './sync-round';
import { startRawSink } from './sync-raw';
import { APPS, CHROMIUM_APPS, FLOOR_APPS, fmt, GOAL, line, LINK_BYTES_PER_SECOND, MB, PAGE_BYTES, root, ROUNDS, THROTTLED_APPS } from './sync-settings';

async function main(): Promise<void> {
  const started = performance.now();
  ensureServerBuilt(root);
  const sink = await startRawSink();
  const browser = await startChromiumDrainer();
  const browserVersion = browser?.version ?? null;
  const rounds: Round[] = [];
  try {
    for (let n = 1; n <= ROUNDS; n++) rounds.push(await runRound(n, sink, browser));
  } finally {
    await browser?.close();
    await sink.stop();
  }

  const slowTarget = await freshServer('throttled');
  const proxy = await createFaultProxy({ target: slowTarget.server.url, throttleBytesPerSecond: LINK_BYTES_PER_SECOND });
  let slowSeconds: number;
  let slowBytes: number;
  try {
    process.stdout.write(`bench: sync — ${THROTTLED_APPS} applications through the proxy at 2 Mbit/s… `);
    const slow = await prepareKiosk(slowTarget.server, proxy.url, THROTTLED_APPS, 'throttled');
    slowSeconds = await drain(slow, newTimings());
    slowBytes = slow.sizes.reduce((a, b) => a + b, 0);
    console.log(`done (${fmt(slowSeconds, 1)} s)`);
  } finally {
    await proxy.close();
    await slowTarget.stop();
  }
  const wire = proxy.stats();

  const mandated = timeMandatedWork([PAGE_BYTES, PAGE_BYTES]);
  const mid = (pick: (r: Round) => number) => median(rounds.map(pick));
  const loopBytes = rounds[0]!.bytes;
  const middle = [...rounds].sort((a, b) => a.drainRate / a.floorRate - b.drainRate / b.floorRate)[Math.floor(rounds.length / 2)]!;
  const slowRate = slowBytes / slowSeconds;
  const results = {
    rounds: rounds.map((r) => ({
      drainSeconds: r.drainSeconds,
      floorSeconds: r.floorSeconds,
      drainBytesPerSecond: r.drainRate,
      floorBytesPerSecond: r.floorRate,
      rawBytesPerSecond: r.rawRate,
      rawFsyncedBytesPerSecond: r.durableRate,
      drainToFloor: r.drainRate / r.floorRate,
      drainToRaw: r.drainRate / r.rawRate,
      chromiumBytesPerSecond: r.chromiumRate,
      cpuMsPerApp: r.cpuMsPerApp,
    })),
    loopback: {
      applications: APPS,
      bytes: loopBytes,
      bytesPerSecond: mid((r) => r.drainRate),
      ratioToRawUploadToServer: mid((r) => r.drainRate / r.floorRate),
      ratioToDiscardingSink: mid((r) => r.drainRate / r.rawRate),
      ratioToFsyncingSink: mid((r) => r.drainRate / r.durableRate),
      filingSeconds: mid((r) => r.fileSeconds),
    },
    chromium: rounds.every((r) => r.chromiumRate !== null && r.chromiumFloorRate !== null)
      ? {
          chromium: browserVersion,
          applications: CHROMIUM_APPS,
          bytesPerSecond: mid((r) => r.chromiumRate!),
          bareClientBytesPerSecond: mid((r) => r.chromiumFloorRate!),
          ratioToBareClient: mid((r) => r.chromiumRate! / r.chromiumFloorRate!),
          ratioToDiscardingSink: mid((r) => r.chromiumRate! / r.rawRate),
        }
      : null,
    rawUploadToServer: { applications: FLOOR_APPS, bytesPerSecond: mid((r) => r.floorRate), applicationsPerSecond: mid((r) => FLOOR_APPS / r.floorSeconds), requestsByKind: middle.floorRequests },
    discardingSink: { bytesPerSecond: mid((r) => r.rawRate) },
    fsyncingSink: { bytesPerSecond: mid((r) => r.durableRate) },
    throttled: { applications: THROTTLED_APPS, bytes: slowBytes, seconds: slowSeconds, bytesPerSecond: slowRate, linkBytesPerSecond: LINK_BYTES_PER_SECOND, ratio: slowRate / LINK_BYTES_PER_SECOND, wireBytesUp: wire.bytesUp, wireBytesDown: wire.bytesDown },
    intake: { applicationsPerSecond: mid((r) => APPS / r.drainSeconds) },
    mandatedServerWork: {
      msPerApplication: mandated.msPerApplication,
      sinkMsPerApplication: mid((r) => r.bytes / r.rawRate / APPS) * 1000,
    },
    loopbackRequests: Object.fromEntries([...middle.timings.kinds].map(([kind, t]) => [kind, { count: t.n, meanMs: t.ms / t.n }])),
    loopbackKioskOnlyMsPerApplication: middle.timings.quietMs / APPS,
    kioskCpuMsPerApplication: { engine: mid((r) => r.cpuMsPerApp.engine), bareClient: mid((r) => r.cpuMsPerApp.bareClient) },
  };
  const { loopback } = results;
  const perApp = (rate: number) => fmt(loopBytes / rate / APPS * 1000, 1);
  console.log('');
  console.log(`Node ${process.version} + fake-indexeddb (the sync engine outside Chromium), server = dist/server/main.mjs in its own process, ${process.platform}/${process.arch}; medians of ${ROUNDS} rounds`);
  console.log(`sync drain, loopback (${APPS} × 2 × 200 KB, ${fmt(loopBytes / MB, 0)} MB): ${fmt(loopback.bytesPerSecond / MB)} MB/s, ${perApp(loopback.bytesPerSecond)} ms per application`);
  console.log(line(`  vs a raw upload of the same bytes (plain PUTs to a sink that reads and discards them, ${fmt(results.discardingSink.bytesPerSecond / MB)} MB/s; median of the rounds' ratios)`, fmt(loopback.bytesPerSecond / MB), 'MB/s', loopback.ratioToDiscardingSink));
  console.log(`  vs the same PUTs with an fsync per body at the sink (${fmt(results.fsyncingSink.bytesPerSecond / MB)} MB/s): ratio ${fmt(loopback.ratioToFsyncingSink)}`);
  console.log(
    line(`  vs the same bytes through the intake server from a bare client (the same requests, no kiosk engine: ${fmt(results.rawUploadToServer.bytesPerSecond / MB)} MB/s; the ratio is the median of the rounds' own ratios)`, fmt(loopback.bytesPerSecond / MB), 'MB/s', loopback.ratioToRawUploadToServer),
  );
  const { msPerApplication: work, sinkMsPerApplication: sinkMs } = results.mandatedServerWork;
  console.log(
    `  for scale: the work an intake server must do before acknowledging an application (3 token checks, the RSA unwrap, both attachments decrypted and hashed, ` +
      `3 fsyncs and a commit) takes ${fmt(work, 1)} ms alone, in one thread with nothing else (no HTTP, no framework, no database), against ${fmt(sinkMs, 1)} ms for the sink: ` +
      `done after the bytes, as one application at a time does, that alone caps the ratio at ${fmt(sinkMs / (sinkMs + work))}; ` +
      `this server spends ${fmt((loopBytes / loopback.bytesPerSecond / APPS) * 1000, 1)} ms per application in all`,
  );
  if (results.chromium) {
    const c = results.chromium;
    console.log(`sync drain in Chromium ${c.chromium} (the engine in its Web Worker on Chromium's IndexedDB, as on a kiosk; ${CHROMIUM_APPS} × 2 × 200 KB, a fresh server): ${fmt(c.bytesPerSecond / MB)} MB/s`);
    console.log(line(`  vs the same bytes through the intake server from a bare client in the same page (${fmt(c.bareClientBytesPerSecond / MB)} MB/s)`, fmt(c.bytesPerSecond / MB), 'MB/s', c.ratioToBareClient));
    console.log(`  vs the discarding sink: ratio ${fmt(c.ratioToDiscardingSink)}; per round, drain / bare client: ${rounds.map((r) => fmt(r.chromiumRate! / r.chromiumFloorRate!)).join(', ')}`);
  }
  console.log(`  per round, Node drain / bare client through the server: ${rounds.map((r) => fmt(r.drainRate / r.floorRate)).join(', ')}`);
  console.log(line(`sync drain through the proxy at 2 Mbit/s (${THROTTLED_APPS} × 2 × 200 KB, a smaller backlog: ~1 min)`, fmt((slowRate * 8) / 1e6), 'Mbit/s', results.throttled.ratio));
  console.log(line('server intake rate (one kiosk, one application at a time, loopback)', fmt(results.intake.applicationsPerSecond, 1), 'applications/s'));
  console.log(`loopback drain (median round), time to response headers per request as the kiosk sees it: ${breakdown(middle.timings)}`);
  console.log(`loopback drain (median round), per application ${fmt((middle.drainSeconds * 1000) / APPS, 1)} ms, of which ${fmt(middle.timings.quietMs / APPS, 1)} ms with no request in flight (the kiosk's own work: Dexie, hashing, tokens)`);
  console.log(
    `kiosk-side CPU per application (this process, its threads included; the server is another process on the same 2 cores): engine ${fmt(results.kioskCpuMsPerApplication.engine, 1)} ms, ` +
      `bare client ${fmt(results.kioskCpuMsPerApplication.bareClient, 1)} ms — the engine's IndexedDB bookkeeping (here fake-indexeddb, in JavaScript) takes CPU the server would use`,
  );
  console.log(
    'drain = engine start → outbox empty (probe; per application: PUT, then one tus creation-with-upload POST per attachment, two at a time, ' +
      "the last one's answer acknowledging it; delete); application bytes = PUT bodies + attachment ciphertext; raw upload to the server = " +
      'those requests alone, sealed beforehand, from plain fetch with a fresh token each, to a fresh server: the bytes through the same verifying, storing server without the kiosk',
  );
  console.log(
    'the sinks do none of the server\'s work (tokens, envelope, decryption and hashes, fsync before each acknowledgement, ~10–20 ms per application on this machine), ' +
      'so no server that checks and stores can come near them on loopback; on a real link the drain keeps up with the link (the throttled line)',
  );
  const report = path.join(root, 'reports', 'bench-sync.json');
  await mkdir(path.dirname(report), { recursive: true });
  await writeFile(report, `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, goal: GOAL, ...results, durationMs: performance.now() - started }, null, 2)}\n`);
  console.log(`figures in ${path.relative(root, report)} (${fmt((performance.now() - started) / 1000, 1)} s)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nbench (sync): could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
