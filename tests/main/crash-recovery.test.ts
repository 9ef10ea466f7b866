import { describe, expect, it, vi } from 'vitest';
import { createCrashRecovery } from '../../src-main/crash-recovery';
import { fakeLog } from './fakes';

const MIN = 60_000;

function setup() {
  let time = 1_000_000;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const clock = {
    now: () => time,
    setTimer: vi.fn((fn: () => void, ms: number) => {
      const id = nextId++;
      timers.set(id, { at: time + ms, fn });
      return id;
    }),
    clearTimer: vi.fn((id: unknown) => void timers.delete(id as number)),
    advance(ms: number) {
      time += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= time) {
          timers.delete(id);
          t.fn();
        }
      }
    },
    pending: () => timers.size,
  };
  const reload = vi.fn();
  const showErrorPage = vi.fn();
  const killHungRenderer = vi.fn();
  const { log, calls } = fakeLog();
  const recovery = createCrashRecovery({
    budget: 3,
    windowMs: 10 * MIN,
    unresponsiveGraceMs: 15_000,
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    reload,
    showErrorPage,
    killHungRenderer,
    log,
  });
  return { recovery, clock, reload, showErrorPage, killHungRenderer, calls };
}

describe('crash recovery', () => {
  it('reloads for the first three crashes in ten minutes, then shows the error page', () => {
    const { recovery, clock, reload, showErrorPage } = setup();
    for (let i = 0; i < 3; i++) {
      recovery.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
      clock.advance(MIN);
    }
    expect(reload).toHaveBeenCalledTimes(3);
    expect(showErrorPage).not.toHaveBeenCalled();
    recovery.onRenderProcessGone({ reason: 'oom', exitCode: 9 });
    expect(reload).toHaveBeenCalledTimes(3);
    expect(showErrorPage).toHaveBeenCalledWith('oom');
  });

  it('ignores a clean exit', () => {
    const { recovery, reload, showErrorPage } = setup();
    recovery.onRenderProcessGone({ reason: 'clean-exit', exitCode: 0 });
    expect(reload).not.toHaveBeenCalled();
    expect(showErrorPage).not.toHaveBeenCalled();
    expect(recovery.recentCrashes()).toBe(0);
  });

  it('forgets crashes older than the window', () => {
    const { recovery, clock, reload, showErrorPage } = setup();
    for (let i = 0; i < 3; i++) recovery.onRenderProcessGone({ reason: 'crashed' });
    clock.advance(10 * MIN + 1);
    expect(recovery.recentCrashes()).toBe(0);
    recovery.onRenderProcessGone({ reason: 'crashed' });
    expect(reload).toHaveBeenCalledTimes(4);
    expect(showErrorPage).not.toHaveBeenCalled();
  });

  it('counts an unresponsive renderer as a crash only after the grace period', () => {
    const { recovery, clock, reload, killHungRenderer } = setup();
    recovery.onUnresponsive();
    recovery.onUnresponsive(); // repeated events do not start a second timer
    expect(clock.pending()).toBe(1);
    clock.advance(14_999);
    expect(reload).not.toHaveBeenCalled();
    clock.advance(1);
    expect(killHungRenderer).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(recovery.recentCrashes()).toBe(1);
  });

  it('cancels the grace timer when the renderer responds again', () => {
    const { recovery, clock, reload, killHungRenderer } = setup();
    recovery.onUnresponsive();
    clock.advance(10_000);
    recovery.onResponsive();
    clock.advance(60_000);
    expect(killHungRenderer).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
  });

  it('does not count the kill of a hung renderer twice', () => {
    const { recovery, clock, reload } = setup();
    recovery.onUnresponsive();
    clock.advance(15_000);
    recovery.onRenderProcessGone({ reason: 'killed' }); // the echo of forcefullyCrashRenderer
    expect(recovery.recentCrashes()).toBe(1);
    expect(reload).toHaveBeenCalledTimes(1);
    clock.advance(MIN);
    recovery.onRenderProcessGone({ reason: 'crashed' }); // a real, later crash counts
    expect(recovery.recentCrashes()).toBe(2);
  });

  it('hangs and crashes share one budget', () => {
    const { recovery, clock, showErrorPage } = setup();
    recovery.onRenderProcessGone({ reason: 'crashed' });
    recovery.onRenderProcessGone({ reason: 'crashed' });
    clock.advance(MIN);
    recovery.onRenderProcessGone({ reason: 'crashed' });
    recovery.onUnresponsive();
    clock.advance(15_000);
    expect(showErrorPage).toHaveBeenCalledWith('unresponsive');
  });

  it('logs each event', () => {
    const { recovery, calls } = setup();
    recovery.onRenderProcessGone({ reason: 'crashed', exitCode: 139 });
    expect(calls.map((c) => c.message)).toEqual(['renderer process gone', 'renderer recovered by reload']);
    expect(calls[0]!.context).toMatchObject({ reason: 'crashed', exitCode: 139 });
  });
});
