import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import { createReceiptPrinter, printReceipt, type PrintDeps, type PrintWindow } from '../../src-main/printing';
import { fakeLog } from './fakes';

const job = {
  language: 'vi',
  title: '<script>alert("x")</script> Biên nhận',
  reference: 'AB7K9QX2',
  lines: [{ label: 'Thủ tục', value: 'Đăng ký khai sinh' }],
};

type PrintCallback = (success: boolean, failureReason: string) => void;

function fakeWindow(outcome: (cb: PrintCallback) => void = (cb) => cb(true, '')) {
  let destroyed = false;
  const win = {
    options: undefined as BrowserWindowConstructorOptions | undefined,
    loadURL: vi.fn(async (_url: string) => undefined),
    webContents: { print: vi.fn((_o: WebContentsPrintOptions, cb: PrintCallback) => outcome(cb)) },
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      destroyed = true;
    }),
  };
  return win;
}

function deps(win: ReturnType<typeof fakeWindow>, printer: Partial<PrintDeps['printerConfig']> = {}, extra: Partial<PrintDeps> = {}) {
  const { log, calls } = fakeLog();
  const createWindow = vi.fn((options: BrowserWindowConstructorOptions) => {
    win.options = options;
    return win as PrintWindow;
  });
  return {
    calls,
    createWindow,
    deps: { createWindow, printerConfig: { deviceName: '', silent: true, paperWidthMicrons: 80000, ...printer }, log, ...extra } as PrintDeps,
  };
}

const loadedHtml = (win: ReturnType<typeof fakeWindow>) => {
  const url = win.loadURL.mock.calls[0]![0];
  expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
  return decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length));
};

describe('printReceipt', () => {
  it('prints silently to the default printer in a hidden, sandboxed, script-less window, then destroys it', async () => {
    const win = fakeWindow();
    const d = deps(win);
    await expect(printReceipt(job, d.deps)).resolves.toEqual({ ok: true });
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
    });
    const options = win.webContents.print.mock.calls[0]![0];
    expect(options).toMatchObject({ silent: true, margins: { marginType: 'none' } });
    expect(options).not.toHaveProperty('deviceName');
    expect(options.pageSize).toMatchObject({ width: 80000 });
    expect((options.pageSize as { height: number }).height).toBeGreaterThan(40000);
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('escapes the job text in the HTML it loads', async () => {
    const win = fakeWindow();
    await printReceipt(job, deps(win).deps);
    const html = loadedHtml(win);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Đăng ký khai sinh');
    expect(html).toContain("default-src 'none'");
  });

  it('uses the configured printer and paper width', async () => {
    const win = fakeWindow();
    await printReceipt(job, deps(win, { deviceName: 'XP_80C', silent: false, paperWidthMicrons: 58000 }).deps);
    expect(win.webContents.print.mock.calls[0]![0]).toMatchObject({ deviceName: 'XP_80C', silent: false, pageSize: { width: 58000 } });
  });

  it('rejects an invalid job without opening a window', async () => {
    const win = fakeWindow();
    const d = deps(win);
    await expect(printReceipt({ ...job, reference: 'lowercase' }, d.deps)).resolves.toEqual({ ok: false, reason: 'invalid' });
    await expect(printReceipt({ ...job, extra: true }, d.deps)).resolves.toEqual({ ok: false, reason: 'invalid' });
    await expect(printReceipt(null, d.deps)).resolves.toEqual({ ok: false, reason: 'invalid' });
    expect(d.createWindow).not.toHaveBeenCalled();
  });

  it('reports a print failure as failed and still destroys the window', async () => {
    const win = fakeWindow((cb) => cb(false, 'Print job failed'));
    const d = deps(win);
    await expect(printReceipt(job, d.deps)).resolves.toMatchObject({ ok: false, reason: 'failed' });
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(d.calls.at(-1)).toMatchObject({ level: 'warn', message: 'receipt print finished' });
  });

  it('maps cancel and unknown printer reasons', async () => {
    await expect(printReceipt(job, deps(fakeWindow((cb) => cb(false, 'cancelled'))).deps)).resolves.toEqual({ ok: false, reason: 'cancelled' });
    await expect(printReceipt(job, deps(fakeWindow((cb) => cb(false, 'Invalid deviceName provided'))).deps)).resolves.toEqual({
      ok: false,
      reason: 'no-printer',
    });
  });

  it('destroys the window when loading or printing throws', async () => {
    const win = fakeWindow(() => {
      throw new Error('render process gone');
    });
    await expect(printReceipt(job, deps(win).deps)).resolves.toEqual({ ok: false, reason: 'failed' });
    expect(win.destroy).toHaveBeenCalledTimes(1);
    const win2 = fakeWindow();
    win2.loadURL.mockRejectedValueOnce(new Error('ERR_FAILED'));
    await expect(printReceipt(job, deps(win2).deps)).resolves.toEqual({ ok: false, reason: 'failed' });
    expect(win2.destroy).toHaveBeenCalledTimes(1);
    expect(win2.webContents.print).not.toHaveBeenCalled();
  });

  it('gives up when the printer never answers', async () => {
    const win = fakeWindow(() => undefined);
    await expect(printReceipt(job, deps(win, {}, { timeoutMs: 20 }).deps)).resolves.toMatchObject({ ok: false, reason: 'failed' });
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });
});

describe('createReceiptPrinter', () => {
  it('prints one receipt at a time', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = fakeWindow((cb) => {
      order.push('first printing');
      release = () => cb(true, '');
    });
    const second = fakeWindow((cb) => {
      order.push('second printing');
      cb(true, '');
    });
    const wins = [first, second];
    const { log } = fakeLog();
    const print = createReceiptPrinter({
      createWindow: () => wins.shift() as PrintWindow,
      printerConfig: { deviceName: '', silent: true, paperWidthMicrons: 80000 },
      log,
    });
    const a = print(job);
    const b = print(job);
    await vi.waitFor(() => expect(order).toEqual(['first printing']));
    release();
    await expect(a).resolves.toEqual({ ok: true });
    await expect(b).resolves.toEqual({ ok: true });
    expect(order).toEqual(['first printing', 'second printing']);
  });
});
