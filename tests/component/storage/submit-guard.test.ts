import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSubmitOnce } from '../../../src-renderer/storage/submit-guard';
import { submitApplication, type SubmitInput, type SubmitResult } from '../../../src-renderer/storage/submit';
import type { KioskDb } from '../../../src-renderer/storage/db';
import { deleteAll, freshDb, makeServerKeys, submitInput, type ServerKeys } from './harness';

let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});
afterEach(deleteAll);

describe('createSubmitOnce', () => {
  it('turns 5 concurrent taps into one application', async () => {
    const db = freshDb();
    let calls = 0;
    const submitOnce = createSubmitOnce((target: KioskDb, input: SubmitInput) => {
      calls += 1;
      return submitApplication(target, input);
    });
    const taps = Array.from({ length: 5 }, () => submitOnce('session-1', db, submitInput(keys)));
    expect(submitOnce.isPending('session-1')).toBe(true);
    expect(new Set(taps).size).toBe(1);
    const results = await Promise.all(taps);
    expect(calls).toBe(1);
    expect(new Set(results.map((r) => (r.ok ? r.reference : r.reason))).size).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.receipts.count()).toBe(1);
    expect(await db.attachments.count()).toBe(2);
    expect(submitOnce.isPending('session-1')).toBe(false);
  });

  it('keeps returning the first success for the session until reset', async () => {
    const db = freshDb();
    const submitOnce = createSubmitOnce(submitApplication);
    const first = await submitOnce('session-1', db, submitInput(keys));
    const late = await submitOnce('session-1', db, submitInput(keys));
    expect(late).toBe(first);
    expect(await db.outbox.count()).toBe(1);

    submitOnce.reset();
    const next = await submitOnce('session-1', db, submitInput(keys));
    expect(next.ok).toBe(true);
    expect(next).not.toEqual(first);
    expect(await db.outbox.count()).toBe(2);
  });

  it('keeps sessions apart and resets one session only', async () => {
    let calls = 0;
    const submitOnce = createSubmitOnce(async (n: number): Promise<SubmitResult> => {
      calls += 1;
      return { ok: true, reference: `REF${n}`, clientId: String(n), submittedAt: 'now' };
    });
    const a = await submitOnce('a', 1);
    const b = await submitOnce('b', 2);
    expect([a, b].map((r) => r.ok && r.reference)).toEqual(['REF1', 'REF2']);
    submitOnce.reset('a');
    expect(await submitOnce('b', 3)).toBe(b);
    expect((await submitOnce('a', 4)).ok && 'ok').toBe('ok');
    expect(calls).toBe(3);
  });

  it('lets the resident try again after a failure or a rejection', async () => {
    const outcomes: Array<SubmitResult | Error> = [
      { ok: false, reason: 'storage-full' },
      new Error('boom'),
      { ok: true, reference: 'ABCDEFGH', clientId: 'c', submittedAt: 't' },
    ];
    let calls = 0;
    const submitOnce = createSubmitOnce(async (): Promise<SubmitResult> => {
      const outcome = outcomes[calls++];
      if (outcome === undefined || outcome instanceof Error) throw outcome ?? new Error('no outcome');
      return outcome;
    });
    expect(await submitOnce('s')).toEqual({ ok: false, reason: 'storage-full' });
    await expect(submitOnce('s')).rejects.toThrow('boom');
    expect((await submitOnce('s')).ok).toBe(true);
    expect((await submitOnce('s')).ok).toBe(true);
    expect(calls).toBe(3);
  });

  it('does not call the submit function synchronously twice on a synchronous throw', async () => {
    let calls = 0;
    const submitOnce = createSubmitOnce((): Promise<number> => {
      calls += 1;
      throw new Error('sync');
    });
    const one = submitOnce('s');
    const two = submitOnce('s');
    expect(two).toBe(one);
    await expect(one).rejects.toThrow('sync');
    expect(calls).toBe(1);
  });
});
