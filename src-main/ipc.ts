import type { z } from 'zod';
import type { KioskInfo, SetServerUrlResult } from '../src-shared/bridge/kiosk-bridge';
import { IPC, IpcArgs, type InvokeChannel } from '../src-shared/bridge/ipc-channels';
import type { ValidLogEntry } from '../src-shared/bridge/log-entry';
import { ShellEventSchema, type ShellEvent } from '../src-shared/bridge/shell-event';
import type { RendererConfig } from '../src-shared/config/kiosk-config';
import type { PrintResult, ValidReceiptPrintJob } from '../src-shared/print/receipt';
import { isSameOrigin } from './app-origin';
import type { Log } from './logger';
import { errorText } from './logger';

/**
 * The main-process end of the bridge. Every message is checked before anything runs: the sender must be
 * the top frame of a page on our origin, and the arguments must match the channel's zod tuple. Handlers
 * receive the parsed values only, never the IPC event.
 */

export interface IpcHandlers {
  getInfo(): KioskInfo | Promise<KioskInfo>;
  getConfig(): RendererConfig | Promise<RendererConfig>;
  printReceipt(job: ValidReceiptPrintJob): Promise<PrintResult>;
  /** Gets the address already validated and normalised to its origin. */
  setServerUrl(origin: string): Promise<SetServerUrlResult>;
  log(entry: ValidLogEntry): void;
}

export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export interface IpcSenderEvent {
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): unknown;
  removeHandler(channel: string): void;
  removeListener(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): unknown;
}

export interface RegisterIpcOptions {
  ipcMain: IpcMainLike;
  appOrigin: string;
  handlers: IpcHandlers;
  log: Log;
  /** Renderer log lines accepted per minute; the rest are dropped (a loop must not flood the disk). */
  logLinesPerMinute?: number;
  now?: () => number;
}

/** Why a sender is refused, or null when it is our own top frame. */
export function senderProblem(event: IpcSenderEvent | null | undefined, appOrigin: string): string | null {
  let frame: SenderFrame | null | undefined;
  try {
    frame = event?.senderFrame; // the getter throws when the frame is already gone
  } catch {
    return 'frame gone';
  }
  if (!frame) return 'no sender frame';
  if (frame.parent !== null) return 'subframe';
  if (!isSameOrigin(frame.url, appOrigin)) return 'foreign origin';
  return null;
}

export function registerIpcHandlers(options: RegisterIpcOptions): () => void {
  const { ipcMain, appOrigin, handlers, log } = options;
  const now = options.now ?? Date.now;
  const perMinute = options.logLinesPerMinute ?? 120;

  const handle = <C extends InvokeChannel>(channel: C, run: (args: z.output<(typeof IpcArgs)[C]>) => unknown) => {
    ipcMain.handle(channel, async (event, ...args) => {
      const problem = senderProblem(event, appOrigin);
      if (problem) {
        log('warn', 'ipc call refused', { channel, problem });
        throw new Error('forbidden');
      }
      const parsed = IpcArgs[channel].safeParse(args);
      if (!parsed.success) {
        log('warn', 'ipc call with invalid arguments', { channel, count: args.length });
        throw new Error('invalid arguments');
      }
      try {
        return await run(parsed.data as z.output<(typeof IpcArgs)[C]>);
      } catch (error) {
        log('error', 'ipc handler failed', { channel, error: errorText(error) });
        // Electron replies with error.toString() only: the page sees 'failed', never the internal cause.
        throw new Error('failed', { cause: error });
      }
    });
  };
  handle(IPC.getInfo, () => handlers.getInfo());
  handle(IPC.getConfig, () => handlers.getConfig());
  handle(IPC.printReceipt, ([job]) => handlers.printReceipt(job));
  handle(IPC.setServerUrl, ([origin]) => handlers.setServerUrl(origin));

  let windowStart = now();
  let lines = 0;
  let droppedLines = 0;
  const onLog = (event: IpcSenderEvent, ...args: unknown[]) => {
    const problem = senderProblem(event, appOrigin);
    if (problem) return log('warn', 'ipc message refused', { channel: IPC.log, problem });
    const parsed = IpcArgs[IPC.log].safeParse(args);
    if (!parsed.success) return log('warn', 'ipc message with invalid arguments', { channel: IPC.log, count: args.length });
    if (now() - windowStart >= 60_000) {
      if (droppedLines > 0) log('warn', 'renderer log lines dropped', { dropped: droppedLines });
      windowStart = now();
      lines = 0;
      droppedLines = 0;
    }
    if (++lines > perMinute) {
      droppedLines++;
      return;
    }
    try {
      handlers.log(parsed.data[0]);
    } catch {
      // logging never breaks the app
    }
  };
  ipcMain.on(IPC.log, onLog);

  return () => {
    for (const channel of [IPC.getInfo, IPC.getConfig, IPC.printReceipt, IPC.setServerUrl]) ipcMain.removeHandler(channel);
    ipcMain.removeListener(IPC.log, onLog);
  };
}

export interface ShellEventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Push an event to the page; only well-formed events go out. Returns whether it was sent. */
export function sendShellEvent(target: ShellEventTarget | null | undefined, event: ShellEvent): boolean {
  const parsed = ShellEventSchema.safeParse(event);
  if (!parsed.success || !target || target.isDestroyed()) return false;
  try {
    target.send(IPC.shellEvent, parsed.data);
    return true;
  } catch {
    return false;
  }
}
