import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAll } from '../storage/harness';
import { enrolledKiosk, fileApplications, lastView, syncOnce } from './sync-harness';

afterEach(deleteAll);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sync engine: sending', () => {
  it('sends every application once, oldest first, and keeps only the receipts afterwards', async () => {
    const kiosk = await enrolledKiosk();
    const ids = await fileApplications(kiosk.db, 3);
    const ciphertexts = new Map((await kiosk.db.attachments.toArray()).map((a) => [`${a.clientId}/${a.attachmentId}`, sha256(new Uint8Array(a.ct))]));

    await syncOnce(kiosk);

    const puts = kiosk.server.log.filter((line) => line.startsWith('PUT')).map((line) => line.split('/').pop());
    expect(puts).toEqual(ids);
    expect(kiosk.server.received).toBe(3);
    for (const [clientId, app] of kiosk.server.apps) {
      for (const [attachmentId, bytes] of app.done) expect(sha256(bytes)).toBe(ciphertexts.get(`${clientId}/${attachmentId}`));
    }
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect(await kiosk.db.attachments.count()).toBe(0);
    expect(await kiosk.db.uploads.count()).toBe(0);
    expect((await kiosk.db.receipts.toArray()).map((r) => r.status)).toEqual(['received', 'received', 'received']);
    const view = lastView(kiosk);
    expect(view).toMatchObject({ waiting: 0, needsAttention: 0, sending: null, problem: null, connection: 'online' });
    expect(view.lastSuccessAt).not.toBeNull();
    expect(kiosk.views.some((v) => v.sending?.index === 2 && v.sending.total === 3)).toBe(true);
  });

  it('freezes a record before its first byte and deletes it only after the server holds it', async () => {
    const kiosk = await enrolledKiosk();
    const [id] = await fileApplications(kiosk.db, 1);
    const seen: string[] = [];
    kiosk.server.onRequest = async (method, path) => {
      if (!path.includes('/applications/') && !path.includes('/uploads')) return;
      const record = await kiosk.db.outbox.get(id!);
      seen.push(`${method} ${record ? `${record.state} frozen=${record.frozen}` : 'gone'}`);
    };
    await syncOnce(kiosk);
    expect(seen[0]).toBe('PUT sending frozen=true');
    expect(seen.every((line) => line.endsWith('sending frozen=true'))).toBe(true);
    expect(seen.at(-1)).toMatch(/^POST /);
    expect(await kiosk.db.outbox.get(id!)).toBeUndefined();
  });

  it('sends each small attachment in one request and takes the answer that completed the application as its acknowledgement', async () => {
    const kiosk = await enrolledKiosk();
    const [id] = await fileApplications(kiosk.db, 1);
    await syncOnce(kiosk);
    const requests = kiosk.server.log.filter((line) => line.includes('/applications/') || line.includes('/uploads'));
    expect(requests).toEqual([`PUT /api/v1/applications/${id}`, 'POST /api/v1/uploads', 'POST /api/v1/uploads']);
    expect(kiosk.server.received).toBe(1);
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect((await kiosk.db.receipts.toArray())[0]?.status).toBe('received');
  });

  it('asks for the state with a GET when the upload answers do not say the application is complete', async () => {
    const kiosk = await enrolledKiosk();
    const [id] = await fileApplications(kiosk.db, 1);
    kiosk.server.reportStatus = false;
    await syncOnce(kiosk);
    expect(kiosk.server.log.filter((line) => line.includes('/applications/'))).toEqual([`PUT /api/v1/applications/${id}`, `GET /api/v1/applications/${id}`]);
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect((await kiosk.db.receipts.toArray())[0]?.status).toBe('received');
  });

  it('resumes an interrupted attachment upload where it stopped, from the state kept in Dexie', async () => {
    // Attachments larger than the one-request limit are created first, then sent by PATCH (resumable).
    const kiosk = await enrolledKiosk({ engine: { singleRequestUploadBytes: 0 } });
    const [id] = await fileApplications(kiosk.db, 1);
    kiosk.server.fail((method) => method === 'PATCH', 'network');
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'offline' });
    expect(await kiosk.db.outbox.get(id!)).toMatchObject({ state: 'sending', frozen: true });
    expect(await kiosk.db.attachments.where('clientId').equals(id!).count()).toBe(2);
    const kept = await kiosk.db.uploads.toArray();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.uploadUrl).toMatch(/^https:\/\/intake\.test\/api\/v1\/uploads\/u1$/);

    await syncOnce(kiosk);
    const creations = kiosk.server.log.filter((line) => line === 'POST /api/v1/uploads');
    expect(creations).toHaveLength(2); // one per attachment: the interrupted one was resumed, not recreated
    expect(kiosk.server.log).toContain('HEAD /api/v1/uploads/u1');
    expect(kiosk.server.received).toBe(1);
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect(await kiosk.db.uploads.count()).toBe(0);
  });

  it('replays harmlessly after a crash between the acknowledgement and the delete', async () => {
    const kiosk = await enrolledKiosk();
    const [id] = await fileApplications(kiosk.db, 1);
    const record = await kiosk.db.outbox.get(id!);
    const attachments = await kiosk.db.attachments.toArray();
    await syncOnce(kiosk);
    // As if the kiosk had crashed before its delete committed: the record is back.
    await kiosk.db.outbox.put(record!);
    await kiosk.db.attachments.bulkPut(attachments);
    await syncOnce(kiosk);
    expect(kiosk.server.apps.size).toBe(1);
    expect(kiosk.server.log.filter((l) => l.startsWith('PUT'))).toHaveLength(2);
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect((await kiosk.db.receipts.toArray())[0]?.status).toBe('received');
  });
});
