import { describe, it, expect, vi, afterEach } from 'vitest';
import { createBrowserHost } from '../../src-renderer/host/browser-host';
import type { ShellEvent } from '../../src-shared/bridge/shell-event';

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
