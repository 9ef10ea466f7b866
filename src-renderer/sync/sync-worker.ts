/**
 * The sync worker (issue 4, item 5): runs the engine off the page's thread with its own Dexie handle on
 * the kiosk database, and posts its view to the page. Started by sync-client.ts.
 */
import { createKioskDb } from '../storage/db';
import { SyncEngine } from './engine';
import { handleWorkerMessage } from './engine-host';
import type { FromWorker } from './messages';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'online', listener: () => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const engine = new SyncEngine({
  db: createKioskDb(),
  fetch: (input, init) => fetch(input, init),
  publish: (view) => scope.postMessage({ type: 'view', view }),
});
scope.addEventListener('message', (event) => handleWorkerMessage(engine, event.data));
// Workers see the online event too; the page relays it as well (harmless: a pass is never run twice at once).
scope.addEventListener('online', () => engine.online());
