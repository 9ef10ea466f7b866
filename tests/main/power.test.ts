import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../src-shared/bridge/ipc-channels';
import { startPowerManagement, type PowerMonitorLike } from '../../src-main/power';
import { FakeEmitter, fakeLog } from './fakes';

type Send = (channel: string, ...args: unknown[]) => void;

function setup(target: { isDestroyed(): boolean; send: Send } | null) {
  const started = new Set<number>();
  const powerSaveBlocker = {
    start: vi.fn(() => {
      started.add(7);
      return 7;
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: vi.fn((id: number) => started.has(id)),
  };
  const powerMonitor = new FakeEmitter();
  const { log } = fakeLog();
  const stop = startPowerManagement({ powerSaveBlocker, powerMonitor: powerMonitor as unknown as PowerMonitorLike, target: () => target, log });
  return { powerSaveBlocker, powerMonitor, stop };
}

describe('startPowerManagement', () => {
  it('keeps the display awake until stopped', () => {
    const { powerSaveBlocker, stop } = setup(null);
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    stop();
    expect(powerSaveBlocker.stop).toHaveBeenCalledWith(7);
  });

  it('forwards resume, suspend, lock-screen and unlock-screen to the page', () => {
    const target = { isDestroyed: () => false, send: vi.fn<Send>() };
    const { powerMonitor, stop } = setup(target);
    for (const type of ['resume', 'suspend', 'lock-screen', 'unlock-screen']) powerMonitor.emit(type);
    expect(target.send.mock.calls).toEqual([
      [IPC.shellEvent, { type: 'resume' }],
      [IPC.shellEvent, { type: 'suspend' }],
      [IPC.shellEvent, { type: 'lock-screen' }],
      [IPC.shellEvent, { type: 'unlock-screen' }],
    ]);
    stop();
    powerMonitor.emit('resume');
    expect(target.send).toHaveBeenCalledTimes(4);
  });

  it('does nothing when there is no window', () => {
    const { powerMonitor } = setup(null);
    expect(() => powerMonitor.emit('resume')).not.toThrow();
  });
});
