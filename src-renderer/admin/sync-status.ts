/**
 * What the header says about sending (issue 4, item 8), from the outbox counts and the sync view: the
 * waiting count or "sending 2 of 5", how many need ward IT, and either the last successful send or — when
 * applications wait and nothing goes out — "not sent yet, next try at 10:40". Never a silent stall: a
 * queue whose oldest application has waited STALL_MINUTES without a send says so even if the sync engine
 * reported nothing (a stopped worker reports nothing).
 */
import type { SyncView } from '../sync/sync-store';
import type { OutboxSummary } from './outbox-view';

export const STALL_MINUTES = 10;

export type SyncNote =
  | { kind: 'sent'; at: string }
  | { kind: 'not-sent'; retryAt: string | null }
  | null;

export interface SyncStatus {
  sending: { index: number; total: number } | null;
  waiting: number;
  needsAttention: number;
  note: SyncNote;
  /** What changed, for a polite announcement: one word per state, so "2 / 5 → 3 / 5" is not announced. */
  phase: 'idle' | 'sending' | 'not-sent' | 'sent';
}

export type SyncViewPart = Pick<SyncView, 'sending' | 'lastSuccessAt' | 'problem' | 'nextAttemptAt'>;

function stalled(summary: OutboxSummary, view: SyncViewPart, now: Date): boolean {
  if (view.problem !== null) return true;
  if (summary.oldestWaitingAt === null) return false;
  const since = Date.parse(summary.oldestWaitingAt);
  return Number.isFinite(since) && now.getTime() - since > STALL_MINUTES * 60_000;
}

export function syncStatus(summary: OutboxSummary, view: SyncViewPart, now: Date): SyncStatus {
  const base = { waiting: summary.waiting, needsAttention: summary.needsAttention };
  if (view.sending) return { ...base, sending: view.sending, note: null, phase: 'sending' };
  if (summary.waiting > 0 && stalled(summary, view, now)) {
    const next = view.nextAttemptAt !== null && Date.parse(view.nextAttemptAt) > now.getTime() ? view.nextAttemptAt : null;
    return { ...base, sending: null, note: { kind: 'not-sent', retryAt: next }, phase: 'not-sent' };
  }
  if (view.lastSuccessAt !== null) return { ...base, sending: null, note: { kind: 'sent', at: view.lastSuccessAt }, phase: 'sent' };
  return { ...base, sending: null, note: null, phase: 'idle' };
}
