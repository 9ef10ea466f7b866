import type { Language, RendererConfig } from '../config/kiosk-config';
import type { LogEntry } from './log-entry';
import type { ReceiptPrintJob, PrintResult } from '../print/receipt';
import type { ShellEvent } from './shell-event';

/** What the page learns about the machine it runs on. */
export interface KioskInfo {
  appName: string;
  appVersion: string;
  /** Which host implements the bridge: the Electron preload or the plain-browser host. */
  host: 'electron' | 'browser';
  platform: string;
  kioskName: string;
  wardName: string;
  wardCode: string;
  displayMode: RendererConfig['displayMode'];
  defaultLanguage: Language;
}

/** What `setServerUrl` answers: ok, or why not ('invalid' address, nothing saved; 'failed' to save it). */
export type SetServerUrlResult = { ok: true } | { ok: false; reason: 'invalid' | 'failed' };

/**
 * The one bridge between the page and its host, exposed as `window.kiosk`.
 * Implemented by the Electron preload (over the IPC channels in ./ipc-channels) and by the browser host.
 * The page talks to nothing else.
 */
export interface KioskBridge {
  getInfo(): Promise<KioskInfo>;
  getConfig(): Promise<RendererConfig>;
  printReceipt(job: ReceiptPrintJob): Promise<PrintResult>;
  /**
   * Enrollment: point the kiosk at the intake server ward IT entered (a bare http(s) origin, see
   * ServerAddressSchema). The host saves it (it replaces `serverUrl` at every start) and lets the page's
   * CSP connect to it from the next page load on: reload the page after `{ ok: true }`.
   */
  setServerUrl(url: string): Promise<SetServerUrlResult>;
  /** Fire-and-forget diagnostic log line. Never put personal data in it. */
  log(entry: LogEntry): void;
  /** Subscribe to events the shell sends; returns the unsubscribe function. */
  onShellEvent(listener: (event: ShellEvent) => void): () => void;
}
