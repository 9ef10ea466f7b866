import type { Log } from './logger';

/**
 * What to do when the renderer dies or hangs: reload while crashes stay within a budget over a sliding
 * window, then show the static error page instead of looping. A hang ('unresponsive' for longer than a
 * grace period) counts as a crash: the hung renderer is killed and the same budget decides.
 */

export interface RenderGoneDetails {
  reason: string;
  exitCode?: number;
}

export type TimerHandle = unknown;

export interface CrashRecoveryOptions {
  /** Reloads allowed within windowMs; the crash after that shows the error page. */
  budget?: number;
  windowMs?: number;
  unresponsiveGraceMs?: number;
  now: () => number;
  setTimer: (callback: () => void, ms: number) => TimerHandle;
  clearTimer: (handle: TimerHandle) => void;
  /** Load the app again (in a fresh renderer process). */
  reload: () => void;
  showErrorPage: (reason: string) => void;
  /** Kill a hung renderer (webContents.forcefullyCrashRenderer) before reload/showErrorPage runs. */
  killHungRenderer?: () => void;
  log: Log;
}

export interface CrashRecovery {
  onRenderProcessGone(details: RenderGoneDetails): void;
  onUnresponsive(): void;
  onResponsive(): void;
  /** Crashes currently counted against the budget. */
  recentCrashes(): number;
}

/** A 'render-process-gone' arriving this soon after we killed a hung renderer is that kill, not a new crash. */
const KILL_ECHO_MS = 5_000;

export function createCrashRecovery(options: CrashRecoveryOptions): CrashRecovery {
  const budget = Math.max(0, options.budget ?? 3);
  const windowMs = options.windowMs ?? 10 * 60_000;
  const graceMs = options.unresponsiveGraceMs ?? 15_000;
  const { now, log } = options;
  let crashes: number[] = [];
  let hangTimer: TimerHandle | null = null;
  let killedAt: number | null = null;

  const prune = () => {
    const cutoff = now() - windowMs;
    crashes = crashes.filter((t) => t > cutoff);
  };

  const cancelHangTimer = () => {
    if (hangTimer !== null) options.clearTimer(hangTimer);
    hangTimer = null;
  };

  const recordCrash = (reason: string) => {
    cancelHangTimer();
    prune();
    crashes.push(now());
    if (crashes.length <= budget) {
      log('warn', 'renderer recovered by reload', { reason, crashes: crashes.length, budget });
      options.reload();
    } else {
      log('error', 'renderer crash budget exhausted: showing error page', { reason, crashes: crashes.length, budget });
      options.showErrorPage(reason);
    }
  };

  return {
    onRenderProcessGone(details) {
      const reason = typeof details?.reason === 'string' ? details.reason : 'unknown';
      log('warn', 'renderer process gone', { reason, exitCode: details?.exitCode });
      if (killedAt !== null && now() - killedAt <= KILL_ECHO_MS) {
        killedAt = null;
        return;
      }
      killedAt = null;
      if (reason === 'clean-exit') return;
      recordCrash(reason);
    },
    onUnresponsive() {
      if (hangTimer !== null) return;
      log('warn', 'renderer unresponsive', { graceMs });
      hangTimer = options.setTimer(() => {
        hangTimer = null;
        log('error', 'renderer still unresponsive after grace period');
        killedAt = now();
        try {
          options.killHungRenderer?.();
        } catch {
          // already gone
        }
        recordCrash('unresponsive');
      }, graceMs);
    },
    onResponsive() {
      if (hangTimer !== null) log('info', 'renderer responsive again');
      cancelHangTimer();
    },
    recentCrashes() {
      prune();
      return crashes.length;
    },
  };
}
