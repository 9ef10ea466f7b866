import * as fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect, vi, afterEach, beforeEach } from 'vitest';
import { createBrowserHost } from '../../src-renderer/host/browser-host';
import type { ShellEvent } from '../../src-shared/bridge/shell-event';
import { startWebHost } from '../../scripts/web-host/server';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('browser host (window.kiosk in plain Chromium)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the configuration from the web host and fills in defaults', async () => {
    const fetchImpl = vi.fn(async (url: string | URL | Request) =>
      String(url).endsWith('config') ? json({ kioskName: 'Tổ 7', displayMode: 'windowed' }) : json({ appVersion: '1.2.3' }),
    );
    const host = createBrowserHost(fetchImpl as typeof fetch);
    const config = await host.getConfig();
    expect(config.kioskName).toBe('Tổ 7');
    expect(config.wardName).toBe('Phường Tây Hồ');
    expect(config.session.idleWarningSeconds).toBe(150);
    const info = await host.getInfo();
    expect(info).toMatchObject({ host: 'browser', appVersion: '1.2.3', kioskName: 'Tổ 7' });
  });

  it('starts with defaults in windowed mode when no host answers (or a captive page answers HTML)', async () => {
    const offline = createBrowserHost((async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect((await offline.getConfig()).displayMode).toBe('windowed');
    const html = createBrowserHost((async () => new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } })) as typeof fetch);
    expect((await html.getConfig()).kioskName).toBe('Điểm một cửa');
    expect((await html.getInfo()).appVersion).toBe('0.0.0');
  });

  it('ignores a hostile configuration field but keeps the rest', async () => {
    const host = createBrowserHost((async () => json({ kioskName: 'Tổ 9', wardCode: '../../etc', displayMode: 'kiosk' })) as typeof fetch);
    const config = await host.getConfig();
    expect(config.kioskName).toBe('Tổ 9');
    expect(config.wardCode).toBe('00103');
  });

  it('sends valid log lines to the host and drops malformed ones', async () => {
    const fetchImpl = vi.fn(async () => json({ ok: true }, 202));
    const host = createBrowserHost(fetchImpl as typeof fetch);
    host.log({ level: 'info', message: 'started' });
    host.log({ level: 'shout' as 'info', message: 'x' });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ level: 'info', message: 'started' });
  });

  it('refuses to print a malformed receipt and prints a valid one through the browser', async () => {
    const host = createBrowserHost((async () => json({})) as typeof fetch);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    expect(await host.printReceipt({ language: 'vi', title: '', reference: 'bad ref', lines: [] })).toEqual({ ok: false, reason: 'invalid' });
    const result = await host.printReceipt({
      language: 'vi',
      title: 'Biên nhận',
      reference: 'ABCD2345',
      lines: [{ label: 'Thủ tục', value: '<img src=x onerror=alert(1)>' }],
    });
    expect(result).toEqual({ ok: true });
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.querySelector('img')).toBeNull();
    expect(document.getElementById('print-receipt')).toBeNull();
  });

  it('maps page lifecycle events to shell events and stops after unsubscribe', () => {
    const host = createBrowserHost((async () => json({})) as typeof fetch);
    const seen: ShellEvent[] = [];
    const off = host.onShellEvent((e) => seen.push(e));
    document.dispatchEvent(new Event('freeze'));
    document.dispatchEvent(new Event('resume'));
    off();
    document.dispatchEvent(new Event('resume'));
    expect(seen).toEqual([{ type: 'suspend' }, { type: 'resume' }]);
  });
});

describe('browser host ↔ web host: the intake server address entered at enrollment', () => {
  const OLD = 'https://old.example.vn';
  const NEW = 'https://new.example.vn';
  let dir: string;
  let root: string;
  let stateDir: string;
  let configFile: string;
  const servers: http.Server[] = [];

  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // the host's own log lines
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-web-host-'));
    root = path.join(dir, 'renderer');
    stateDir = path.join(dir, 'state');
    configFile = path.join(dir, 'kiosk-config.json');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
    fs.writeFileSync(path.join(root, 'assets', 'sync-worker-B2x9.js'), 'self.onmessage = () => {}');
    fs.writeFileSync(path.join(root, 'assets', 'compress-worker-Q1.mjs'), 'export {}');
    fs.writeFileSync(configFile, JSON.stringify({ kioskName: 'Tổ 7', displayMode: 'windowed', serverUrl: OLD }));
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  async function start(options: { stateDir?: string } = { stateDir }) {
    const server = await startWebHost({ root, port: 0, configFile, appVersion: '9.9.9', ...options });
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const fetchImpl = vi.fn((input: string | URL | Request, init?: RequestInit) => fetch(base + String(input), init));
    return { base, fetchImpl, host: createBrowserHost(fetchImpl as typeof fetch) };
  }

  const connectSrc = async (base: string, file = '') => {
    const response = await fetch(`${base}/${file}`);
    await response.arrayBuffer();
    return (response.headers.get('content-security-policy') ?? '').split('; ').find((d) => d.startsWith('connect-src ')) ?? '';
  };

  /** A raw POST to the host's address endpoint, with headers a browser would never let a page choose. */
  const rawPost = (base: string, headers: Record<string, string>, body: string) =>
    new Promise<number>((resolve, reject) => {
      const request = http.request(`${base}/__host/server-url`, { method: 'POST', headers }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end(body);
    });

  const saved = () => (fs.existsSync(stateDir) ? fs.readdirSync(stateDir) : []);

  it('round trip: the page sets the address, the host saves it, config and CSP follow, and a restart keeps it', async () => {
    const first = await start();
    expect((await first.host.getConfig()).serverUrl).toBe(OLD);
    expect(await connectSrc(first.base)).toBe(`connect-src 'self' ${OLD}`);

    await expect(first.host.setServerUrl(' https://New.Example.VN/ ')).resolves.toEqual({ ok: true });

    expect((await first.host.getConfig()).serverUrl).toBe(NEW);
    for (const file of ['', 'assets/sync-worker-B2x9.js', 'assets/compress-worker-Q1.mjs']) {
      expect(await connectSrc(first.base, file)).toBe(`connect-src 'self' ${NEW}`);
    }
    expect(saved()).toEqual(['server-address.json']);
    const file = path.join(stateDir, 'server-address.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).serverUrl).toBe(NEW);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const restarted = await start();
    expect((await restarted.host.getConfig()).serverUrl).toBe(NEW);
    expect((await restarted.host.getConfig()).kioskName).toBe('Tổ 7');
    expect(await connectSrc(restarted.base)).toBe(`connect-src 'self' ${NEW}`);
  });

  it('serves worker scripts as JavaScript with the page’s CSP', async () => {
    const { base } = await start();
    const page = await fetch(`${base}/`);
    for (const file of ['assets/sync-worker-B2x9.js', 'assets/compress-worker-Q1.mjs']) {
      const response = await fetch(`${base}/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
    }
  });

  it('refuses bad addresses, in the page and in the host, and saves nothing', async () => {
    const { base, host, fetchImpl } = await start();
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'https://u:p@a.vn', "https://a.vn; script-src 'unsafe-inline'", 'https://*.a.vn']) {
      await expect(host.setServerUrl(bad)).resolves.toEqual({ ok: false, reason: 'invalid' });
    }
    expect(fetchImpl).not.toHaveBeenCalled();
    const json = { 'content-type': 'application/json' };
    expect(await rawPost(base, json, JSON.stringify({ serverUrl: 'https://a.vn "b' }))).toBe(400);
    expect(await rawPost(base, json, JSON.stringify({ serverUrl: 'https://a.vn', extra: 1 }))).toBe(400);
    expect(await rawPost(base, json, '{not json')).toBe(400);
    expect(await rawPost(base, json, JSON.stringify({ serverUrl: `https://${'a'.repeat(400)}.vn` }))).toBe(400);
    expect(await rawPost(base, json, JSON.stringify({ serverUrl: `https://${'a'.repeat(5000)}.vn` }))).toBe(413);
    expect(saved()).toEqual([]);
    expect(await connectSrc(base)).toBe(`connect-src 'self' ${OLD}`);
  });

  it('refuses a change from another site, a form post or a DNS-rebinding name', async () => {
    const { base } = await start();
    const body = JSON.stringify({ serverUrl: 'https://evil.example' });
    const port = new URL(base).port;
    expect(await rawPost(base, { 'content-type': 'application/json', origin: 'https://evil.example' }, body)).toBe(403);
    expect(await rawPost(base, { 'content-type': 'text/plain' }, body)).toBe(403);
    expect(await rawPost(base, { 'content-type': 'application/json', host: `evil.example:${port}`, origin: `http://evil.example:${port}` }, body)).toBe(403);
    expect(saved()).toEqual([]);
    expect(await connectSrc(base)).toBe(`connect-src 'self' ${OLD}`);
    // the host's own page (same Origin) may
    expect(await rawPost(base, { 'content-type': 'application/json', origin: base }, JSON.stringify({ serverUrl: NEW }))).toBe(200);
    expect(await connectSrc(base)).toBe(`connect-src 'self' ${NEW}`);
  });

  it('without KIOSK_STATE_DIR the address holds until the host stops', async () => {
    const first = await start({});
    await expect(first.host.setServerUrl(NEW)).resolves.toEqual({ ok: true });
    expect(await connectSrc(first.base)).toBe(`connect-src 'self' ${NEW}`);
    expect(saved()).toEqual([]);
    const restarted = await start({});
    expect((await restarted.host.getConfig()).serverUrl).toBe(OLD);
  });

  it('answers "failed" when the host is unreachable or cannot save', async () => {
    const down = createBrowserHost((async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    await expect(down.setServerUrl(NEW)).resolves.toEqual({ ok: false, reason: 'failed' });
    const broken = createBrowserHost((async () => json({ ok: false, reason: 'failed' }, 500)) as typeof fetch);
    await expect(broken.setServerUrl(NEW)).resolves.toEqual({ ok: false, reason: 'failed' });
  });
});
