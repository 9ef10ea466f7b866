/**
 * The sync bench's protocol floor: what the drain's requests cost without the kiosk's own work. The
 * same applications as the drain (filed by the same helper through the real submit path, into a scratch
 * database, then read out into memory with the engine's own `requestBody`), sealed to a FRESH real intake
 * server (same bundle, its own process and data folder, a kiosk enrolled with a one-time code), are sent
 * by a bare client — plain `fetch`, no Dexie, no engine — making the engine's requests: one application
 * at a time, in order, PUT /applications/:clientId, then one tus creation-with-upload POST per attachment
 * the server misses, UPLOAD_CONCURRENCY at a time, each request with a fresh one-time ES256 token (signed
 * just before it). Everything up to the first PUT (filing, reading out, enrolling) is outside the timing.
 *
 * fake-indexeddb must be installed by the caller (`import 'fake-indexeddb/auto'`) for the scratch database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKioskDb } from '../src-renderer/storage';
import { fileBacklog } from '../tests/integration/helpers/kiosk-backlog';
import { enrollmentCodeIn, freePort, serverProcess, type ServerProcess } from '../tests/integration/helpers/server-process';
import { enrollWithCode, type FakeKiosk } from '../tests/server/helpers/kiosk';
import { readSealed, sealedBytes, sendBare, type SealedApplication } from './sync-bare-client';

export interface PreparedFloor {
  server: ServerProcess;
  kiosk: FakeKiosk;
  applications: SealedApplication[];
  /** PUT bodies + attachment ciphertext, counted as the drain counts them. */
  bytes: number;
  requests: number;
  /** Seconds spent starting the server, enrolling, filing and reading out (not part of the floor). */
  preparedSeconds: number;
  stop(): Promise<void>;
}

export interface FloorRun {
  seconds: number;
  /** Per kind of request: count and mean milliseconds to the response headers, token signing included. */
  requests: Record<string, { count: number; meanMs: number }>;
}

export interface FloorOptions {
  root: string;
  count: number;
  pageBytes: number;
}

/** Files `count` applications sealed to the fresh server's key and reads them out into memory. */
async function sealApplications(kiosk: FakeKiosk, options: FloorOptions): Promise<SealedApplication[]> {
  const db = createKioskDb(`motcua-bench-floor-${Date.now()}`);
  try {
    await fileBacklog(db, {
      count: options.count,
      intakeKey: kiosk.device.intakeKeys[0]!,
      pages: 2,
      pageBytes: options.pageBytes,
      catalogDir: path.join(options.root, 'assets', 'catalog'),
    });
    return await readSealed(db);
  } finally {
    await db.delete();
  }
}

/** Starts the fresh server, enrolls a kiosk and seals the applications to it; nothing sent yet. */
export async function prepareFloor(options: FloorOptions): Promise<PreparedFloor> {
  const started = performance.now();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'motcua-bench-floor-'));
  const server = serverProcess({ dataDir, port: await freePort(), root: options.root });
  const stop = async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await server.start();
    const code = enrollmentCodeIn(server.cli(['enroll-code', '--location', 'Bench floor', '--ward', '00103', '--ward-name', 'Phường Ba Đình']));
    const kiosk = await enrollWithCode(server.url, code);
    const applications = await sealApplications(kiosk, options);
    const bytes = sealedBytes(applications);
    const requests = applications.reduce((sum, app) => sum + 1 + app.attachments.length, 0);
    return { server, kiosk, applications, bytes, requests, preparedSeconds: (performance.now() - started) / 1000, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

type Timings = Map<string, { n: number; ms: number }>;

async function timed(timings: Timings, kind: string, call: () => Promise<Response>): Promise<Response> {
  const started = performance.now();
  const response = await call();
  const entry = timings.get(kind) ?? { n: 0, ms: 0 };
  entry.n += 1;
  entry.ms += performance.now() - started;
  timings.set(kind, entry);
  return response;
}

/** The timed part: every prepared application, one at a time, in order. */
export async function runFloor(floor: PreparedFloor): Promise<FloorRun> {
  const timings: Timings = new Map();
  const client = { serverUrl: floor.server.url, authorization: async () => `Bearer ${await floor.kiosk.token()}`, timed: (kind: string, call: () => Promise<Response>) => timed(timings, kind, call) };
  const started = performance.now();
  for (const app of floor.applications) await sendBare(client, app);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, requests: Object.fromEntries([...timings].map(([kind, t]) => [kind, { count: t.n, meanMs: t.ms / t.n }])) };
}
