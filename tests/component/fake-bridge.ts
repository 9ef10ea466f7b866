import type { KioskBridge, KioskInfo } from '../../src-shared/bridge/kiosk-bridge';
import type { LogEntry } from '../../src-shared/bridge/log-entry';
import type { ShellEvent } from '../../src-shared/bridge/shell-event';
import type { ReceiptPrintJob } from '../../src-shared/print/receipt';
import { parseKioskConfig, toRendererConfig } from '../../src-shared/config/kiosk-config';
import { ServerAddressSchema } from '../../src-shared/config/server-address';

export interface FakeBridge extends KioskBridge {
  logs: LogEntry[];
  printed: ReceiptPrintJob[];
  /** Server addresses the page asked for with setServerUrl (accepted ones, normalised). */
  serverUrls: string[];
  emit(event: ShellEvent): void;
}

/** An in-memory bridge for component tests: records logs and print jobs, lets a test emit shell events. */
export function fakeBridge({ info, config: extra = {} }: { info: KioskInfo; config?: Record<string, unknown> }): FakeBridge {
  const listeners = new Set<(e: ShellEvent) => void>();
  let config = toRendererConfig(
    parseKioskConfig({ kioskName: info.kioskName, wardName: info.wardName, wardCode: info.wardCode, displayMode: info.displayMode, ...extra }).config,
  );
  const bridge: FakeBridge = {
    logs: [],
    printed: [],
    serverUrls: [],
    getInfo: () => Promise.resolve(info),
    getConfig: () => Promise.resolve(config),
    printReceipt: (job) => {
      bridge.printed.push(job);
      return Promise.resolve({ ok: true });
    },
    setServerUrl: (url) => {
      const parsed = ServerAddressSchema.safeParse(url);
      if (!parsed.success) return Promise.resolve({ ok: false, reason: 'invalid' });
      bridge.serverUrls.push(parsed.data);
      config = { ...config, serverUrl: parsed.data };
      return Promise.resolve({ ok: true });
    },
    log: (entry) => void bridge.logs.push(entry),
    onShellEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event) => listeners.forEach((l) => l(event)),
  };
  return bridge;
}
