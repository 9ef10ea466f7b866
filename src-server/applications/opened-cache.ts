/**
 * Opened envelopes of the last applications, by client id: the PUT opens an application's envelope (RSA
 * unwrap of its content key) to check it, and its attachments, which arrive right after it (two at a
 * time), decrypt with that same key instead of unwrapping it again. Promises are kept, so two uploads
 * of one application that arrive together share one unwrap; a failed open is not kept.
 */
import type { SubmitApplicationRequest } from '../../src-shared/protocol';
import type { KeyRing } from '../keys/server-keys';
import { openEnvelope } from './check-submission';

export type OpenedEnvelope = Awaited<ReturnType<typeof openEnvelope>>;

/** Enough for the applications in flight and the last ones (a kiosk sends one at a time). */
const OPENED_CACHE_SIZE = 64;
const caches = new WeakMap<KeyRing, Map<string, Promise<OpenedEnvelope>>>();

function cacheOf(keys: KeyRing): Map<string, Promise<OpenedEnvelope>> {
  let cache = caches.get(keys);
  if (!cache) caches.set(keys, (cache = new Map()));
  return cache;
}

function keep(cache: Map<string, Promise<OpenedEnvelope>>, clientId: string, opened: Promise<OpenedEnvelope>): void {
  cache.delete(clientId);
  cache.set(clientId, opened);
  if (cache.size > OPENED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** Remembers what the PUT opened (call only once the application is stored). */
export function rememberOpened(keys: KeyRing, clientId: string, opened: OpenedEnvelope): void {
  keep(cacheOf(keys), clientId, Promise.resolve(opened));
}

/** The opened envelope of a stored application (`body`: its PUT body as stored). */
export function openStored(keys: KeyRing, clientId: string, body: string): Promise<OpenedEnvelope> {
  const cache = cacheOf(keys);
  const hit = cache.get(clientId);
  if (hit) return hit;
  const opened = openEnvelope(keys, clientId, (JSON.parse(body) as SubmitApplicationRequest).envelope);
  keep(cache, clientId, opened);
  opened.catch(() => {
    if (cache.get(clientId) === opened) cache.delete(clientId);
  });
  return opened;
}
