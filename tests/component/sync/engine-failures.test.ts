import { afterEach, describe, expect, it } from 'vitest';
import { deleteAll } from '../storage/harness';
import { enrolledKiosk, fileApplications, lastView, syncOnce } from './sync-harness';
import { noAnswer } from './fake-server';

afterEach(deleteAll);

const isPut = (method: string) => method === 'PUT';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('sync engine: refusals and failures', () => {
  it('keeps a refused application as "needs attention" with its reason and sends the others', async () => {
    const kiosk = await enrolledKiosk();
    const [a, b, c] = await fileApplications(kiosk.db, 3);
    kiosk.server.refuse.set(b!, json(422, { error: 'invalid-application', message: 'invalid', fields: [{ field: 'applicant.birthDate', key: 'form.date.future' }] }));
    await syncOnce(kiosk);

    expect([...kiosk.server.apps.keys()]).toEqual([a, c]);
    const kept = await kiosk.db.outbox.get(b!);
    expect(kept).toMatchObject({ state: 'needs-attention', attentionReason: 'invalid-application', frozen: true });
    expect(kept?.lastError).toContain('applicant.birthDate: form.date.future');
    expect(await kiosk.db.attachments.where('clientId').equals(b!).count()).toBe(2);
    const receipt = await kiosk.db.receipts.where('clientId').equals(b!).first();
    expect(receipt).toMatchObject({ status: 'needs-attention', reason: 'invalid-application' });
    expect(lastView(kiosk)).toMatchObject({ waiting: 0, needsAttention: 1, problem: null });

    // Never retried on its own, never deleted.
    await syncOnce(kiosk);
    expect(kiosk.server.log.filter((l) => l === `PUT /api/v1/applications/${b}`)).toHaveLength(1);
    expect(await kiosk.db.outbox.get(b!)).toBeDefined();
  });

  it('treats 409 conflict on the PUT (same id, other content) as needing attention, not as delivered', async () => {
    const kiosk = await enrolledKiosk();
    const [id] = await fileApplications(kiosk.db, 1);
    kiosk.server.refuse.set(id!, json(409, { error: 'conflict', message: 'different content' }));
    await syncOnce(kiosk);
    expect(await kiosk.db.outbox.get(id!)).toMatchObject({ state: 'needs-attention', attentionReason: 'conflict' });
    expect(lastView(kiosk).needsAttention).toBe(1);
  });

  it.each([
    ['a 503', 503, 'server-error'],
    ['a 500', 500, 'server-error'],
    ['a 429', 429, 'server-error'],
    ['a 408', 408, 'server-error'],
    ['a cut connection', 'network', 'offline'],
    ['a stalled request', 'stall', 'offline'],
    ["a captive portal's 200 page", 'portal', 'captive-portal'],
    ['a redirect', 'redirect', 'captive-portal'],
  ] as const)('keeps the application queued after %s on the PUT and tries again later', async (_name, fault, problem) => {
    const kiosk = await enrolledKiosk();
    const [id] = await fileApplications(kiosk.db, 1);
    kiosk.server.fail(isPut, fault);
    await syncOnce(kiosk);
    expect(await kiosk.db.outbox.get(id!)).toMatchObject({ state: 'sending', frozen: true });
    expect((await kiosk.db.receipts.toArray())[0]?.status).toBe('sending');
    const view = lastView(kiosk);
    expect(view).toMatchObject({ waiting: 1, problem, sending: null });
    expect(view.nextAttemptAt).not.toBeNull();

    await kiosk.fireTimer();
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect(kiosk.server.received).toBe(1);
    expect(lastView(kiosk)).toMatchObject({ waiting: 0, problem: null, nextAttemptAt: null });
  });

  it("never takes a portal's 200 page after the upload for the server's acknowledgement", async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 1);
    kiosk.server.reportStatus = false; // the state is asked with a GET, which the portal answers
    kiosk.server.fail((method, path) => method === 'GET' && path.includes('/applications/'), 'portal');
    await syncOnce(kiosk);
    expect(await kiosk.db.outbox.count()).toBe(1);
    expect(lastView(kiosk).problem).toBe('captive-portal');
  });

  it('keeps the records when the attachment upload answers a portal page or 5xx', async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 1);
    kiosk.server.fail((method, path) => method === 'POST' && path.endsWith('/uploads'), 'portal');
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'captive-portal' });
    kiosk.server.fail((method, path) => method === 'POST' && path.endsWith('/uploads'), 502);
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'server-error' });
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 0, problem: null });
  });

  it('stops and says "revoked" when the server answers kiosk-revoked; nothing is deleted', async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 2);
    kiosk.server.revoked = true;
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ problem: 'revoked', waiting: 2, nextAttemptAt: null });
    expect((await kiosk.db.device.get('self'))?.revokedAt).toBeDefined();
    expect(await kiosk.db.outbox.count()).toBe(2);
    const before = kiosk.server.log.length;
    await syncOnce(kiosk);
    expect(kiosk.server.log.length).toBe(before); // a revoked kiosk does not keep knocking
  });

  it('retries a refused token once with a fresh one, then reports the clock', async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 1);
    kiosk.server.fail(isPut, 401);
    await syncOnce(kiosk);
    expect(kiosk.server.log.filter((l) => l.startsWith('PUT'))).toHaveLength(2);
    expect(lastView(kiosk)).toMatchObject({ waiting: 0, problem: null });

    await fileApplications(kiosk.db, 1, Date.parse('2026-11-25T00:00:00Z'));
    kiosk.server.fail(isPut, 401, 2);
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'clock' });
  });

  it('says "not enrolled" and sends nothing before enrollment', async () => {
    const kiosk = await enrolledKiosk({ enroll: false });
    await fileApplications(kiosk.db, 1);
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ problem: 'not-enrolled', waiting: 1 });
    expect(kiosk.server.log).toEqual([]);
  });

  it('keeps an application whose stored attachment is damaged as needing attention, without uploading it', async () => {
    const kiosk = await enrolledKiosk();
    const [id] = await fileApplications(kiosk.db, 1);
    // The stored ciphertext no longer matches its recorded hash (a corrupted disk).
    await kiosk.db.attachments.where('clientId').equals(id!).modify((a) => {
      a.ct = new Uint8Array(a.size).fill(7);
    });
    await syncOnce(kiosk);
    expect(kiosk.server.received).toBe(0);
    expect(kiosk.server.log).not.toContain('POST /api/v1/uploads');
    expect(await kiosk.db.outbox.get(id!)).toMatchObject({ state: 'needs-attention', attentionReason: 'attachment-corrupt' });
    expect(lastView(kiosk)).toMatchObject({ needsAttention: 1, waiting: 0 });
  });

  it("uploads again when the server's hash check fails in transit (409 hash-mismatch)", async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 1);
    kiosk.server.fail((method, path) => method === 'POST' && path.endsWith('/uploads'), () => json(409, { error: 'hash-mismatch', message: 'upload again' }));
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'server-error' });
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 0, problem: null });
    expect(kiosk.server.received).toBe(1);
  });

  it('gives up a request that gets no answer within its configured timeout and sends it again later', async () => {
    const kiosk = await enrolledKiosk({ engine: { timeouts: { request: 30, probe: 30, tus: 30 } } });
    await fileApplications(kiosk.db, 1);
    kiosk.server.fail(isPut, noAnswer);
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'offline' });
    kiosk.server.fail((method, path) => method === 'POST' && path.endsWith('/uploads'), noAnswer);
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'offline' });
    kiosk.server.fail((method, path) => method === 'GET' && path.endsWith('/health'), noAnswer);
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'offline' });
    await syncOnce(kiosk);
    expect(lastView(kiosk)).toMatchObject({ waiting: 0, problem: null });
    expect(kiosk.server.received).toBe(1);
  });
});
