import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { isQuotaError, submitApplication } from '../../../src-renderer/storage/submit';
import { deleteAll, dumpDatabase, freshDb, makeServerKeys, reopen, submitInput, type ServerKeys } from './harness';

let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});
afterEach(deleteAll);

/** Middleware that makes every write to `table` fail with `error` (as a full disk would). */
function failWritesTo(table: string, makeError: () => Error) {
  return {
    stack: 'dbcore' as const,
    name: 'fail-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return { ...inner, mutate: () => Promise.reject(makeError()) };
      },
    }),
  };
}

describe('submitApplication when storage fails', () => {
  it.each([
    ['receipts', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'storage-full'],
    ['attachments', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'storage-full'],
    ['receipts', () => new DOMException('Disk I/O error', 'UnknownError'), 'storage-failed'],
  ] as const)('a failed write to %s aborts the whole transaction (%#)', async (table, makeError, reason) => {
    const first = freshDb();
    const before = await submitApplication(first, submitInput(keys));
    expect(before.ok).toBe(true);
    const snapshot = await dumpDatabase(first);
    first.close();
    // Middleware must be in place before a Dexie instance opens: a second handle on the same database.
    const db = reopen(first);
    db.use(failWritesTo(table, makeError));

    const result = await submitApplication(db, submitInput(keys));
    expect(result).toEqual({ ok: false, reason });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.attachments.count()).toBe(2);
    expect(await db.receipts.count()).toBe(1);
    expect(await dumpDatabase(db)).toBe(snapshot);
  });

  it('recognises quota errors however they are wrapped', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('x', { cause: new DOMException('x', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'UnknownError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
