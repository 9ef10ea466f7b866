import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countWaiting, findReceipt, listReceipts, liveWaitingCount } from '../../../src-renderer/storage/queue';
import { submitApplication } from '../../../src-renderer/storage/submit';
import { deleteAll, freshDb, makeServerKeys, reopen, submitInput, type ServerKeys } from './harness';

let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});
afterEach(deleteAll);

async function waitFor(check: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('queue visibility', () => {
  it('counts every waiting application whatever its state', async () => {
    const db = freshDb();
    expect(await countWaiting(db)).toBe(0);
    const first = await submitApplication(db, submitInput(keys));
    expect(await countWaiting(db)).toBe(1);
    if (!first.ok) throw new Error(first.reason);
    await db.outbox.update(first.clientId, { state: 'needs-attention' });
    await submitApplication(db, submitInput(keys));
    expect(await countWaiting(db)).toBe(2);
  });

  it('updates the live count on a second submit and stops after unsubscribe', async () => {
    const db = freshDb();
    await submitApplication(db, submitInput(keys));
    const seen: number[] = [];
    const unsubscribe = liveWaitingCount(db, (count) => seen.push(count));
    await waitFor(() => seen.includes(1));
    await submitApplication(db, submitInput(keys));
    await waitFor(() => seen.includes(2));
    expect(seen.at(-1)).toBe(2);

    unsubscribe();
    const length = seen.length;
    await submitApplication(db, submitInput(keys));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toHaveLength(length);
  });

  it('keeps the queued application across a reload', async () => {
    const db = freshDb();
    const result = await submitApplication(db, submitInput(keys));
    if (!result.ok) throw new Error(result.reason);
    db.close();
    const again = reopen(db);
    expect(await countWaiting(again)).toBe(1);
    expect((await again.outbox.get(result.clientId))?.state).toBe('queued');
    expect(await again.attachments.where('clientId').equals(result.clientId).count()).toBe(2);
    expect((await findReceipt(again, result.reference))?.clientId).toBe(result.clientId);
  });
});

describe('receipts', () => {
  it('lists the most recent first, up to the limit', async () => {
    const db = freshDb();
    const times = ['2026-11-24T01:00:00.000Z', '2026-11-24T03:00:00.000Z', '2026-11-24T02:00:00.000Z'];
    for (const time of times) await submitApplication(db, submitInput(keys, { now: new Date(time) }));
    const receipts = await listReceipts(db, { limit: 2 });
    expect(receipts.map((r) => r.submittedAt)).toEqual([times[1], times[2]]);
    expect(await listReceipts(db, { limit: 0 })).toEqual([]);
  });

  it('finds a receipt by its reference, and nothing for an invalid or unknown one', async () => {
    const db = freshDb();
    const result = await submitApplication(db, submitInput(keys));
    if (!result.ok) throw new Error(result.reason);
    expect((await findReceipt(db, result.reference))?.status).toBe('queued');
    expect(await findReceipt(db, result.reference.toLowerCase())).toBeUndefined();
    expect(await findReceipt(db, 'ABCDEFGI')).toBeUndefined();
    expect(await findReceipt(db, '')).toBeUndefined();
  });
});
