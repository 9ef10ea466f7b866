import { describe, expect, it } from 'vitest';
import { HEALTH_SERVICE, PROTOCOL_VERSION } from '../../../src-shared/protocol';
import { makeNonce, probe } from '../../../src-renderer/sync/probe';

const ORIGIN = 'https://intake.test';
const NONCE = 'Abcdefghijklmnop1234';

function answer(response: () => Response) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn = (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(response());
  };
  return { calls, fetchFn };
}
const health = (nonce: string, extra: object = {}) =>
  new Response(JSON.stringify({ service: HEALTH_SERVICE, protocol: PROTOCOL_VERSION, nonce, serverTime: '2026-11-24T03:00:00.000Z', ...extra }), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

describe('reachability probe', () => {
  it('is online only when our server echoes the nonce, asked without cache or redirects', async () => {
    const { calls, fetchFn } = answer(() => health(NONCE));
    expect(await probe(fetchFn, ORIGIN, NONCE)).toEqual({ online: true, serverTime: '2026-11-24T03:00:00.000Z' });
    expect(calls[0]?.url).toBe(`${ORIGIN}/api/v1/health?nonce=${NONCE}`);
    expect(calls[0]?.init).toMatchObject({ redirect: 'manual', cache: 'no-store' });
    expect(calls[0]?.init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ["a captive portal's 200 HTML page", () => new Response('<html>Đăng nhập</html>', { status: 200, headers: { 'content-type': 'text/html' } })],
    ['a redirect to a login page', () => new Response(null, { status: 302, headers: { location: 'http://login.wifi/' } })],
    ['an echo of another nonce (a cached answer)', () => health('Zzzzzzzzzzzzzzzzzzzz')],
    ['JSON that is not our health body', () => new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } })],
    ['our body from another service', () => health(NONCE, { service: 'someone-else' })],
    ['JSON under a text content type', () => new Response(JSON.stringify({ service: HEALTH_SERVICE }), { status: 200, headers: { 'content-type': 'text/plain' } })],
    ['a 511 network authentication page', () => new Response('<html/>', { status: 511, headers: { 'content-type': 'text/html' } })],
  ])('calls %s a captive portal, never online', async (_name, response) => {
    const { fetchFn } = answer(response);
    expect(await probe(fetchFn, ORIGIN, NONCE)).toEqual({ online: false, problem: 'captive-portal' });
  });

  it('reports an opaque redirect (the browser with redirect: manual) as a captive portal', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, redirected: false, headers: new Headers(), body: null, text: () => Promise.resolve('') } as unknown as Response;
    expect(await probe(() => Promise.resolve(opaque), ORIGIN, NONCE)).toEqual({ online: false, problem: 'captive-portal' });
  });

  it('reports no answer or a timeout as offline, and 5xx as a server error', async () => {
    expect(await probe(() => Promise.reject(new TypeError('fetch failed')), ORIGIN, NONCE)).toEqual({ online: false, problem: 'offline' });
    expect(await probe(() => Promise.reject(new DOMException('timed out', 'TimeoutError')), ORIGIN, NONCE)).toEqual({ online: false, problem: 'offline' });
    expect(await probe(() => Promise.resolve(new Response('oops', { status: 503 })), ORIGIN, NONCE)).toEqual({ online: false, problem: 'server-error' });
  });

  it('draws a fresh nonce each time, in the alphabet the server accepts', () => {
    const a = makeNonce();
    expect(a).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(makeNonce()).not.toBe(a);
  });
});
