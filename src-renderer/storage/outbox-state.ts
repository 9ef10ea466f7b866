/**
 * The sync engine's writes to the outbox and receipts (contract items 3 and 6): freeze before the first
 * byte, keep a refused record with its reason, and after the server's acknowledgement delete the
 * ciphertext, its attachments and upload state in ONE transaction while the receipt keeps the status.
 */
import type { KioskDb, OutboxRecord, ReceiptRecord, ReceiptStatus } from './db';
import { SYNC_SETTING_KEYS } from './db';

/** Statuses the server reports once it holds an application (everything but `pending-attachments`). */
export type ServerReceiptStatus = Exclude<ReceiptStatus, 'queued' | 'sending' | 'needs-attention'>;

/** Records still to send, oldest submit first (needs-attention records wait for ward IT). */
export async function sendableRecords(db: KioskDb): Promise<OutboxRecord[]> {
  return db.outbox.orderBy('queuedAt').filter((record) => record.state !== 'needs-attention').toArray();
}

/** Both counts from one read transaction (one consistent snapshot). */
export async function outboxCounts(db: KioskDb): Promise<{ waiting: number; needsAttention: number }> {
  const [total, needsAttention] = await db.transaction('r', db.outbox, () => Promise.all([db.outbox.count(), db.outbox.where('state').equals('needs-attention').count()]));
  return { waiting: total - needsAttention, needsAttention };
}

/** `when`: only a receipt it accepts changes (checked on the row the change reads: no second read). */
async function setReceipt(db: KioskDb, clientId: string, change: Partial<ReceiptRecord>, when: (receipt: ReceiptRecord) => boolean = () => true): Promise<void> {
  await db.receipts
    .where('clientId')
    .equals(clientId)
    .modify((receipt) => {
      if (!when(receipt)) return false;
      Object.assign(receipt, change);
      if (change.reason === undefined) delete receipt.reason;
      return true;
    });
}

/**
 * A queued receipt becomes `sending`: looked up by its key (the record's reference), by client id if not
 * there. Returns the receipt as it was (undefined when there is none).
 */
async function receiptSending(db: KioskDb, record: OutboxRecord, at: string): Promise<ReceiptRecord | undefined> {
  const byKey = await db.receipts.get(record.reference);
  const receipt = byKey?.clientId === record.clientId ? byKey : await db.receipts.where('clientId').equals(record.clientId).first();
  if (receipt?.status !== 'queued') return receipt;
  const { reason: _reason, ...kept } = receipt;
  await db.receipts.put({ ...kept, status: 'sending', statusChangedAt: at });
  return receipt;
}

/** A record marked `sending`, and how to put it back exactly as it was if its attempt never starts. */
export interface MarkedSending {
  record: OutboxRecord;
  /**
   * Restores the record and its receipt as they were before the mark (not frozen, the attempt not
   * counted) — unless something changed them since. For a record frozen ahead of its turn whose turn did
   * not come (the drain stopped at the one before it).
   */
  undo(): Promise<void>;
}

/** Before the first byte of an attempt: the record is `sending` and frozen for good. */
export async function markSending(db: KioskDb, clientId: string, now: Date): Promise<OutboxRecord | undefined> {
  return (await markSendingUndoable(db, clientId, now))?.record;
}

/** markSending, keeping what it changed (see MarkedSending.undo). */
export async function markSendingUndoable(db: KioskDb, clientId: string, now: Date): Promise<MarkedSending | undefined> {
  const at = now.toISOString();
  const marked = await db.transaction('rw', db.outbox, db.receipts, async () => {
    const before = await db.outbox.get(clientId);
    if (!before || before.state === 'needs-attention') return undefined;
    const record: OutboxRecord = { ...before, state: 'sending', frozen: true, sentAt: before.sentAt ?? at, lastAttemptAt: at, attempts: before.attempts + 1 };
    const [, receipt] = await Promise.all([db.outbox.put(record), receiptSending(db, before, at)]);
    return { record, before, receipt };
  });
  if (!marked) return undefined;
  const { record, before, receipt } = marked;
  const undo = () =>
    db.transaction('rw', db.outbox, db.receipts, async () => {
      const current = await db.outbox.get(clientId);
      if (current?.state !== 'sending' || current.attempts !== record.attempts || current.lastAttemptAt !== record.lastAttemptAt) return;
      await db.outbox.put(before);
      if (receipt?.status !== 'queued') return;
      const latest = await db.receipts.get(receipt.reference);
      if (latest?.clientId === clientId && latest.status === 'sending' && latest.statusChangedAt === at) await db.receipts.put(receipt);
    });
  return { record, undo };
}

/** A failed attempt that will be retried: the record stays sending/frozen, the error is noted for ward IT. */
export async function noteAttemptError(db: KioskDb, clientId: string, error: string): Promise<void> {
  await db.outbox.update(clientId, { lastError: error.slice(0, 500) });
}

/** A permanent refusal: kept (never deleted) with its reason, and the queue moves on. */
export async function markNeedsAttention(db: KioskDb, clientId: string, reason: string, detail: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.outbox, db.receipts, async () => {
    await db.outbox.update(clientId, { state: 'needs-attention', frozen: true, attentionReason: reason, lastError: detail.slice(0, 500) });
    await setReceipt(db, clientId, { status: 'needs-attention', reason, statusChangedAt: at });
  });
}

/**
 * Ward IT's "Thử gửi lại" after the cause is dealt with (the server takes the catalog version again, a
 * limit was raised): a record that needs attention goes back in the queue at its old place, still frozen
 * with the same content, so a replay can only ever be the same application. False when it is not waiting
 * for attention (sent meanwhile, or gone).
 */
export async function requeue(db: KioskDb, clientId: string, now: Date): Promise<boolean> {
  return db.transaction('rw', db.outbox, db.receipts, async () => {
    const record = await db.outbox.get(clientId);
    if (!record || record.state !== 'needs-attention') return false;
    await db.outbox.update(clientId, { state: 'queued', attentionReason: undefined });
    await setReceipt(db, clientId, { status: 'queued', statusChangedAt: now.toISOString() });
    return true;
  });
}

/** A status the feed already brought (e.g. processing) is not taken back to "received". */
function acceptsServerStatus(receipt: ReceiptRecord, status: ServerReceiptStatus): boolean {
  return receipt.status === 'queued' || receipt.status === 'sending' || receipt.status === 'needs-attention' || status !== 'received';
}

/**
 * The server holds the application (status anything but `pending-attachments`): in ONE transaction the
 * outbox record, its attachments and its upload state go, and the receipt takes the server's status.
 */
export async function acknowledge(db: KioskDb, clientId: string, status: ServerReceiptStatus, now: Date): Promise<void> {
  await db.transaction('rw', [db.outbox, db.attachments, db.uploads, db.receipts], async () => {
    await acknowledgeRecord(db, clientId, status, now);
    await removeSentAttachments(db, [clientId]);
  });
}

/**
 * The sync engine's acknowledgement while it drains (outbox-drain.ts): the outbox record (the sealed
 * envelope) goes and the receipt takes the server's status, in one small transaction on those two tables;
 * the application's attachment ciphertext and upload rows go a moment later, several applications at a
 * time (`removeSentAttachments`), so the big deletes do not hold up the next application's reads.
 */
export async function acknowledgeRecord(db: KioskDb, clientId: string, status: ServerReceiptStatus, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.outbox, db.receipts, async () => {
    await Promise.all([db.outbox.delete(clientId), setReceipt(db, clientId, { status, statusChangedAt: at }, (receipt) => acceptsServerStatus(receipt, status))]);
  });
}

/**
 * Removes the attachment ciphertext and upload rows of applications no longer in the outbox (sent and
 * acknowledged): those of `clientIds`, or — with none given, as at the engine's start after a crash —
 * every such one. An application still in the outbox keeps its attachments. Returns how many went.
 */
export async function removeSentAttachments(db: KioskDb, clientIds?: readonly string[]): Promise<number> {
  return db.transaction('rw', [db.outbox, db.attachments, db.uploads], async () => {
    const candidates = clientIds ?? ((await db.attachments.orderBy('clientId').uniqueKeys()) as string[]);
    const queued = new Set(await db.outbox.where('clientId').anyOf([...candidates]).primaryKeys());
    const sent = candidates.filter((id) => !queued.has(id));
    if (sent.length === 0) return 0;
    const [removed] = await Promise.all([db.attachments.where('clientId').anyOf(sent).delete(), db.uploads.where('clientId').anyOf(sent).delete()]);
    return removed;
  });
}

export interface ReceiptStatusChange {
  clientId: string;
  status: ServerReceiptStatus;
  reason?: string;
  changedAt: string;
}

/** Status-feed changes into the receipts, and the new cursor, in one transaction. */
export async function applyStatusChanges(db: KioskDb, changes: readonly ReceiptStatusChange[], cursor: string): Promise<number> {
  let updated = 0;
  await db.transaction('rw', db.receipts, db.settings, async () => {
    for (const change of changes) {
      const reason = change.reason?.normalize('NFC');
      updated += await db.receipts
        .where('clientId')
        .equals(change.clientId)
        .modify((receipt) => {
          receipt.status = change.status;
          receipt.statusChangedAt = change.changedAt;
          if (reason === undefined || reason === '') delete receipt.reason;
          else receipt.reason = reason;
        });
    }
    await db.settings.put({ key: SYNC_SETTING_KEYS.statusCursor, value: cursor });
  });
  return updated;
}

export async function readSetting<T>(db: KioskDb, key: string, guard: (value: unknown) => value is T): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row !== undefined && guard(row.value) ? row.value : undefined;
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}
