/**
 * The fault-injecting proxy the sync tests rely on: every fault it claims to inject is seen by a client
 * the way a kiosk on bad Wi-Fi would see it, and the target sees what a real server would see.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFaultProxy, PORTAL_PATH, type FaultProxy } from './helpers/fault-proxy';
import { plainRequest, startRecordingServer, type RecordingServer } from './helpers/recording-server';

let target: RecordingServer;
let proxy: FaultProxy;

beforeEach(async () => {
  target = await startRecordingServer();
  proxy = await createFaultProxy({ target: target.url });
});

afterEach(async () => {
  await proxy.close();
  await target.close();
});

const body = (n: number) => new Uint8Array(n).fill(0x42);

describe('fault proxy: forwarding', () => {
  it('forwards requests and answers untouched, keeping the client Host header', async () => {
    const res = await plainRequest(`${proxy.url}/api/v1/applications/x?y=1`, { method: 'PUT', body: body(70_000) });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toEqual({ method: 'PUT', path: '/api/v1/applications/x', bytes: 70_000 });
    expect(target.arrived).toEqual([{ method: 'PUT', path: '/api/v1/applications/x', host: `127.0.0.1:${proxy.port}`, bytes: 70_000, complete: true }]);
    const download = await plainRequest(`${proxy.url}/bytes/300000`);
    expect(download.body.length).toBe(300_000);
    expect(proxy.totalFaults()).toBe(0);
    expect(proxy.stats()).toMatchObject({ forwarded: 2, upstreamErrors: 0, bytesUp: 70_000, statuses: { '200': 2 } });
  });

  it('answers 502 when the target is down, without calling it an injected fault', async () => {
    await target.close();
    const res = await plainRequest(`${proxy.url}/api/v1/health`);
    expect(res.status).toBe(502);
    expect(proxy.stats().upstreamErrors).toBe(1);
    expect(proxy.totalFaults()).toBe(0);
  });
});

describe('fault proxy: each fault as a client sees it', () => {
  it('cut-upload: the server gets exactly the first N bytes of the body, the client a broken connection', async () => {
    proxy.injectNext({ kind: 'cut-upload', afterBytes: 5_000 }, { method: 'PATCH' });
    await expect(plainRequest(`${proxy.url}/api/v1/uploads/abc`, { method: 'PATCH', body: body(50_000) })).rejects.toThrow();
    await target.waitFor(1);
    expect(target.arrived[0]).toMatchObject({ method: 'PATCH', bytes: 5_000, complete: false });
    expect(proxy.counts()['cut-upload']).toBe(1);
  });

  it('cut-upload by fraction cuts inside the body, never after its last byte', async () => {
    proxy.injectNext({ kind: 'cut-upload', afterFraction: 1 });
    await expect(plainRequest(`${proxy.url}/u`, { method: 'PUT', body: body(10_000) })).rejects.toThrow();
    await target.waitFor(1);
    expect(target.arrived[0]).toMatchObject({ bytes: 9_999, complete: false });
  });

  it('cut-after-forward: the server received the whole request, the client never hears back', async () => {
    proxy.injectNext({ kind: 'cut-after-forward' });
    await expect(plainRequest(`${proxy.url}/api/v1/applications/a`, { method: 'PUT', body: body(20_000) })).rejects.toThrow();
    expect(target.arrived).toMatchObject([{ method: 'PUT', bytes: 20_000, complete: true }]);
    expect(proxy.counts()['cut-after-forward']).toBe(1);
  });

  it.each([500, 502, 503] as const)('http-%i: answered by the proxy, the server never called', async (status) => {
    proxy.injectNext({ kind: `http-${status}` });
    const res = await plainRequest(`${proxy.url}/api/v1/applications/a`, { method: 'PUT', body: body(1_000) });
    expect(res.status).toBe(status);
    expect(target.arrived).toEqual([]);
    expect(proxy.counts()[`http-${status}`]).toBe(1);
  });

  it('captive-portal: a 200 text/html login page instead of the server', async () => {
    proxy.injectNext({ kind: 'captive-portal' });
    const res = await plainRequest(`${proxy.url}/api/v1/health?nonce=abc`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body.toString()).toContain('Đăng nhập');
    expect(target.arrived).toEqual([]);
    expect(proxy.counts()['captive-portal']).toBe(1);
  });

  it('redirect: a 302 to the login page, which the proxy serves itself; or to any location given', async () => {
    proxy.injectNext({ kind: 'redirect' });
    const res = await plainRequest(`${proxy.url}/api/v1/health`);
    expect(res.status).toBe(302);
    const location = String(res.headers.location);
    expect(location.startsWith(`${proxy.url}${PORTAL_PATH}`)).toBe(true);
    const followed = await fetch(`${proxy.url}/api/v1/device`, { redirect: 'follow' }).then(async (r) => [r.status, await r.text()] as const);
    expect(followed[0]).toBe(200); // the next request was not faulted: it reached the target
    const portal = await plainRequest(location);
    expect(portal.status).toBe(200);
    expect(portal.body.toString()).toContain('<form');
    proxy.injectNext({ kind: 'redirect', location: 'http://127.0.0.2:9/login' });
    expect((await plainRequest(`${proxy.url}/x`)).headers.location).toBe('http://127.0.0.2:9/login');
    expect(target.arrived.map((r) => r.path)).toEqual(['/api/v1/device']);
    expect(proxy.counts().redirect).toBe(2);
  });

  it('redirect followed by fetch lands on a 200 HTML page, not on the server', async () => {
    proxy.injectNext({ kind: 'redirect' });
    const res = await fetch(`${proxy.url}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(res.redirected).toBe(true);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(target.arrived).toEqual([]);
  });

  it('stall with a duration: no answer, then the connection is destroyed', async () => {
    proxy.injectNext({ kind: 'stall', ms: 200 });
    await expect(plainRequest(`${proxy.url}/api/v1/applications/a`, { method: 'PUT', body: body(100) })).rejects.toThrow();
    expect(target.arrived).toEqual([]);
    expect(proxy.counts().stall).toBe(1);
  });

  it('stall without a duration: held until the client gives up', async () => {
    proxy.injectNext({ kind: 'stall' });
    await expect(plainRequest(`${proxy.url}/api/v1/health`, { timeoutMs: 300 })).rejects.toMatchObject({ code: 'CLIENT_TIMEOUT' });
    expect((await plainRequest(`${proxy.url}/api/v1/health`)).status).toBe(200);
    expect(target.arrived).toHaveLength(1);
  });

  it('close() ends held connections: a stalled client is not left hanging', async () => {
    proxy.injectNext({ kind: 'stall' });
    const pending = plainRequest(`${proxy.url}/api/v1/health`);
    const settled = expect(pending).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await proxy.close();
    await settled;
  });
});

describe('fault proxy: the plan', () => {
  it('rules match by method and path and fire at the positions given', async () => {
    proxy.setRules([{ method: 'PATCH', path: '/api/v1/uploads', at: [2, 3], fault: { kind: 'http-503' } }]);
    const statuses: number[] = [];
    for (const [method, path] of [
      ['PATCH', '/api/v1/uploads/a'],
      ['PUT', '/api/v1/uploads/a'],
      ['PATCH', '/api/v1/other'],
      ['PATCH', '/api/v1/uploads/b'],
      ['PATCH', '/api/v1/uploads/c'],
      ['PATCH', '/api/v1/uploads/d'],
    ] as const) {
      statuses.push((await plainRequest(`${proxy.url}${path}`, { method, body: body(10) })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 503, 503, 200]);
  });

  it('a path pattern and a limit: fires on every match until the limit', async () => {
    proxy.setRules([{ path: /^\/api\/v1\/applications\/[^/]+$/, limit: 2, fault: { kind: 'http-500' } }]);
    const statuses: number[] = [];
    for (const path of ['/api/v1/applications/a', '/api/v1/applications', '/api/v1/applications/b', '/api/v1/applications/c']) {
      statuses.push((await plainRequest(`${proxy.url}${path}`)).status);
    }
    expect(statuses).toEqual([500, 200, 500, 200]);
    expect(proxy.counts()['http-500']).toBe(2);
  });

  it('a rate draws from the seeded PRNG: the same seed picks the same requests', async () => {
    const run = async (seed: number) => {
      const p = await createFaultProxy({ target: target.url, seed, rules: [{ rate: 0.5, fault: { kind: 'http-502' } }] });
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await plainRequest(`${p.url}/r/${i}`)).status);
      await p.close();
      return statuses;
    };
    const first = await run(42);
    expect(await run(42)).toEqual(first);
    expect(first.filter((s) => s === 502).length).toBeGreaterThan(0);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(0);
  });

  it('counts every injected fault by kind', async () => {
    proxy.setRules([
      { at: [1], fault: { kind: 'captive-portal' } },
      { at: [2], fault: { kind: 'http-500' } },
      { at: [3], fault: { kind: 'redirect' } },
    ]);
    for (let i = 0; i < 4; i++) await plainRequest(`${proxy.url}/c/${i}`);
    expect(proxy.counts()).toMatchObject({ 'captive-portal': 1, 'http-500': 1, redirect: 1, stall: 0, 'cut-upload': 0 });
    expect(proxy.totalFaults()).toBe(3);
    expect(proxy.log.map((f) => f.path)).toEqual(['/c/0', '/c/1', '/c/2']);
  });

  it('refuses a rule it cannot honour', () => {
    expect(() => proxy.addRule({ rate: 2, fault: { kind: 'http-500' } })).toThrow(/rate/);
    expect(() => proxy.addRule({ at: [0], fault: { kind: 'http-500' } })).toThrow(/at/);
  });
});

describe('fault proxy: throttle', () => {
  it('delivers every byte both ways, no faster than the link allows', async () => {
    const rate = 512 * 1024;
    proxy.setThrottle(rate);
    const size = 384 * 1024;
    const started = performance.now();
    const upload = await plainRequest(`${proxy.url}/up`, { method: 'POST', body: body(size) });
    const download = await plainRequest(`${proxy.url}/bytes/${size}`);
    const seconds = (performance.now() - started) / 1000;
    expect(JSON.parse(upload.body.toString()).bytes).toBe(size);
    expect(download.body.length).toBe(size);
    // A lower bound only (a slow machine can only take longer): each direction may burst 1/20 s ahead.
    const burst = Math.max(16 * 1024, rate / 20);
    expect(seconds).toBeGreaterThanOrEqual((2 * (size - burst)) / rate);
  });
});
