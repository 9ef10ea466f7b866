/**
 * Reachability probe (contract item 4): `GET /api/v1/health?nonce=<random>`, never following redirects,
 * never from a cache, with a timeout. Online only when OUR server answered 200 with JSON that parses as
 * the health body and echoes the nonce just sent: a captive portal's 200 page, a redirect to a login
 * page or a cached copy never counts. `navigator.onLine` alone is never trusted.
 */
import { base64urlEncode } from '../../src-shared/crypto/base64url';
import { healthResponseSchema, PATHS } from '../../src-shared/protocol';
import type { SyncProblem } from './sync-store';
import { joinUrl, requestJson, type FetchLike } from './http';

export type ProbeResult = { online: true; serverTime: string } | { online: false; problem: Extract<SyncProblem, 'offline' | 'captive-portal' | 'server-error'> };

export const PROBE_TIMEOUT_MS = 8000;

/** 18 random bytes as 24 base64url characters (the server takes 16–64 of that alphabet). */
export function makeNonce(): string {
  return base64urlEncode(globalThis.crypto.getRandomValues(new Uint8Array(18)));
}

export async function probe(fetchFn: FetchLike, serverUrl: string, nonce: string = makeNonce(), timeoutMs: number = PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  const outcome = await requestJson(fetchFn, `${joinUrl(serverUrl, PATHS.health)}?nonce=${encodeURIComponent(nonce)}`, { timeoutMs });
  if (outcome.kind === 'network') return { online: false, problem: 'offline' };
  if (outcome.kind === 'foreign') return { online: false, problem: 'captive-portal' };
  if (outcome.status >= 500) return { online: false, problem: 'server-error' };
  if (outcome.status !== 200) return { online: false, problem: 'captive-portal' };
  const health = healthResponseSchema.safeParse(outcome.body);
  // JSON that is not our health body, or a stale/foreign nonce: something in between answered.
  if (!health.success || health.data.nonce !== nonce) return { online: false, problem: 'captive-portal' };
  return { online: true, serverTime: health.data.serverTime };
}
