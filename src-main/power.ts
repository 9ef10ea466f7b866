import type { ShellEvent } from '../src-shared/bridge/shell-event';
import { sendShellEvent, type ShellEventTarget } from './ipc';
import type { Log } from './logger';

/** Keeps the display awake and tells the page when the machine sleeps, wakes, locks or unlocks. */

export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): boolean;
  isStarted(id: number): boolean;
}

type PowerEvent = 'resume' | 'suspend' | 'lock-screen' | 'unlock-screen';
const FORWARDED: readonly PowerEvent[] = ['resume', 'suspend', 'lock-screen', 'unlock-screen'];

export interface PowerMonitorLike {
  on(event: PowerEvent, listener: () => void): unknown;
  removeListener(event: PowerEvent, listener: () => void): unknown;
}

export interface PowerOptions {
  powerSaveBlocker: PowerSaveBlockerLike;
  powerMonitor: PowerMonitorLike;
  /** The page to tell (the main window's webContents), looked up at event time. */
  target: () => ShellEventTarget | null | undefined;
  log: Log;
}

/** Starts both; returns a function that stops them. */
export function startPowerManagement({ powerSaveBlocker, powerMonitor, target, log }: PowerOptions): () => void {
  let blockerId: number | null = null;
  try {
    blockerId = powerSaveBlocker.start('prevent-display-sleep');
  } catch (error) {
    log('warn', 'could not keep the display awake', { error: String(error) });
  }
  const listeners = FORWARDED.map((type) => {
    const listener = () => {
      log('info', `power: ${type}`);
      const event: ShellEvent = { type };
      sendShellEvent(target(), event);
    };
    powerMonitor.on(type, listener);
    return [type, listener] as const;
  });
  return () => {
    for (const [type, listener] of listeners) powerMonitor.removeListener(type, listener);
    if (blockerId !== null && powerSaveBlocker.isStarted(blockerId)) powerSaveBlocker.stop(blockerId);
    blockerId = null;
  };
}
