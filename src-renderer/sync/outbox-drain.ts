/**
 * The outbox sent one application at a time, in submit order (contract items 3 and 6), with the
 * kiosk's own work kept off the wire's critical path:
 *
 *  - the next application's attachments are read and checked against their hashes (prepareAttachments)
 *    once the current one is frozen, i.e. while it is on the wire;
 *  - once the server holds the current one's PUT, ONE small transaction on the outbox and receipts
 *    deletes the record of the application acknowledged before it (the receipt keeps the server's
 *    status), marks the next one sending and frozen, and reads the new counts — beside, not behind, the
 *    next one's reads of its attachments; the next one is frozen when its turn comes, still before its
 *    first byte. When the drain stops at the current one instead, the next is put back exactly as it
 *    was (queued, not frozen, the attempt not counted): its turn did not come;
 *  - an acknowledged application's record therefore goes one application after its acknowledgement
 *    (never more: each send waits for that delete before it). A crash in between leaves an acknowledged
 *    record in the outbox: sent again, the server answers with what it already holds (the replay the
 *    contract allows);
 *  - the attachment ciphertext of acknowledged applications goes SWEEP_EVERY applications at a time, and
 *    the rest when the drain ends or stops (removeSentAttachments; the engine also sweeps at each start,
 *    for those a crash left behind).
 *
 * Every deferred delete has finished (and a failure of it is thrown) before this returns.
 */
import type { OutboxRecord } from '../storage/db';
import { markSendingUndoable, outboxCounts, removeSentAttachments, type MarkedSending } from '../storage/outbox-state';
import type { SyncView } from './sync-store';
import { prepareAttachments, sendApplication, type PreparedAttachments, type SendContext, type SendOutcome } from './send-application';

/** Acknowledged applications whose attachments are removed together (one transaction for them all). */
const SWEEP_EVERY = 8;

export interface DrainReport {
  publish: (change: Partial<SyncView>) => void;
  counts: () => Promise<Pick<SyncView, 'waiting' | 'needsAttention'>>;
}

/** Why the drain stopped early (the engine backs off or halts), or `null` when every record was tried. */
export type DrainStop = Extract<SendOutcome, { kind: 'retry' | 'auth' }> | null;

export async function drainOutbox(context: SendContext, records: readonly OutboxRecord[], report: DrainReport): Promise<DrainStop> {
  const prepare = (i: number): Promise<PreparedAttachments> | undefined => {
    const record = records[i];
    if (record === undefined) return undefined;
    const prepared = prepareAttachments(context.db, record.clientId);
    prepared.catch(() => undefined); // awaited (and reported) by sendApplication; dropped when the drain stops first
    return prepared;
  };
  let deferred: { clientId: string; run: () => Promise<void> } | null = null;
  let settling: Promise<void> = Promise.resolve();
  let publishing: Promise<void> = Promise.resolve();
  /** Acknowledged applications whose attachments are still to remove, and the removals under way. */
  let sent: string[] = [];
  let sweeping: Promise<unknown> = Promise.resolve();
  /** Removes the attachments of the acknowledged ones (after their records' deletes have committed). */
  const sweep = () => {
    if (sent.length === 0) return;
    const ids = sent;
    sent = [];
    const deleted = settling;
    sweeping = sweeping.then(() => deleted).then(() => removeSentAttachments(context.db, ids));
    sweeping.catch(() => undefined); // awaited below
  };
  const acknowledged = (clientId: string) => {
    sent.push(clientId);
    if (sent.length >= SWEEP_EVERY) sweep();
  };
  /** The next record's mark, started while the current one uploads (undefined: not started). */
  let nextMark: Promise<MarkedSending | undefined> | undefined;
  /**
   * ONE transaction, on the outbox and receipts only (it runs beside the next one's reads of its
   * attachments): the pending acknowledgement's record delete, `record`'s mark (sending, frozen), and the
   * counts that changed — awaited through `settling`, the counts published in order through `publishing`
   * (awaited only when the drain ends: nothing waits for a count before the next application goes).
   * Returns the mark; undefined when there was nothing to do.
   */
  const bookkeep = (record?: OutboxRecord): Promise<MarkedSending | undefined> | undefined => {
    const acknowledge = deferred;
    deferred = null;
    if (acknowledge === null && record === undefined) return undefined;
    const { db } = context;
    const step = db.transaction('rw', db.outbox, db.receipts, async () => {
      if (acknowledge !== null) await acknowledge.run();
      const marked = record === undefined ? undefined : await markSendingUndoable(db, record.clientId, context.now());
      return { marked, counts: acknowledge === null ? null : await outboxCounts(db) };
    });
    step.catch(() => undefined); // thrown through `settling` and the next record's send
    settling = settling.then(() => step).then(() => undefined);
    settling.catch(() => undefined); // awaited below
    if (acknowledge !== null) {
      acknowledged(acknowledge.clientId);
      publishing = publishing.then(async () => {
        const counts = (await step.catch(() => null))?.counts;
        if (counts) report.publish(counts);
      });
      publishing.catch(() => undefined); // awaited below
    }
    const marked = step.then((done) => done.marked);
    marked.catch(() => undefined); // awaited by its sendApplication, or undone below
    return marked;
  };
  /** The previous one's delete, if still pending, alone. */
  const settle = () => void bookkeep();
  /** Once the server holds the current application's PUT: the previous one's delete and the next one's mark. */
  const markAhead = (i: number) => {
    if (nextMark === undefined) nextMark = bookkeep(records[i]);
  };
  const takeNextMark = () => {
    const taken = nextMark;
    nextMark = undefined;
    return taken;
  };

  let next = prepare(0);
  for (const [i, record] of records.entries()) {
    report.publish({ sending: { index: i + 1, total: records.length } });
    const current = next;
    const marked = takeNextMark();
    let ahead = false;
    const prefetch = () => {
      if (ahead) return;
      ahead = true;
      next = prepare(i + 1);
    };
    const outcome = await sendApplication(context, record, current, { ...(marked && { marked }), frozen: prefetch, uploading: () => markAhead(i + 1), deferAcknowledge: true });
    // When the record was not sent (gone, or kept before its first byte) or its PUT was refused: the
    // previous one's delete, if still pending, goes alone.
    prefetch();
    settle();
    await settling;
    if (outcome.kind === 'acked' && outcome.acknowledge !== undefined) {
      deferred = { clientId: record.clientId, run: outcome.acknowledge };
      continue;
    }
    await publishing; // the counts of earlier deletes first
    report.publish(await report.counts());
    if (outcome.kind === 'retry' || outcome.kind === 'auth') {
      // The next one's turn did not come: back as it was.
      const markedAhead = await takeNextMark()?.catch(() => undefined);
      await markedAhead?.undo();
      sweep();
      await sweeping;
      return outcome;
    }
  }
  settle();
  await settling;
  await publishing;
  sweep();
  await sweeping;
  return null;
}
