/**
 * Issue 4, first "Done when": once the kiosk showed a receipt, the ward gets the application — once,
 * complete, unaltered — whatever the network, the server and the kiosk's power do in between.
 *
 * The real server (the bundled dist/server/main.mjs, a child process killed with SIGKILL and restarted on
 * the same port and data folder), the fault proxy in front of it, and the kiosk's real sync engine in Node
 * (fake-indexeddb) enrolled through the proxy. 100 applications with 1–3 attachments each drain through
 * ≥ 50 injected faults: uploads cut half-way, answers lost after the server did the work, 5xx, captive
 * portals, redirects, long stalls, two server kills mid-upload, and three kiosk "power cuts" right after
 * the server acknowledged and before the outbox delete.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PATHS } from '../../src-shared/protocol';
import { loadDevice } from '../../src-renderer/device';
import { createKioskDb, type KioskDb } from '../../src-renderer/storage';
import type { FetchLike } from '../../src-renderer/sync/http';
import { createFaultProxy, FAULT_KINDS, type FaultProxy } from './helpers/fault-proxy';
import { fileBacklog, type BacklogApplication } from './helpers/kiosk-backlog';
import { enrollThrough, startNodeKiosk, type NodeKiosk } from './helpers/kiosk-node';
import { checkAttachments, readServerHoldings } from './helpers/server-inspect';
import { enrollmentCodeIn, ensureServerBuilt, freePort, serverProcess, type ServerProcess } from './helpers/server-process';
import { EXACTLY_ONCE_RULES } from './helpers/sync-fault-plan';

const APPLICATIONS = 100;
/**
 * Server kills at these requests that carry attachment bytes (a PATCH, or a creation POST with the bytes;
 * counted as the kiosk sends them), kiosk crashes at these acknowledgements.
 */
const KILL_AT_UPLOAD = [25, 90];
/** The kiosk's request timeouts (its defaults are 8 s, 8 s and 60 s): stalls end sooner. */
const TIMEOUTS = { request: 3_000, probe: 3_000, tus: 3_000 };
/** Attachments up to this size go in one request; larger ones are created, then PATCHed: both paths run. */
const SINGLE_REQUEST_UPLOAD_BYTES = 50_000;
const CRASH_AT_ACK = [10, 45, 80];
const DRAIN_LIMIT_MS = 170_000;

let dataDir: string;
let server: ServerProcess;
let proxy: FaultProxy;
let kiosk: NodeKiosk | undefined;

beforeAll(async () => {
  ensureServerBuilt();
  dataDir = await mkdtemp(path.join(tmpdir(), 'motcua-exactly-once-'));
  server = serverProcess({ dataDir, port: await freePort() });
  await server.start();
  proxy = await createFaultProxy({ target: server.url, seed: 2026, maxStallMs: 10_000 });
}, 180_000);

afterAll(async () => {
  await kiosk?.engine.stop();
  await proxy?.close();
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('delivers 100 applications exactly once through network faults, server kills and kiosk crashes', async () => {
  const dbName = `motcua-kiosk-exactly-once-${Date.now()}`;
  const code = enrollmentCodeIn(server.cli(['enroll-code', '--location', 'Nhà văn hoá tổ dân phố 5', '--ward', '00103', '--ward-name', 'Phường Ba Đình']));
  const setup = createKioskDb(dbName);
  await enrollThrough(setup, proxy.url, code, (input, init) => fetch(input, init));
  const device = await loadDevice(setup);
  expect(device?.serverUrl).toBe(proxy.url);
  const backlog: BacklogApplication[] = await fileBacklog(setup, {
    count: APPLICATIONS,
    intakeKey: device!.intakeKeys[0]!,
    pages: [1, 3],
    pageBytes: [3_000, 100_000],
  });
  setup.close();

  // The network between kiosk and server; the server is killed while the bytes of an upload flow.
  let uploads = 0;
  let kills = 0;
  let restarting: Promise<void> = Promise.resolve();
  const network: FetchLike = (input, init) => {
    const carriesBytes = init?.method === 'PATCH' || (init?.method === 'POST' && init.body !== undefined && init.body !== null);
    if (carriesBytes && new URL(input).pathname.startsWith(PATHS.uploads)) {
      uploads += 1;
      if (KILL_AT_UPLOAD.includes(uploads)) {
        kills += 1;
        restarting = (async () => {
          await server.kill();
          await sleep(400);
          await server.start();
        })();
      }
    }
    return fetch(input, init);
  };

  let acks = 0;
  const crashedAfterAck: string[] = [];
  const stillQueuedAfterCrash: string[] = [];
  const startKiosk = () =>
    startNodeKiosk({
      dbName,
      fetch: network,
      timeouts: TIMEOUTS,
      singleRequestUploadBytes: SINGLE_REQUEST_UPLOAD_BYTES,
      crashOnAck: ({ clientId }) => {
        acks += 1;
        if (!CRASH_AT_ACK.includes(acks)) return false;
        crashedAfterAck.push(clientId);
        return true;
      },
    });

  proxy.setRules(EXACTLY_ONCE_RULES);
  const observer: KioskDb = createKioskDb(dbName);
  kiosk = startKiosk();
  const started = Date.now();
  while ((await observer.outbox.count()) > 0) {
    if (Date.now() - started > DRAIN_LIMIT_MS) throw new Error(`outbox still holds ${await observer.outbox.count()} after ${DRAIN_LIMIT_MS / 1000} s; last view ${JSON.stringify(kiosk.views.at(-1))}`);
    if (kiosk.crashed) {
      await kiosk.engine.stop();
      const lost = crashedAfterAck.at(-1)!;
      if ((await observer.outbox.get(lost)) !== undefined) stillQueuedAfterCrash.push(lost);
      kiosk = startKiosk(); // the kiosk "boots again" on the same database
    }
    await sleep(100);
  }
  await kiosk.engine.stop();
  await restarting;
  const drainSeconds = (Date.now() - started) / 1000;
  await server.stop(); // a clean stop, so the data folder is read as the next start would see it

  const holdings = readServerHoldings(dataDir);
  const expectedAttachments = backlog.reduce((n, app) => n + app.attachments.length, 0);
  const check = await checkAttachments(dataDir, holdings, backlog);
  const receipts = await observer.receipts.toArray();
  const kioskTables = { outbox: await observer.outbox.count(), attachments: await observer.attachments.count(), uploads: await observer.uploads.count() };
  observer.close();
  const counts = proxy.counts();
  const injected = { ...counts, 'server-kill': kills, 'kiosk-crash-after-ack': crashedAfterAck.length };
  const total = Object.values(injected).reduce((a, b) => a + b, 0);

  console.log(`exactly-once: server holds ${holdings.applications.length} applications (expected ${APPLICATIONS}), ${new Set(holdings.applications.map((a) => a.client_id)).size} distinct client ids, drained in ${drainSeconds.toFixed(1)} s`);
  console.log(`exactly-once: attachments byte-identical (SHA-256 of the stored file = the kiosk's ciphertextSha256): ${check.byteIdentical} of ${expectedAttachments}; server rows ${holdings.attachments.length}`);
  console.log(`exactly-once: attachments decrypted with the server's key = the filed plaintext (SHA-256): ${check.decryptToOriginal} of ${expectedAttachments}`);
  console.log(`exactly-once: kiosk outbox ${kioskTables.outbox}, attachments ${kioskTables.attachments}, uploads ${kioskTables.uploads}`);
  console.log(`exactly-once: receipts 'received' ${receipts.filter((r) => r.status === 'received').length} of ${receipts.length}`);
  console.log(`exactly-once: faults injected ${total}: ${Object.entries(injected).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const { statuses, ...traffic } = proxy.stats();
  const where = new Map<string, number>();
  for (const fault of proxy.log) {
    const key = `${fault.kind} on ${fault.method} ${fault.path.split('/')[3] ?? fault.path}`;
    where.set(key, (where.get(key) ?? 0) + 1);
  }
  console.log(`exactly-once: where the proxy's faults landed: ${[...where].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`exactly-once: kiosk crashes with the acknowledged record still in the outbox: ${stillQueuedAfterCrash.length} of ${crashedAfterAck.length}`);
  console.log(`exactly-once: the server's own answers by status ${JSON.stringify(statuses)}; proxy ${JSON.stringify(traffic)}`);

  expect(check.problems).toEqual([]);
  expect(holdings.applications).toHaveLength(APPLICATIONS);
  expect(new Set(holdings.applications.map((a) => a.client_id))).toEqual(new Set(backlog.map((a) => a.clientId)));
  expect(holdings.applications.every((a) => a.status === 'received')).toBe(true);
  expect(holdings.attachments).toHaveLength(expectedAttachments);
  expect(check.byteIdentical).toBe(expectedAttachments);
  expect(check.decryptToOriginal).toBe(expectedAttachments);
  expect(kioskTables).toEqual({ outbox: 0, attachments: 0, uploads: 0 });
  expect(receipts).toHaveLength(APPLICATIONS);
  expect(receipts.every((r) => r.status === 'received')).toBe(true);
  expect(total).toBeGreaterThanOrEqual(50);
  for (const kind of FAULT_KINDS) expect(counts[kind], kind).toBeGreaterThan(0);
  expect(kills).toBe(KILL_AT_UPLOAD.length);
  expect(crashedAfterAck).toHaveLength(CRASH_AT_ACK.length);
  expect(stillQueuedAfterCrash).toEqual(crashedAfterAck);
  // The check is not blind: one flipped byte in one stored file is caught, by hash and by decryption.
  const victim = holdings.attachments[0]!;
  const file = path.join(dataDir, 'attachments', victim.sha256);
  const bytes = await readFile(file);
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0x01, bytes.length - 1);
  await writeFile(file, bytes);
  const tampered = await checkAttachments(dataDir, holdings, backlog);
  expect(tampered.problems).toHaveLength(2);
  expect(tampered.problems.every((p) => p.startsWith(`${victim.client_id}/${victim.attachment_id}`))).toBe(true);
  // Faults were injected; the server itself never failed (a 500 of its own would be a bug, even if retried).
  expect(statuses['500'] ?? 0).toBe(0);
}, 240_000);
