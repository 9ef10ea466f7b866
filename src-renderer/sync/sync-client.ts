/**
 * The page's side of sync: `startSync()` starts the sync worker (or, where Worker is unavailable, the
 * same engine on the page), relays the `online` event, new submissions (`requestSync()`), enrollment
 * and "Gửi ngay" (`useSyncStore.getState().syncNow()`) to it, and writes its view into `useSyncStore`.
 */
import { useDeviceStore } from '../device/device-store';
import { createKioskDb, type KioskDb } from '../storage/db';
import { SyncEngine } from './engine';
import { handleWorkerMessage } from './engine-host';
import type { FetchLike } from './http';
import { fromWorkerSchema, syncViewSchema, type ToWorker } from './messages';
import { useSyncStore, type SyncView } from './sync-store';

export interface StartSyncOptions {
  /** The page's database handle (used only when the engine runs on the page). */
  db?: KioskDb;
  /** false: run the engine on the page even where Worker exists (tests, diagnosis). */
  useWorker?: boolean;
  /** Injected fetch for the in-page engine (tests). */
  fetch?: FetchLike;
}

export interface SyncClient {
  requestSync(): void;
  syncNow(): void;
  stop(): void;
  /** 'worker' or 'page': where the engine runs. */
  readonly mode: 'worker' | 'page';
}

let active: SyncClient | null = null;

/** The in-page engine's view, checked as the worker's messages are. */
function publishView(view: SyncView): void {
  const checked = syncViewSchema.safeParse(view);
  if (checked.success) useSyncStore.setState(checked.data);
}

function startWorker(): { post: (m: ToWorker) => void; stop: () => void } | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent) => {
    const message = fromWorkerSchema.safeParse(event.data);
    // fromWorkerSchema has already checked the view (syncViewSchema): no second parse per message.
    if (message.success) useSyncStore.setState(message.data.view);
  };
  return { post: (m) => worker.postMessage(m), stop: () => worker.terminate() };
}

function startInPage(options: StartSyncOptions): { post: (m: ToWorker) => void; stop: () => void } {
  const engine = new SyncEngine({
    db: options.db ?? createKioskDb(),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    publish: publishView,
  });
  return { post: (m) => handleWorkerMessage(engine, m), stop: () => void engine.stop() };
}

/** Starts sync once; a second call returns the running client. */
export function startSync(options: StartSyncOptions = {}): SyncClient {
  if (active) return active;
  const worker = options.useWorker === false ? null : startWorker();
  const channel = worker ?? startInPage(options);
  const post = (message: ToWorker) => channel.post(message);

  const onOnline = () => post({ type: 'online' });
  globalThis.addEventListener?.('online', onOnline);
  let kioskId = useDeviceStore.getState().device?.kioskId;
  const unsubscribe = useDeviceStore.subscribe((state) => {
    if (state.device?.kioskId === kioskId) return;
    kioskId = state.device?.kioskId;
    post({ type: 'device-changed' });
  });

  const client: SyncClient = {
    mode: worker ? 'worker' : 'page',
    requestSync: () => post({ type: 'submitted' }),
    syncNow: () => post({ type: 'sync-now' }),
    stop: () => {
      post({ type: 'stop' });
      globalThis.removeEventListener?.('online', onOnline);
      unsubscribe();
      channel.stop();
      useSyncStore.setState({ syncNow: () => undefined });
      active = null;
    },
  };
  useSyncStore.setState({ syncNow: client.syncNow });
  active = client;
  post({ type: 'start' });
  return client;
}

/** After a submit: send soon. A no-op until sync is started. */
export function requestSync(): void {
  active?.requestSync();
}
