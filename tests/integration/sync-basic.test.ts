/**
 * The kiosk's sync engine (Node, fake-indexeddb) against the real intake server in-process on 127.0.0.1
 * (port 0, a temporary data folder): enroll with a one-time code, file 3 applications with attachments
 * through the real submit path, drain, then see an officer's status come back and the catalog cached.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeServer, type IntakeServer } from '../../src-server/app';
import { enrollKiosk, loadDevice } from '../../src-renderer/device';
import { createKioskDb, type KioskDb } from '../../src-renderer/storage';
import { cachedCatalog } from '../../src-renderer/sync/catalog-sync';
import { SyncEngine } from '../../src-renderer/sync/engine';
import type { SyncView } from '../../src-renderer/sync/sync-store';
import { fileBacklog } from './helpers/kiosk-backlog';
import { checkAttachments, readServerHoldings } from './helpers/server-inspect';

let dataDir: string;
let server: IntakeServer;
let url: string;
let db: KioskDb;
let engine: SyncEngine;
const views: SyncView[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'motcua-sync-basic-'));
  server = await createIntakeServer({ config: { dataDir, port: 0, host: '127.0.0.1', logLevel: 'silent' } });
  ({ url } = await server.listen());
  db = createKioskDb(`motcua-kiosk-sync-basic-${Date.now()}`);
  engine = new SyncEngine({
    db,
    fetch: (input, init) => fetch(input, init),
    publish: (view) => views.push(view),
    // Timers are not needed: each pass is started by the test.
    setTimer: () => null,
    clearTimer: () => undefined,
  });
}, 120_000);

afterAll(async () => {
  await engine?.stop();
  db?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function pass(): Promise<SyncView> {
  engine.syncNow();
  await engine.idle();
  const view = views.at(-1);
  if (!view) throw new Error('the engine published nothing');
  return view;
}

describe('sync against the real intake server', () => {
  it('enrolls, sends 3 applications with their attachments, and keeps only "received" receipts', async () => {
    const { code } = server.createEnrollmentCode({ location: 'Bộ phận một cửa, tầng 1', wardCode: '00103', wardName: 'Phường Tây Hồ' });
    const enrolled = await enrollKiosk(db, { serverUrl: url, code, fetch: (input, init) => fetch(input, init) });
    expect(enrolled).toMatchObject({ ok: true, device: { serverUrl: url, wardName: 'Phường Tây Hồ' } });
    const device = await loadDevice(db);
    const backlog = await fileBacklog(db, { count: 3, intakeKey: device!.intakeKeys[0]!, pages: [1, 2], pageBytes: [2_000, 40_000] });

    const view = await pass();
    expect(view).toMatchObject({ waiting: 0, needsAttention: 0, problem: null, connection: 'online' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.uploads.count()).toBe(0);
    const receipts = await db.receipts.toArray();
    expect(receipts.map((r) => r.status)).toEqual(['received', 'received', 'received']);
    const holdings = readServerHoldings(dataDir);
    expect(holdings.applications.map((a) => [a.client_id, a.status])).toEqual(backlog.map((app) => [app.clientId, 'received']));
    const attachments = backlog.reduce((n, app) => n + app.attachments.length, 0);
    const check = await checkAttachments(dataDir, holdings, backlog);
    expect(check).toEqual({ byteIdentical: attachments, decryptToOriginal: attachments, problems: [] });
    // A replayed pass sends nothing more.
    await pass();
    expect(readServerHoldings(dataDir).applications).toHaveLength(3);
  });

  it("brings the officer's status and reason back into the receipt", async () => {
    const [receipt] = await db.receipts.toArray();
    const outcome = server.setStatus(receipt!.reference, 'needs-information', 'Cần bổ sung giấy chứng sinh bản chính.');
    expect(outcome.ok).toBe(true);
    await pass();
    expect(await db.receipts.get(receipt!.reference)).toMatchObject({ status: 'needs-information', reason: 'Cần bổ sung giấy chứng sinh bản chính.' });
  });

  it('caches the server catalog with its ETag', async () => {
    const cached = await cachedCatalog(db);
    expect(cached?.etag).toMatch(/^"/);
    expect(cached?.catalog.procedures.length).toBeGreaterThan(0);
    await pass();
    expect(await cachedCatalog(db)).toEqual(cached);
  });

  it('stops with "revoked" once ward IT revokes the kiosk', async () => {
    const device = await loadDevice(db);
    expect(server.revokeKiosk(device!.kioskId)).toBe(true);
    const view = await pass();
    expect(view.problem).toBe('revoked');
    expect((await loadDevice(db))?.revokedAt).toBeDefined();
  });
});
