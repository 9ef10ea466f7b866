/**
 * An authenticated JSON call to the intake server, classified for the engine. Only 200/201 with our JSON
 * counts as success; a 401 is retried once with a fresh token, then reported as revoked (the server said
 * `kiosk-revoked`) or as a clock problem (tokens refused: the kiosk's clock is most likely off).
 */
import { errorBodySchema, type ErrorBody } from '../../src-shared/protocol';
import type { SyncProblem } from './sync-store';
import { requestJson, type FetchLike, type JsonRequest } from './http';

export type RetryProblem = Extract<SyncProblem, 'offline' | 'captive-portal' | 'server-error' | 'storage'>;

export type CallOutcome =
  | { kind: 'ok'; status: number; body: unknown; headers: Headers }
  | { kind: 'retry'; problem: RetryProblem; detail: string }
  | { kind: 'auth'; problem: 'revoked' | 'clock' }
  | { kind: 'refused'; status: number; error: ErrorBody | undefined };

export interface CallContext {
  fetch: FetchLike;
  /** A fresh `Authorization` header value (a new token each call). */
  authorization: () => Promise<string>;
  /** Per request, unless the request sets its own (default REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
}

const RETRYABLE_4XX = new Set([408, 423, 429]);

export async function callServer(context: CallContext, url: string, request: JsonRequest = {}, okStatuses: readonly number[] = [200, 201]): Promise<CallOutcome> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const headers = { ...request.headers, authorization: await context.authorization() };
    const timeoutMs = request.timeoutMs ?? context.requestTimeoutMs;
    const outcome = await requestJson(context.fetch, url, { ...request, headers, ...(timeoutMs !== undefined && { timeoutMs }) });
    if (outcome.kind === 'network') return { kind: 'retry', problem: 'offline', detail: outcome.error };
    if (outcome.kind === 'foreign') return { kind: 'retry', problem: 'captive-portal', detail: `${outcome.why} (${outcome.status})` };
    const { status } = outcome;
    if (okStatuses.includes(status)) return { kind: 'ok', status, body: outcome.body, headers: outcome.headers };
    if (status >= 500) return { kind: 'retry', problem: 'server-error', detail: `answered ${status}` };
    if (RETRYABLE_4XX.has(status)) return { kind: 'retry', problem: 'server-error', detail: `answered ${status}` };
    const parsed = errorBodySchema.safeParse(outcome.body);
    const error = parsed.success ? parsed.data : undefined;
    if (status === 401) {
      if (error?.error === 'kiosk-revoked') return { kind: 'auth', problem: 'revoked' };
      if (attempt === 0) continue;
      return { kind: 'auth', problem: 'clock' };
    }
    // A 4xx without our error body was not written by our server (a proxy, a portal): never final.
    if (error === undefined) return { kind: 'retry', problem: 'captive-portal', detail: `answered ${status} without an error body` };
    if (status >= 200 && status < 300) return { kind: 'retry', problem: 'server-error', detail: `unexpected ${status}` };
    return { kind: 'refused', status, error };
  }
  return { kind: 'auth', problem: 'clock' };
}

/** The words kept for ward IT about a refusal: the code and the fields, never field values. */
export function refusalDetail(status: number, error: ErrorBody | undefined): string {
  if (!error) return `answered ${status}`;
  const fields = (error.fields ?? []).map((f) => `${f.field}: ${f.key}`).join('; ');
  return [`${status} ${error.error}`, error.limit !== undefined ? `limit ${error.limit} bytes` : '', fields].filter((part) => part !== '').join(' — ');
}
