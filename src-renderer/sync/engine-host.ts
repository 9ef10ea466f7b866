/** The engine's side of the message channel: the same in the worker and in the in-page fallback. */
import type { SyncEngine } from './engine';
import { toWorkerSchema } from './messages';

/** Handles one message from the page; unknown or malformed messages are ignored. */
export function handleWorkerMessage(engine: SyncEngine, data: unknown): void {
  const message = toWorkerSchema.safeParse(data);
  if (!message.success) return;
  switch (message.data.type) {
    case 'start':
      engine.start();
      break;
    case 'online':
      engine.online();
      break;
    case 'submitted':
    case 'device-changed':
      engine.requestSync();
      break;
    case 'sync-now':
      engine.syncNow();
      break;
    case 'stop':
      void engine.stop();
      break;
  }
}
