/**
 * The engine keeps its own work off the wire (outbox-drain.ts): the next application's attachments are
 * read and checked while the current one is on the wire, and an acknowledged application's delete runs
 * while the next one is. What a person or ward IT would notice must not change: each record frozen
 * before its first byte, deleted only after the server holds it, a damaged attachment never sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAll } from '../storage/harness';
import { enrolledKiosk, fileApplications, lastView, syncOnce } from './sync-harness';

afterEach(deleteAll);

describe('sync engine: the next application overlaps the last one\'s bookkeeping', () => {
  it('freezes each record before its PUT, deletes an application only once the server holds it, and none lags more than one behind', async () => {
    const kiosk = await enrolledKiosk();
    const ids = await fileApplications(kiosk.db, 4);
    const problems: string[] = [];
    kiosk.server.onRequest = async (method, path) => {
      if (method !== 'PUT' || !path.includes('/applications/')) return;
      const k = ids.findIndex((id) => path.endsWith(id));
      const record = await kiosk.db.outbox.get(ids[k]!);
      if (record?.state !== 'sending' || !record.frozen) problems.push(`${k}: not frozen before its PUT`);
      const receipt = await kiosk.db.receipts.where('clientId').equals(ids[k]!).first();
      if (receipt?.status !== 'sending') problems.push(`${k}: receipt ${receipt?.status}`);
      // Everything the server does not hold yet is still on the kiosk.
      for (const later of ids.slice(k + 1)) if ((await kiosk.db.outbox.get(later)) === undefined) problems.push(`${later} gone before it was sent`);
      // At most the one just acknowledged may still be waiting for its delete.
      for (const earlier of ids.slice(0, Math.max(0, k - 1))) if ((await kiosk.db.outbox.get(earlier)) !== undefined) problems.push(`${earlier} still in the outbox at PUT ${k}`);
    };
    await syncOnce(kiosk);
    expect(problems).toEqual([]);
    expect(kiosk.server.apps.size).toBe(4);
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect(await kiosk.db.attachments.count()).toBe(0);
    expect((await kiosk.db.receipts.toArray()).map((r) => r.status)).toEqual(['received', 'received', 'received', 'received']);
    expect(lastView(kiosk)).toMatchObject({ waiting: 0, needsAttention: 0, problem: null, sending: null });
  });

  it('still catches a damaged attachment of an application checked while the one before it was on the wire', async () => {
    const kiosk = await enrolledKiosk();
    const [first, second, third] = await fileApplications(kiosk.db, 3);
    await kiosk.db.attachments.where('clientId').equals(second!).modify((a) => {
      a.ct = new Uint8Array(a.size).fill(7);
    });
    await syncOnce(kiosk);
    expect(await kiosk.db.outbox.get(second!)).toMatchObject({ state: 'needs-attention', attentionReason: 'attachment-corrupt' });
    expect(kiosk.server.apps.has(first!) && kiosk.server.apps.has(third!)).toBe(true);
    expect(await kiosk.db.outbox.count()).toBe(1);
    expect(lastView(kiosk)).toMatchObject({ waiting: 0, needsAttention: 1 });
  });

  it('has finished the delete of an acknowledged application before it reports a failure of the next one', async () => {
    const kiosk = await enrolledKiosk();
    const [first, second] = await fileApplications(kiosk.db, 2);
    kiosk.server.fail((method, path) => method === 'PUT' && path.endsWith(second!), 503);
    await syncOnce(kiosk);
    expect(await kiosk.db.outbox.get(first!)).toBeUndefined();
    expect(await kiosk.db.outbox.get(second!)).toMatchObject({ state: 'sending', frozen: true });
    expect(lastView(kiosk)).toMatchObject({ waiting: 1, problem: 'server-error' });
  });

  it('puts the next application back exactly as it was (queued, not frozen, no attempt counted) when the drain stops at the one before it', async () => {
    const kiosk = await enrolledKiosk();
    const [first, second] = await fileApplications(kiosk.db, 2);
    const before = await kiosk.db.outbox.get(second!);
    const receiptBefore = await kiosk.db.receipts.where('clientId').equals(second!).first();
    // The first one's PUT is taken, then its attachments cannot go: the drain stops there.
    let uploadsDown = true;
    kiosk.server.fail((method, path) => uploadsDown && method === 'POST' && path.includes('/uploads'), 503, 10);
    await syncOnce(kiosk);
    expect(await kiosk.db.outbox.get(first!)).toMatchObject({ state: 'sending', frozen: true, attempts: 1 });
    expect(await kiosk.db.outbox.get(second!)).toEqual(before);
    expect(before).toMatchObject({ state: 'queued', frozen: false, attempts: 0 });
    expect(await kiosk.db.receipts.where('clientId').equals(second!).first()).toEqual(receiptBefore);
    expect(kiosk.server.apps.has(second!)).toBe(false);
    expect(lastView(kiosk)).toMatchObject({ waiting: 2, problem: 'server-error' });

    // Next time both go.
    uploadsDown = false;
    await syncOnce(kiosk);
    expect(kiosk.server.apps.size).toBe(2);
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect((await kiosk.db.receipts.toArray()).map((r) => r.status)).toEqual(['received', 'received']);
  });

  it('removes the attachments of every sent application, a batch at a time, and keeps those of the ones still waiting', async () => {
    const kiosk = await enrolledKiosk();
    const ids = await fileApplications(kiosk.db, 12);
    const perApp = (await kiosk.db.attachments.count()) / 12;
    // The 11th cannot go today: the drain stops there.
    kiosk.server.fail((method, path) => method === 'PUT' && path.endsWith(ids[10]!), 503, 5);
    await syncOnce(kiosk);
    expect(kiosk.server.apps.size).toBe(10);
    const left = await kiosk.db.attachments.toArray();
    expect(new Set(left.map((a) => a.clientId))).toEqual(new Set([ids[10], ids[11]]));
    expect(left).toHaveLength(2 * perApp);
    expect(await kiosk.db.uploads.count()).toBe(0);
  });

  it('at its next start, removes the attachments an acknowledged application left behind when the kiosk went off', async () => {
    const kiosk = await enrolledKiosk();
    const [sentBefore, waiting] = await fileApplications(kiosk.db, 2);
    // As after a power cut between an acknowledgement and the removal of its attachments.
    await kiosk.db.outbox.delete(sentBefore!);
    kiosk.server.fail((method, path) => method === 'PUT' && path.endsWith(waiting!), 503, 5);
    await syncOnce(kiosk);
    expect(await kiosk.db.attachments.where('clientId').equals(sentBefore!).count()).toBe(0);
    expect(await kiosk.db.attachments.where('clientId').equals(waiting!).count()).toBeGreaterThan(0);
    expect(await kiosk.db.outbox.get(waiting!)).toMatchObject({ state: 'sending', frozen: true });
  });
});
