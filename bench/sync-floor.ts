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
import { APPLICATION_STATUS_HEADER, applicationStateSchema, applicationStatusSchema, type ApplicationStatus, type SubmitApplicationRequest } from '../src-shared/protocol';
import { createKioskDb } from '../src-renderer/storage';
import { requestBody, UPLOAD_CONCURRENCY } from '../src-renderer/sync/send-application';
import { fileBacklog } from '../tests/integration/helpers/kiosk-backlog';
import { enrollmentCodeIn, freePort, serverProcess, type ServerProcess } from '../tests/integration/helpers/server-process';
import { createWithUpload, putApplication } from '../tests/server/helpers/http';
import { enrollWithCode, type FakeKiosk } from '../tests/server/helpers/kiosk';

interface SealedAttachment {
  id: string;
  ct: Uint8Array<ArrayBuffer>;
  size: number;
}

interface SealedApplication {
  clientId: string;
  body: SubmitApplicationRequest;
  attachments: SealedAttachment[];
}

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
    const backlog = await fileBacklog(db, {
      count: options.count,
      intakeKey: kiosk.device.intakeKeys[0]!,
      pages: 2,
      pageBytes: options.pageBytes,
      catalogDir: path.join(options.root, 'assets', 'catalog'),
    });
    const applications: SealedApplication[] = [];
    for (const { clientId } of backlog) {
      const record = await db.outbox.get(clientId);
      const attachments = await db.attachments.where('clientId').equals(clientId).toArray();
      if (!record) throw new Error(`${clientId} is not in the scratch outbox`);
      applications.push({ clientId, body: requestBody(record, attachments), attachments: attachments.map((a) => ({ id: a.attachmentId, ct: a.ct, size: a.size })) });
    }
    return applications;
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
    const encoder = new TextEncoder();
    const bytes = applications.reduce((sum, app) => sum + encoder.encode(JSON.stringify(app.body)).length + app.attachments.reduce((s, a) => s + a.ct.length, 0), 0);
    const requests = applications.reduce((sum, app) => sum + 1 + app.attachments.length, 0);
    return { server, kiosk, applications, bytes, requests, preparedSeconds: (performance.now() - started) / 1000, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

type Timings = Map<string, { n: number; ms: number }>;

async function timed<T extends Response>(timings: Timings, kind: string, call: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const response = await call();
  const entry = timings.get(kind) ?? { n: 0, ms: 0 };
  entry.n += 1;
  entry.ms += performance.now() - started;
  timings.set(kind, entry);
  return response;
}

/** One application as the engine sends it; throws unless the server acknowledged it with the last upload. */
async function sendOne(floor: PreparedFloor, app: SealedApplication, timings: Timings): Promise<void> {
  const { url } = floor.server;
  const put = await timed(timings, 'PUT applications', () => putApplication(url, floor.kiosk, app.clientId, app.body));
  const text = await put.text();
  if (put.status !== 200 && put.status !== 201) throw new Error(`PUT ${app.clientId}: ${put.status} ${text}`);
  const state = applicationStateSchema.parse(JSON.parse(text));
  const missing = state.missingAttachments.map((id) => {
    const attachment = app.attachments.find((a) => a.id === id);
    if (!attachment) throw new Error(`the server asks for ${app.clientId}/${id}, which the floor did not seal`);
    return attachment;
  });
  let reported: ApplicationStatus = state.status;
  let next = 0;
  const lane = async () => {
    while (next < missing.length) {
      const attachment = missing[next++]!;
      const response = await timed(timings, 'POST uploads', () => createWithUpload(url, floor.kiosk, app.clientId, attachment));
      const body = await response.text();
      if (response.status !== 201 || response.headers.get('upload-offset') !== String(attachment.size)) {
        throw new Error(`upload ${app.clientId}/${attachment.id}: ${response.status} offset ${response.headers.get('upload-offset')} ${body}`);
      }
      const status = applicationStatusSchema.safeParse(response.headers.get(APPLICATION_STATUS_HEADER));
      if (status.success && status.data !== 'pending-attachments') reported = status.data;
    }
  };
  await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, missing.length) }, lane));
  if (reported === 'pending-attachments') throw new Error(`${app.clientId}: no upload answer said the server holds it`);
}

/** The timed part: every prepared application, one at a time, in order. */
export async function runFloor(floor: PreparedFloor): Promise<FloorRun> {
  const timings: Timings = new Map();
  const started = performance.now();
  for (const app of floor.applications) await sendOne(floor, app, timings);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, requests: Object.fromEntries([...timings].map(([kind, t]) => [kind, { count: t.n, meanMs: t.ms / t.n }])) };
}
