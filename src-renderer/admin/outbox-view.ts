/**
 * Read-only views of the outbox for the people at the kiosk: the header's counts and the admin screen's
 * list. Only routing fields leave these functions (reference, procedure, times, state, the machine reason):
 * never the envelope, never anything the resident typed.
 */
import { liveQuery } from 'dexie';
import type { KioskDb, OutboxRecord, OutboxState } from '../storage/db';

export interface OutboxSummary {
  /** Still to be sent (queued or sending). */
  waiting: number;
  /** Refused for good by the server, kept for ward IT. */
  needsAttention: number;
  /** ISO submit time of the oldest application still to be sent, null when none waits. */
  oldestWaitingAt: string | null;
}

export interface OutboxItem {
  clientId: string;
  reference: string;
  procedureId: string;
  procedureCode: string;
  queuedAt: string;
  state: OutboxState;
  attempts: number;
  /** Machine code of why it needs attention (`conflict`, `invalid-application`, …). */
  attentionReason?: string;
  /** Plain English for ward IT (codes and field names, never the resident's data). */
  lastError?: string;
}

const notAttention = (record: OutboxRecord) => record.state !== 'needs-attention';

export async function readOutboxSummary(db: KioskDb): Promise<OutboxSummary> {
  const [total, needsAttention, oldest] = await Promise.all([
    db.outbox.count(),
    db.outbox.where('state').equals('needs-attention').count(),
    db.outbox.orderBy('queuedAt').filter(notAttention).first(),
  ]);
  return { waiting: total - needsAttention, needsAttention, oldestWaitingAt: oldest?.queuedAt ?? null };
}

function toItem(record: OutboxRecord): OutboxItem {
  const { clientId, reference, procedureId, procedureCode, queuedAt, state, attempts, attentionReason, lastError } = record;
  return {
    clientId,
    reference,
    procedureId,
    procedureCode,
    queuedAt,
    state,
    attempts,
    ...(attentionReason !== undefined && { attentionReason }),
    ...(lastError !== undefined && { lastError }),
  };
}

export interface OutboxList {
  /** Those needing attention first, then the rest in sending order, at most `limit`. */
  items: OutboxItem[];
  total: number;
}

export async function readOutboxList(db: KioskDb, limit: number): Promise<OutboxList> {
  const [attention, others, total] = await Promise.all([
    db.outbox.where('state').equals('needs-attention').sortBy('queuedAt'),
    db.outbox.orderBy('queuedAt').filter(notAttention).limit(limit).toArray(),
    db.outbox.count(),
  ]);
  return { items: [...attention, ...others].slice(0, limit).map(toItem), total };
}

/** Calls `onChange` with `read()` now and after every change of what it read (Dexie liveQuery); a failed read goes to `onError` (keep the last view). */
export function liveRead<T>(read: () => Promise<T>, onChange: (value: T) => void, onError: (error: unknown) => void = () => undefined): () => void {
  const subscription = liveQuery(read).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
