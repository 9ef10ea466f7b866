/**
 * Status back to the kiosk (issue 4, item 6): `GET /status-feed?since=<cursor>`, following `more`, each
 * page's changes written to the receipts with the new cursor in one transaction (a crash re-reads at most
 * one page, and applying a change twice is harmless).
 */
import { PATHS, statusFeedResponseSchema } from '../../src-shared/protocol';
import { SYNC_SETTING_KEYS, type KioskDb } from '../storage/db';
import { applyStatusChanges, isString, readSetting, type ReceiptStatusChange } from '../storage/outbox-state';
import { joinUrl } from './http';
import { callServer, type CallContext, type CallOutcome } from './server-call';

/** Pages per poll at most (200 changes each): a long backlog continues at the next poll. */
export const MAX_FEED_PAGES = 20;

export type FeedResult = { ok: true; changes: number } | { ok: false; outcome: Exclude<CallOutcome, { kind: 'ok' }> | { kind: 'invalid' } };

export async function pollStatusFeed(context: CallContext & { db: KioskDb; serverUrl: string }): Promise<FeedResult> {
  let changes = 0;
  // Read once; after each page the cursor just written is the one to continue from.
  let cursor = await readSetting(context.db, SYNC_SETTING_KEYS.statusCursor, isString);
  for (let page = 0; page < MAX_FEED_PAGES; page++) {
    const query = cursor === undefined ? '' : `?since=${encodeURIComponent(cursor)}`;
    const outcome = await callServer(context, `${joinUrl(context.serverUrl, PATHS.statusFeed)}${query}`, { method: 'GET' }, [200]);
    if (outcome.kind !== 'ok') return { ok: false, outcome };
    const feed = statusFeedResponseSchema.safeParse(outcome.body);
    if (!feed.success) return { ok: false, outcome: { kind: 'invalid' } };
    const updates: ReceiptStatusChange[] = feed.data.changes
      .filter((c) => c.status !== 'pending-attachments')
      .map((c) => ({ clientId: c.clientId, status: c.status as ReceiptStatusChange['status'], reason: c.reason, changedAt: c.changedAt }));
    await applyStatusChanges(context.db, updates, feed.data.cursor);
    changes += updates.length;
    if (!feed.data.more || feed.data.cursor === cursor) break;
    cursor = feed.data.cursor;
  }
  return { ok: true, changes };
}
