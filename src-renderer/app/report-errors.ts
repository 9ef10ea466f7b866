import type { KioskBridge } from '../../src-shared/bridge/kiosk-bridge';

/** Send uncaught errors to the kiosk log: the error's kind and place only, never what was typed. */
export function reportUncaughtErrors(bridge: KioskBridge, win: Window = window): void {
  win.addEventListener('error', (event) => {
    bridge.log({
      level: 'error',
      message: 'uncaught error',
      context: { name: event.error instanceof Error ? event.error.name : 'Error', file: String(event.filename).slice(-80), line: event.lineno },
    });
  });
  win.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    bridge.log({ level: 'error', message: 'unhandled rejection', context: { name: reason instanceof Error ? reason.name : typeof reason } });
  });
}
