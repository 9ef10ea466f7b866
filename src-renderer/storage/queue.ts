/** Queue visibility (issue 3 item 8) and receipt lookup (item 6). */
import { liveQuery } from 'dexie';
import { isValidReference } from '../../src-shared/reference';
import type { KioskDb, ReceiptRecord } from './db';

/** Applications still on the kiosk, whatever their state (queued, sending, needs attention). */
export function countWaiting(db: KioskDb): Promise<number> {
  return db.outbox.count();
}

/**
 * Calls `onChange` with the waiting count now and after every change to the outbox. Returns the
 * unsubscribe function. A read error goes to `onError` (the count keeps its last value on screen).
 */
export function liveWaitingCount(db: KioskDb, onChange: (count: number) => void, onError?: (error: unknown) => void): () => void {
  const subscription = liveQuery(() => db.outbox.count()).subscribe({
    next: onChange,
    error: (error: unknown) => onError?.(error),
  });
  return () => subscription.unsubscribe();
}

/** The most recent receipts first. */
export function listReceipts(db: KioskDb, options: { limit: number }): Promise<ReceiptRecord[]> {
  const limit = Math.max(0, Math.floor(options.limit));
  return db.receipts.orderBy('submittedAt').reverse().limit(limit).toArray();
}

/** The receipt for a canonical reference (see `normalizeReference`), or undefined. */
export async function findReceipt(db: KioskDb, reference: string): Promise<ReceiptRecord | undefined> {
  if (!isValidReference(reference)) return undefined;
  return db.receipts.get(reference);
}
