/**
 * What the people at the kiosk see of sync (issue 4, item 8): the waiting count, "sending 2 of 5", the
 * last successful sync, and a "needs attention" state a volunteer can act on. The sync worker's client
 * (sync-client.ts) writes it; the header, the volunteer's queue screen and the lookup read it.
 * Never holds anything personal.
 */
import { create } from 'zustand';

/** Why the last attempt did not reach the server, for the volunteer's words (i18n `sync.problem.*`). */
export type SyncProblem =
  | 'not-enrolled'
  | 'offline'
  | 'captive-portal'
  | 'server-error'
  | 'clock'
  | 'revoked'
  | 'storage';

export type SyncConnection = 'unknown' | 'online' | 'offline';

export interface SyncView {
  /** Applications in the outbox still to be sent (queued or being sent; not the ones needing attention). */
  waiting: number;
  /** While a pass sends: the 1-based position of the application being sent, of `total` in this pass. */
  sending: { index: number; total: number } | null;
  /** Applications the server refused for good; kept, never deleted, until ward IT deals with them. */
  needsAttention: number;
  /** ISO time of the last pass that reached the server and sent everything it had. */
  lastSuccessAt: string | null;
  connection: SyncConnection;
  /** The reason the last attempt failed, null when it did not. */
  problem: SyncProblem | null;
  /** ISO time of the next automatic attempt while backing off, else null. */
  nextAttemptAt: string | null;
}

export interface SyncActions {
  /** "Gửi ngay": attempt now and reset the backoff. A no-op until the sync client is started. */
  syncNow: () => void;
}

export const INITIAL_SYNC_VIEW: SyncView = {
  waiting: 0,
  sending: null,
  needsAttention: 0,
  lastSuccessAt: null,
  connection: 'unknown',
  problem: null,
  nextAttemptAt: null,
};

export const useSyncStore = create<SyncView & SyncActions>(() => ({
  ...INITIAL_SYNC_VIEW,
  syncNow: () => undefined,
}));
