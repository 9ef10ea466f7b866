/**
 * One request to the intake server, classified so that only OUR answers count (lessons: a captive portal
 * answers 200; Enketo made duplicates when a 200 was taken as delivery). `ours` = a non-redirect response
 * whose body is JSON (or empty on 204/304); `foreign` = a redirect, an opaque redirect, or a 2xx/4xx/511
 * body that is not JSON (a portal's page, a proxy's error page); `network` = no answer or a timeout.
 * A 5xx without JSON is still `ours` (the server or its proxy is failing: retry later).
 */

/** The part of `fetch` the sync code uses; injected in tests. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const REQUEST_TIMEOUT_MS = 8000;

export type HttpOutcome =
  | { kind: 'ours'; status: number; body: unknown; headers: Headers }
  | { kind: 'foreign'; status: number; why: 'redirect' | 'not-json' }
  | { kind: 'network'; error: string };

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
}

function isJsonType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

function timeoutSignal(ms: number): AbortSignal {
  return AbortSignal.timeout(ms);
}

export async function requestJson(fetchFn: FetchLike, url: string, request: JsonRequest = {}): Promise<HttpOutcome> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  let body: string | undefined;
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: request.method ?? 'GET',
      headers,
      body,
      redirect: 'manual',
      cache: 'no-store',
      credentials: 'omit',
      signal: timeoutSignal(request.timeoutMs ?? REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: 'network', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  const status = response.status;
  if (response.type === 'opaqueredirect' || response.redirected || (status >= 300 && status < 400 && status !== 304) || status === 0) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'foreign', status, why: 'redirect' };
  }
  if (status === 204 || status === 304) return { kind: 'ours', status, body: undefined, headers: response.headers };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { kind: 'network', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  let parsed: unknown;
  let json = isJsonType(response.headers.get('content-type'));
  if (json) {
    try {
      parsed = JSON.parse(text);
    } catch {
      json = false;
    }
  }
  if (!json) {
    if (status >= 500 && status !== 511) return { kind: 'ours', status, body: undefined, headers: response.headers };
    return { kind: 'foreign', status, why: 'not-json' };
  }
  return { kind: 'ours', status, body: parsed, headers: response.headers };
}

/** `https://host:port/` → `https://host:port` (paths are appended to it). */
export function joinUrl(serverUrl: string, path: string): string {
  return `${serverUrl.replace(/\/+$/, '')}${path}`;
}
