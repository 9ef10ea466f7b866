/**
 * One round of the sync bench: every step timed once, in an order that rotates over the rounds (none
 * always first or last), each after the disk has settled, each against a fresh server — the Node drain,
 * the protocol floor (a bare client in Node), and with a bench page the Chromium drain and the bare
 * client in the same page — then the raw uploads of the Node drain's byte counts to the sinks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { enrollmentCodeIn, freePort, serverProcess, type ServerProcess } from '../tests/integration/helpers/server-process';
import type { ChromiumDrainer, ChromiumKiosk } from './sync-chromium';
import { prepareFloor, runFloor, type FloorRun } from './sync-floor';
import { drain, newTimings, prepareKiosk, type Timings } from './sync-node-kiosk';
import { rawUpload, type RawSink } from './sync-raw';
import { APPS, CHROMIUM_APPS, FLOOR_APPS, fmt, MB, PAGE_BYTES, root } from './sync-settings';

export interface Round {
  /** The drain's application bytes (PUT bodies + attachment ciphertext). */
  bytes: number;
  drainSeconds: number;
  drainRate: number;
  /** The same drain in Chromium (the engine in its Web Worker, Chromium's IndexedDB); null without a page. */
  chromiumRate: number | null;
  /** The bare client's rate in the same page (Chromium's own protocol floor); null without a page. */
  chromiumFloorRate: number | null;
  floorSeconds: number;
  floorRate: number;
  rawRate: number;
  durableRate: number;
  timings: Timings;
  floorRequests: Record<string, { count: number; meanMs: number }>;
  fileSeconds: number;
  /** CPU milliseconds per application of this process (kiosk side, libuv threads included) in each step. */
  cpuMsPerApp: { engine: number; bareClient: number };
}

/**
 * Before each timed step: the disk has written out what the last one left in the page cache (otherwise
 * the second step of a round pays for the first one's writeback, which is what a drain measured right
 * after another drain would show) and the machine has had a moment.
 */
async function quiet(): Promise<void> {
  spawnSync('sync');
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** A fresh real server in its own data folder. */
export async function freshServer(label: string): Promise<{ server: ServerProcess; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `motcua-bench-${label}-`));
  const server = serverProcess({ dataDir, port: await freePort(), root });
  await server.start();
  return {
    server,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One round: the drain (a fresh server, a backlog filed through the real submit path) and the protocol
 * floor (another fresh server, the same kind of backlog sealed beforehand), timed one after the other in
 * the order given (rounds alternate it, so neither always runs on the warmer or the busier machine), then
 * the raw uploads of the drain's byte counts.
 */
export async function runRound(n: number, sink: RawSink, browser: ChromiumDrainer | null): Promise<Round> {
  const target = await freshServer('sync');
  const pageTarget = browser ? await freshServer('sync-chromium') : null;
  const pageFloorTarget = browser ? await freshServer('floor-chromium') : null;
  let pageKiosk: ChromiumKiosk | null = null;
  try {
    process.stdout.write(`bench: sync — round ${n}: filing ${APPS} applications × 2 × 200 KB${browser ? ' (Node and Chromium)' : ''} and sealing ${FLOOR_APPS} for the floor… `);
    const loop = await prepareKiosk(target.server, target.server.url, APPS, `loopback-${n}`);
    const floor = await prepareFloor({ root, count: FLOOR_APPS, pageBytes: PAGE_BYTES });
    if (browser && pageTarget && pageFloorTarget) {
      const codeFor = (server: ServerProcess) => enrollmentCodeIn(server.cli(['enroll-code', '--location', `Bench Chromium ${n}`, '--ward', '00103', '--ward-name', 'Phường Ba Đình']));
      pageKiosk = await browser.prepare({ serverUrl: pageTarget.server.url, code: codeFor(pageTarget.server), count: CHROMIUM_APPS, pageBytes: PAGE_BYTES });
      await pageKiosk.prepareFloor(pageFloorTarget.server.url, codeFor(pageFloorTarget.server));
    }
    console.log(`done (${fmt(loop.fileSeconds + floor.preparedSeconds + (pageKiosk?.filing.fileSeconds ?? 0), 1)} s)`);
    let floorRun: FloorRun | undefined;
    const cpu = { drain: 0, floor: 0 };
    const cpuMs = async (step: () => Promise<void>) => {
      const before = process.cpuUsage();
      await step();
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
    const timings = newTimings();
    let drainSeconds = 0;
    const inPage: { drainSeconds: number | null; floor: { seconds: number; bytes: number } | null } = { drainSeconds: null, floor: null };
    const steps: { name: string; run: () => Promise<void> }[] = [
      { name: 'floor', run: async () => void (cpu.floor = await cpuMs(async () => void (floorRun = await runFloor(floor)))) },
      { name: 'Node drain', run: async () => void (cpu.drain = await cpuMs(async () => void (drainSeconds = await drain(loop, timings)))) },
    ];
    const kiosk = pageKiosk;
    if (kiosk) {
      steps.push({ name: 'Chromium drain', run: async () => void (inPage.drainSeconds = await kiosk.drain()) });
      steps.push({ name: 'Chromium bare client', run: async () => void (inPage.floor = await kiosk.runFloor()) });
    }
    // Each step takes each place in turn over the rounds: none always runs first or last.
    const order = steps.map((_, i) => steps[(i + n - 1) % steps.length]!);
    process.stdout.write(`bench: sync — round ${n}: ${order.map((step) => step.name).join(', then ')}… `);
    try {
      for (const step of order) {
        await quiet();
        await step.run();
      }
    } finally {
      await floor.stop();
    }
    await quiet();
    const raw = await rawUpload(sink.url, loop.sizes);
    const durable = await rawUpload(sink.url, loop.sizes, true);
    const bytes = loop.sizes.reduce((a, b) => a + b, 0);
    const round: Round = {
      bytes,
      drainSeconds,
      drainRate: bytes / drainSeconds,
      chromiumRate: inPage.drainSeconds === null || !kiosk ? null : kiosk.filing.bytes / inPage.drainSeconds,
      chromiumFloorRate: inPage.floor === null ? null : inPage.floor.bytes / inPage.floor.seconds,
      floorSeconds: floorRun!.seconds,
      floorRate: floor.bytes / floorRun!.seconds,
      rawRate: raw.bytes / raw.seconds,
      durableRate: durable.bytes / durable.seconds,
      timings,
      floorRequests: floorRun!.requests,
      fileSeconds: loop.fileSeconds,
      cpuMsPerApp: { engine: cpu.drain / APPS, bareClient: cpu.floor / FLOOR_APPS },
    };
    const chromiumPart =
      round.chromiumRate === null || round.chromiumFloorRate === null
        ? ''
        : `, Chromium drain ${fmt(round.chromiumRate / MB)} MB/s, Chromium bare client ${fmt(round.chromiumFloorRate / MB)} MB/s (drain / bare ${fmt(round.chromiumRate / round.chromiumFloorRate)})`;
    console.log(
      `Node drain ${fmt(round.drainRate / MB)} MB/s, floor ${fmt(round.floorRate / MB)} MB/s (drain / floor ${fmt(round.drainRate / round.floorRate)})${chromiumPart}, raw ${fmt(round.rawRate / MB)} MB/s; ` +
        `kiosk-side CPU per application: Node engine ${fmt(round.cpuMsPerApp.engine, 1)} ms, bare client ${fmt(round.cpuMsPerApp.bareClient, 1)} ms`,
    );
    return round;
  } finally {
    await pageKiosk?.close();
    await pageTarget?.stop();
    await pageFloorTarget?.stop();
    await target.stop();
  }
}
