import type { KioskBridge, KioskInfo, SetServerUrlResult } from '../../src-shared/bridge/kiosk-bridge';
import { LogEntrySchema } from '../../src-shared/bridge/log-entry';
import type { ShellEvent } from '../../src-shared/bridge/shell-event';
import { parseKioskConfig, toRendererConfig, type RendererConfig } from '../../src-shared/config/kiosk-config';
import { ServerAddressSchema } from '../../src-shared/config/server-address';
import { ReceiptPrintJobSchema } from '../../src-shared/print/receipt';
import { printReceiptInPage } from './print-in-page';

/** Where the plain-browser host (scripts/web-host) answers. Same origin as the page. */
export const HOST_BASE = '/__host/';

const APP_NAME = 'Một Cửa Kiosk';

async function fetchJson(fetchImpl: typeof fetch, path: string): Promise<unknown> {
  try {
    const response = await fetchImpl(HOST_BASE + path, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return undefined;
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The bridge for a plain browser (Chromium E2E, development): configuration and version come from the
 * web host; a page without a host still starts with defaults in windowed mode. Printing uses the
 * browser's own print; shell events map to the Page Lifecycle events (freeze → suspend, resume → resume).
 */
export function createBrowserHost(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): KioskBridge {
  let configPromise: Promise<RendererConfig> | undefined;
  const getConfig = (): Promise<RendererConfig> => {
    configPromise ??= fetchJson(fetchImpl, 'config').then((raw) =>
      toRendererConfig(parseKioskConfig(raw ?? { displayMode: 'windowed' }).config),
    );
    return configPromise;
  };

  return {
    getConfig,
    async getInfo(): Promise<KioskInfo> {
      const config = await getConfig();
      const raw = await fetchJson(fetchImpl, 'info');
      const version =
        raw !== null && typeof raw === 'object' && typeof (raw as { appVersion?: unknown }).appVersion === 'string'
          ? (raw as { appVersion: string }).appVersion
          : '0.0.0';
      return {
        appName: APP_NAME,
        appVersion: version.slice(0, 40),
        host: 'browser',
        platform: navigator.platform || 'web',
        kioskName: config.kioskName,
        wardName: config.wardName,
        wardCode: config.wardCode,
        displayMode: config.displayMode,
        defaultLanguage: config.defaultLanguage,
      };
    },
    async setServerUrl(url): Promise<SetServerUrlResult> {
      const parsed = ServerAddressSchema.safeParse(url);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      let status: number;
      try {
        const response = await fetchImpl(HOST_BASE + 'server-url', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ serverUrl: parsed.data }),
          cache: 'no-store',
          credentials: 'same-origin',
        });
        status = response.status;
      } catch {
        return { ok: false, reason: 'failed' };
      }
      if (status === 400) return { ok: false, reason: 'invalid' };
      if (status !== 200) return { ok: false, reason: 'failed' };
      configPromise = undefined; // the next getConfig asks the host again
      return { ok: true };
    },
    async printReceipt(job) {
      const parsed = ReceiptPrintJobSchema.safeParse(job);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      return printReceiptInPage(parsed.data);
    },
    log(entry) {
      const parsed = LogEntrySchema.safeParse(entry);
      if (!parsed.success) return;
      void fetchImpl(HOST_BASE + 'log', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(parsed.data),
        keepalive: true,
      }).catch(() => undefined);
    },
    onShellEvent(listener) {
      const emit = (event: ShellEvent) => () => listener(event);
      const onFreeze = emit({ type: 'suspend' });
      const onResume = emit({ type: 'resume' });
      document.addEventListener('freeze', onFreeze);
      document.addEventListener('resume', onResume);
      return () => {
        document.removeEventListener('freeze', onFreeze);
        document.removeEventListener('resume', onResume);
      };
    },
  };
}

/** Make sure `window.kiosk` exists: the Electron preload provides it, otherwise install the browser host. */
export function ensureKioskBridge(win: Window = window): KioskBridge {
  if (!(win as Partial<Window>).kiosk) {
    Object.defineProperty(win, 'kiosk', { value: createBrowserHost(), writable: false, configurable: false });
  }
  return win.kiosk;
}
