import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import type { KioskConfig } from '../src-shared/config/kiosk-config';
import { ReceiptPrintJobSchema, type PrintResult } from '../src-shared/print/receipt';
import { estimateReceiptHeightMicrons, renderReceiptHtml } from '../src-shared/print/receipt-html';
import type { Log } from './logger';
import { errorText } from './logger';

/**
 * Prints a receipt: validated job → escaped HTML → hidden, sandboxed, script-less window loaded from a
 * data: URL → webContents.print with an explicit roll page size. The window is always destroyed.
 */

export type PrinterConfig = KioskConfig['printer'];

export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PrintDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  printerConfig: PrinterConfig;
  log: Log;
  /** Give up when the print callback has not come back (drivers can hang). */
  timeoutMs?: number;
}

export function printWindowOptions(paperWidthMicrons: number): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: Math.max(200, Math.round((paperWidthMicrons / 25400) * 96)),
    height: 800,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      images: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    },
  };
}

function resultFor(success: boolean, failureReason: string): PrintResult {
  if (success) return { ok: true };
  if (/cancel/i.test(failureReason)) return { ok: false, reason: 'cancelled' };
  if (/device ?name|no printer|printer not found/i.test(failureReason)) return { ok: false, reason: 'no-printer' };
  return { ok: false, reason: 'failed', detail: failureReason.slice(0, 200) };
}

export async function printReceipt(job: unknown, deps: PrintDeps): Promise<PrintResult> {
  const parsed = ReceiptPrintJobSchema.safeParse(job);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { printerConfig, log } = deps;
  const layout = { paperWidthMicrons: printerConfig.paperWidthMicrons };
  const html = renderReceiptHtml(parsed.data, layout);
  let win: PrintWindow | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    win = deps.createWindow(printWindowOptions(printerConfig.paperWidthMicrons));
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const options: WebContentsPrintOptions = {
      silent: printerConfig.silent,
      printBackground: false,
      color: false,
      margins: { marginType: 'none' },
      pageSize: { width: printerConfig.paperWidthMicrons, height: estimateReceiptHeightMicrons(parsed.data, layout) },
      // Empty name: let the system default printer take the job.
      ...(printerConfig.deviceName ? { deviceName: printerConfig.deviceName } : {}),
    };
    const printing = win.webContents;
    const result = await new Promise<PrintResult>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, reason: 'failed', detail: 'timeout' }), deps.timeoutMs ?? 60_000);
      printing.print(options, (success, failureReason) => resolve(resultFor(success, String(failureReason ?? ''))));
    });
    log(result.ok ? 'info' : 'warn', 'receipt print finished', { ok: result.ok, reason: result.ok ? '' : result.reason });
    return result;
  } catch (error) {
    log('error', 'receipt print failed', { error: errorText(error) });
    return { ok: false, reason: 'failed' };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    try {
      if (win && !win.isDestroyed()) win.destroy();
    } catch {
      // already gone
    }
  }
}

/** One print at a time: a second receipt waits for the first instead of racing it to the printer. */
export function createReceiptPrinter(deps: PrintDeps): (job: unknown) => Promise<PrintResult> {
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const next = queue.then(() => printReceipt(job, deps));
    queue = next.catch(() => undefined);
    return next;
  };
}
