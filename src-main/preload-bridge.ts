import { IPC } from '../src-shared/bridge/ipc-channels';
import type { KioskBridge, SetServerUrlResult } from '../src-shared/bridge/kiosk-bridge';
import { ShellEventSchema } from '../src-shared/bridge/shell-event';
import { ServerAddressSchema } from '../src-shared/config/server-address';
import { ReceiptPrintJobSchema, type PrintResult } from '../src-shared/print/receipt';

/**
 * The preload's implementation of `window.kiosk`. Bundled into the sandboxed preload: imports nothing
 * but shared schemas (no Node builtins). The page never sees ipcRenderer or an IPC event object.
 */

type Listener = (event: unknown, ...args: unknown[]) => void;

/** The four ipcRenderer methods the bridge uses (Electron's ipcRenderer satisfies this). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
}

type Refusal = { ok: false; reason: 'invalid' | 'failed' };

/** An invoke whose argument is checked first, answering a refusal instead of throwing at the page. */
function checkedInvoke<R extends { ok: boolean }>(
  ipcRenderer: IpcRendererLike,
  channel: string,
  schema: { safeParse(value: unknown): { success: boolean } },
): (arg: unknown) => Promise<R | Refusal> {
  return async (arg) => {
    if (!schema.safeParse(arg).success) return { ok: false, reason: 'invalid' };
    try {
      return (await ipcRenderer.invoke(channel, arg)) as R;
    } catch {
      return { ok: false, reason: 'failed' };
    }
  };
}

export function createPreloadBridge(ipcRenderer: IpcRendererLike): KioskBridge {
  return {
    getInfo: () => ipcRenderer.invoke(IPC.getInfo) as ReturnType<KioskBridge['getInfo']>,
    getConfig: () => ipcRenderer.invoke(IPC.getConfig) as ReturnType<KioskBridge['getConfig']>,
    printReceipt: checkedInvoke<PrintResult>(ipcRenderer, IPC.printReceipt, ReceiptPrintJobSchema),
    setServerUrl: checkedInvoke<SetServerUrlResult>(ipcRenderer, IPC.setServerUrl, ServerAddressSchema),
    log(entry) {
      try {
        ipcRenderer.send(IPC.log, entry);
      } catch {
        // a log line that cannot be cloned is dropped, never thrown at the page
      }
    },
    onShellEvent(listener) {
      if (typeof listener !== 'function') return () => undefined;
      const wrapped: Listener = (_event, payload) => {
        const parsed = ShellEventSchema.safeParse(payload);
        if (!parsed.success) return;
        try {
          listener(parsed.data);
        } catch {
          // the page's listener failing must not break other listeners
        }
      };
      ipcRenderer.on(IPC.shellEvent, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipcRenderer.removeListener(IPC.shellEvent, wrapped);
      };
    },
  };
}
