import { afterEach, describe, expect, it } from 'vitest';
import { useDeviceStore } from '../../../src-renderer/device/device-store';
import { toWorkerSchema, fromWorkerSchema } from '../../../src-renderer/sync/messages';
import { requestSync, startSync, type SyncClient } from '../../../src-renderer/sync/sync-client';
import { INITIAL_SYNC_VIEW, useSyncStore } from '../../../src-renderer/sync/sync-store';
import { deleteAll, freshDb } from '../storage/harness';
import { FakeIntakeServer, GOOD_CODE, ORIGIN } from './fake-server';
import { fileApplications, serverKeys } from './sync-harness';

let client: SyncClient | null = null;
afterEach(async () => {
  client?.stop();
  client = null;
  useSyncStore.setState({ ...INITIAL_SYNC_VIEW, syncNow: () => undefined });
  useDeviceStore.setState(useDeviceStore.getInitialState(), true);
  await deleteAll();
});

async function until(check: () => boolean): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 5000) throw new Error(`timed out; store: ${JSON.stringify(useSyncStore.getState())}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('sync client on the page', () => {
  it('shows "not enrolled", then after enrollment sends the waiting applications and shows 0 waiting', async () => {
    const keys = await serverKeys();
    const server = new FakeIntakeServer({ kid: 'intake-2026-01', publicKeyJwk: keys.publicJwk as never });
    const db = freshDb();
    await fileApplications(db, 2);
    client = startSync({ db, fetch: server.fetch, useWorker: false });
    expect(client.mode).toBe('page');
    await until(() => useSyncStore.getState().problem === 'not-enrolled');
    expect(useSyncStore.getState().waiting).toBe(2);

    // The enrollment screen goes through the device store; the client tells the engine.
    const result = await useDeviceStore.getState().enroll(db, ORIGIN, GOOD_CODE, { fetch: server.fetch });
    expect(result.ok).toBe(true);
    await until(() => useSyncStore.getState().waiting === 0 && useSyncStore.getState().problem === null);
    expect(server.received).toBe(2);
    expect(useSyncStore.getState().lastSuccessAt).not.toBeNull();

    await fileApplications(db, 1, Date.parse('2026-11-26T00:00:00Z'));
    requestSync();
    await until(() => server.received === 3);
    server.fail((_m, path) => path.endsWith('/health'), 'portal');
    useSyncStore.getState().syncNow();
    await until(() => useSyncStore.getState().problem === 'captive-portal');
    expect(useSyncStore.getState().nextAttemptAt).not.toBeNull();
  });

  it('checks the messages both ways', () => {
    expect(toWorkerSchema.safeParse({ type: 'sync-now' }).success).toBe(true);
    expect(toWorkerSchema.safeParse({ type: 'sync-now', extra: 1 }).success).toBe(false);
    expect(toWorkerSchema.safeParse({ type: 'delete-everything' }).success).toBe(false);
    expect(fromWorkerSchema.safeParse({ type: 'view', view: INITIAL_SYNC_VIEW }).success).toBe(true);
    expect(fromWorkerSchema.safeParse({ type: 'view', view: { ...INITIAL_SYNC_VIEW, waiting: -1 } }).success).toBe(false);
  });
});
